"""Every code `socialdesk qr` and the QR designer write, read back by zbar AND zxing-cpp (not ours)."""

import io
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from socialdesk.cli import main
from socialdesk.qr.payloads import wifi_payload
from tests.outside.readers import both_decoders, pdf_pages, svg_image

WIFI = wifi_payload("Café Jade", "crème")
VCARD = ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Boulangerie Léa;;;;\r\nFN:Boulangerie Léa\r\n"
         "TEL;TYPE=WORK,VOICE:+33 4 78 00 00 00\r\nADR;TYPE=WORK:;;12 rue de la République;Lyon;;69002;France\r\n"
         "END:VCARD")
LONG_URL = "https://www.boulangerie-lea.fr/commande?" + "&".join(f"p{i}=baguette" for i in range(40))
CASES = {  # name: (arguments after `qr`, the exact text every reader must get)
    "ascii_url": (["https://g.page/r/CbX12345/review"], "https://g.page/r/CbX12345/review"),
    "accented_wifi": (["--wifi", "Café Jade", "--password", "crème"], WIFI),
    "vcard_accents": ([VCARD], VCARD),
    "emoji_utf8": (["Pain au chocolat 🥐 — 1,20 €"], "Pain au chocolat 🥐 — 1,20 €"),
    "long_url": ([LONG_URL], LONG_URL),
    "accented_domain": (["https://café-léa.fr/pâtisserie"], "https://xn--caf-la-dvac.fr/p%C3%A2tisserie"),
    "coloured": (["https://g.page/r/CbX12345/review", "--fg", "#5a1e0f", "--bg", "#fff6e0"],
                 "https://g.page/r/CbX12345/review"),
    "logo_url": (["https://g.page/r/CbX12345/review", "--logo", "LOGO"], "https://g.page/r/CbX12345/review"),
    "logo_wifi": (["--wifi", "Café Jade", "--password", "crème", "--logo", "LOGO"], WIFI),
    "logo_emoji": (["Pain au chocolat 🥐 — 1,20 €", "--logo", "LOGO", "--fg", "#0b3d91"], "Pain au chocolat 🥐 — 1,20 €"),
}


@pytest.fixture(scope="module", autouse=True)
def _qapp_first(qapp):
    """PDFs draw through Qt: make the QApplication before the command makes a bare QGuiApplication."""
    return qapp


@pytest.fixture(scope="module")
def logo_path(tmp_path_factory) -> Path:
    image = Image.new("RGBA", (240, 240), (200, 30, 30, 255))
    ImageDraw.Draw(image).ellipse((10, 10, 230, 230), fill=(20, 20, 120, 255))
    path = tmp_path_factory.mktemp("logo") / "logo.png"
    image.save(path)
    return path


def read_back(path: Path) -> list[tuple[list[str], list[str]]]:
    """(zbar, zxing-cpp) texts of each picture of the file: PNG as is, SVG and PDF at 150 dpi."""
    if path.suffix == ".png":
        return [both_decoders(path)]
    if path.suffix == ".svg":
        return [both_decoders(svg_image(path, 150))]
    return [both_decoders(page) for page in pdf_pages(path, 150)]


@pytest.mark.parametrize("suffix", ["png", "svg", "pdf"])
@pytest.mark.parametrize("name", list(CASES))
def test_socialdesk_qr_files_read_exactly_in_both_decoders(tmp_path, logo_path, name, suffix):
    arguments, payload = CASES[name]
    out = tmp_path / f"{name}.{suffix}"
    argv = ["qr", *[str(logo_path) if a == "LOGO" else a for a in arguments], "-o", str(out)]
    assert main(argv) == 0
    assert read_back(out) == [([payload], [payload])]


def _designer_payloads(qtbot) -> dict[str, str]:
    """Wi-Fi, vCard and link payloads as the window's QR designer builds them from its fields."""
    from socialdesk.domain.shop import ShopCard
    from socialdesk.ui.presence.qr_payload_form import CONTACT, URL, WIFI as WIFI_PAGE, QrPayloadForm

    form = QrPayloadForm()
    qtbot.addWidget(form)
    form.set_shop(ShopCard(name="Boulangerie Léa", address="12 rue de la République", postcode="69002",
                           city="Lyon", phone="04 78 00 00 00"))
    made = {}
    form.kind.setCurrentIndex(WIFI_PAGE)
    form.ssid.setText("Café Jade")
    form.password.setText("crème")
    made["wifi"] = form.payload()
    form.kind.setCurrentIndex(CONTACT)
    made["vcard"] = form.payload()
    form.kind.setCurrentIndex(URL)
    form.url.setText("boulangerie-léa.fr/carte du jour")
    made["url"] = form.payload()
    return made


@pytest.mark.parametrize("suffix", ["png", "svg", "pdf"])
def test_qr_designer_exports_read_exactly_in_both_decoders(qtbot, tmp_path, suffix):
    from socialdesk.qr.design import QrDesign
    from socialdesk.qr.files import write_code_png, write_code_svg
    from socialdesk.qr.verify import check
    from socialdesk.ui.presence.qr_export import paint_code_pdf_to

    payloads = _designer_payloads(qtbot)
    assert payloads["wifi"] == WIFI and "Léa" in payloads["vcard"]
    assert payloads["url"] == "https://xn--boulangerie-la-nkb.fr/carte%20du%20jour"
    for name, payload in payloads.items():
        checked = check(QrDesign(payload, size_mm=50, caption="Scan me"))
        assert checked.verdict.ok, (name, checked.verdict)
        out = tmp_path / f"{name}.{suffix}"
        {"png": lambda: write_code_png(out, checked, 300, "Scan me"), "svg": lambda: write_code_svg(out, checked, "Scan me"),
         "pdf": lambda: paint_code_pdf_to(out, checked, "Scan me")}[suffix]()
        assert read_back(out) == [([payload], [payload])], name


def test_without_an_eci_zbar_guesses_the_charset_wrong():
    """Why every non-ASCII payload carries an ECI: the same bytes without one read differently."""
    import qrcode

    texts = []
    for data in ("Café Jade".encode("utf-8"), "crème".encode("iso-8859-1")):
        image = qrcode.make(data, border=4, box_size=6).get_image()
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        texts.append(both_decoders(Image.open(buffer)))
    assert texts[0][1] == ["Café Jade"] and texts[0][0] != ["Café Jade"]
    assert texts[1][1] == ["crème"] and texts[1][0] != ["crème"]
