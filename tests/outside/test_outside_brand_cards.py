"""The shop's kept look on printed cards, read from outside: every ready style scans (zbar and zxing-cpp at
150 dpi), in the shop's colours, from the data file or from --fg --bg --logo; a look that would not scan is refused."""

import io
from datetime import date

import pytest
from PIL import Image

from socialdesk.cli import main
from socialdesk.domain.brand import LAYOUTS
from socialdesk.domain.presence.listings import Listing
from socialdesk.storage import open_store
from tests.outside.readers import both_decoders, pdf_pages

SHOP_BLUE, SHOP_CREAM = "#1a3c6b", "#fdf3d8"
BLUE, CREAM = (0x1a, 0x3c, 0x6b), (0xfd, 0xf3, 0xd8)


def _logo(tmp_path):
    path = tmp_path / "logo.png"
    Image.new("RGBA", (200, 120), (200, 30, 30, 255)).save(path)
    return path


def _data_file(tmp_path, brand: dict | None = None, logo: bytes = b""):
    from socialdesk.domain.brand import logo_text
    from socialdesk.storage.presence.demo import seed_demo as seed_listings
    from socialdesk.storage.strategy.demo import seed_demo as seed_shop

    path = tmp_path / "shop.sqlite3"
    store = open_store(path)
    seed_shop(store, date(2026, 11, 26))
    seed_listings(store, date(2026, 11, 26))
    if brand is not None:
        store.settings.set("brand", brand)
    if logo:
        store.settings.set("brand_logo", logo_text(logo))
    targets = sorted(item.payload for item in store.presence.cards_to_print())
    store.close()
    return path, targets


def _first_card(db) -> str:
    """The first listing marked for print: the one code on the backs of business cards."""
    store = open_store(db)
    try:
        return store.presence.cards_to_print()[0].payload
    finally:
        store.close()


def _near(pixel, colour, slack: int = 12) -> bool:
    return all(abs(a - b) <= slack for a, b in zip(pixel, colour))


def _share(page: Image.Image, colour) -> float:
    small = page.resize((page.width // 4, page.height // 4), Image.Resampling.NEAREST)
    counts = small.getcolors(maxcolors=small.width * small.height)
    return sum(count for count, pixel in counts if _near(pixel, colour)) / (small.width * small.height)


def _assert_scans(out, targets) -> list[Image.Image]:
    pages = pdf_pages(out, 150)
    zbar, zxing = set(), set()
    for page in pages:
        read = both_decoders(page)
        zbar.update(read[0])
        zxing.update(read[1])
    assert sorted(zbar) == targets and sorted(zxing) == targets
    return pages


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("template", ["a6", "tent", "business", "stickers"])
def test_every_ready_style_in_the_shops_colours_scans_at_print_size(qapp, tmp_path, capsys, layout, template):
    brand = {"foreground": SHOP_BLUE, "background": SHOP_CREAM, "font": "serif", "layout": layout}
    logo = io.BytesIO()
    Image.new("RGBA", (200, 120), (200, 30, 30, 255)).save(logo, format="PNG")
    db, targets = _data_file(tmp_path, brand, logo.getvalue())
    out = tmp_path / "cards.pdf"
    assert main(["print-cards", "-o", str(out), "--template", template, "--db", str(db)]) == 0
    pages = _assert_scans(out, [_first_card(db)] if template == "business" else targets)
    assert _share(pages[0], CREAM) > 0.3 and _share(pages[0], BLUE) > 0.01  # the kept look, not black on white
    assert any(_share(page, (200, 30, 30)) > 0.0005 for page in pages)  # the kept logo is printed


def test_print_cards_takes_fg_bg_and_logo_over_the_kept_look(qapp, tmp_path, capsys):
    db, targets = _data_file(tmp_path, {"foreground": SHOP_BLUE, "background": SHOP_CREAM, "font": "sans",
                                        "layout": "framed"})
    out = tmp_path / "cards.pdf"
    assert main(["print-cards", "-o", str(out), "--template", "a6", "--db", str(db), "--fg", "#5a1010",
                 "--bg", "#ffffff", "--logo", str(_logo(tmp_path))]) == 0
    pages = _assert_scans(out, targets)
    assert _share(pages[0], (0x5a, 0x10, 0x10)) > 0.05 and _share(pages[0], CREAM) == 0
    assert _share(pages[0], (200, 30, 30)) > 0.0005


@pytest.mark.parametrize("options, words", [
    (["--fg", "#999999"], "the contrast is too low (2.5:1"),
    (["--fg", "#fdf3d8", "--bg", "#1a3c6b"], "light code on a dark background"),
    (["--bg", "nocolour"], "--bg 'nocolour' is not a colour"),
    (["--logo", "LOGO_NOT_IMAGE"], "the logo is not a PNG, JPEG, GIF or WebP image"),
])
def test_print_cards_refuses_a_look_that_would_not_print_in_one_line(qapp, tmp_path, capsys, options, words):
    db, _targets = _data_file(tmp_path, {"foreground": SHOP_BLUE, "background": SHOP_CREAM, "font": "sans",
                                         "layout": "plain"})
    not_image = tmp_path / "logo.png"
    not_image.write_text("not an image")
    options = [str(not_image) if option == "LOGO_NOT_IMAGE" else option for option in options]
    out = tmp_path / "cards.pdf"
    assert main(["print-cards", "-o", str(out), "--template", "a6", "--db", str(db), *options]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("socialdesk print-cards: ") and words in err[0]
    assert not out.exists()


def test_print_cards_refuses_a_logo_that_would_stop_the_code_scanning(qapp, tmp_path, capsys):
    db = tmp_path / "shop.sqlite3"
    store = open_store(db)
    store.presence.add(Listing("website", url="https://example.com/" + "a" * 240, print_card=True))
    store.close()
    out = tmp_path / "cards.pdf"
    assert main(["print-cards", "-o", str(out), "--template", "stickers", "--db", str(db)]) == 0  # without a logo
    out.unlink()
    capsys.readouterr()
    assert main(["print-cards", "-o", str(out), "--template", "stickers", "--db", str(db),
                 "--logo", str(_logo(tmp_path))]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("socialdesk print-cards: ") and "would not scan" in err[0]
    assert not out.exists()
