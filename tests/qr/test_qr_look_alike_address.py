"""Against look-alike sites (D13): the short address under a code never shows "аррӏе.com" for xn--80ak6aa92e.com."""

import subprocess

import idna
import pytest
import zxingcpp
from PIL import Image
from pyzbar import pyzbar

from socialdesk.cli import main
from socialdesk.domain.cards import printed_address
from socialdesk.storage import open_store
from socialdesk.ui.i18n import install_translators


@pytest.mark.parametrize("host", ["аррӏе.com", "pаypal.com", "gοogle.fr", "αρρ.com"])  # Cyrillic, mixed, Greek
def test_a_look_alike_site_prints_as_browsers_show_it(host):
    encoded = idna.encode(host).decode("ascii")
    assert printed_address(f"https://{encoded}/menu") == f"{encoded}/menu"


@pytest.mark.parametrize("host", ["café.fr", "straße.de", "пример.рф", "пример.com", "ελληνικά.gr", "例え.jp",
                                  "аррӏе.ru"])
def test_a_real_accented_or_foreign_site_prints_in_its_letters(host):
    assert printed_address(f"https://{idna.encode(host).decode('ascii')}/") == host


@pytest.mark.parametrize("lang, said", [("en", "mixes alphabets or imitates Latin letters"),
                                        ("fr", "mélange des alphabets ou imite des lettres latines")])
def test_qr_warns_once_and_prints_the_xn_name(tmp_path, capsys, lang, said):
    out, png = tmp_path / "homo.pdf", tmp_path / "homo"
    open_store(tmp_path / "shop.sqlite3").close()
    try:
        code = main(["--lang", lang, "qr", "https://xn--80ak6aa92e.com/menu", "-o", str(out), "--format", "pdf",
                     "--db", str(tmp_path / "shop.sqlite3")])
    finally:
        install_translators("en")
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 0 and len(err) == 1 and said in err[0] and "xn--80ak6aa92e.com" in err[0], err
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "xn--80ak6aa92e.com/menu" in text and "аррӏе" not in text
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(out), str(png)], check=True)
    page = Image.open(f"{png}.png")
    assert [r.text for r in zxingcpp.read_barcodes(page)] == ["https://xn--80ak6aa92e.com/menu"]
    assert [r.data.decode() for r in pyzbar.decode(page)] == ["https://xn--80ak6aa92e.com/menu"]


def test_qr_says_nothing_for_an_accented_site(tmp_path, capsys):
    open_store(tmp_path / "shop.sqlite3").close()
    code = main(["qr", "https://xn--caf-dma.fr/", "-o", str(tmp_path / "c.pdf"), "--format", "pdf",
                 "--db", str(tmp_path / "shop.sqlite3")])
    assert code == 0 and capsys.readouterr().err == ""
