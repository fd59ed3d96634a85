"""Attack 16c on the print shop, read from outside: a file-size limit said as such, logo codes that zbar and
zxing-cpp read at 150 dpi on the printed page, the Letter door sign, US paper, reprint dates in the app's language."""

import os
import subprocess
import sys
from dataclasses import replace

from socialdesk.storage import open_store


def _shop(db, country: str = "FR"):
    store = open_store(db)
    store.shop.save(replace(store.shop.get(), name="Fleurs de Margaux", trade="Fleuriste", address="8 rue des Lilas",
                            postcode="75011", city="Paris", country=country))
    store.presence.ensure_listing("instagram")
    store.presence.save(replace(store.presence.listing_for("instagram"), handle="fleursdemargaux", print_card=True))
    store.close()


def _cli(args: list[str], limit_kib: int | None = None, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    """`python -m socialdesk` in a shell, LANG and LC_* unset (the C locale), under `ulimit -f` when given."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("LANG", "LC_"))}
    env.update({"QT_QPA_PLATFORM": "offscreen", **(env_extra or {})})
    command = " ".join(f"'{arg}'" for arg in [sys.executable, "-m", "socialdesk", *args])
    if limit_kib is not None:
        command = f"ulimit -f {limit_kib}; exec {command}"
    return subprocess.run(["sh", "-c", command], capture_output=True, text=True, env=env, timeout=300)


def test_a_file_size_limit_is_said_as_one_not_as_a_failing_disk(tmp_path):  # D12
    db, out = tmp_path / "shop.sqlite3", tmp_path / "cards.pdf"
    _shop(db)
    for language, words in (("en", "larger than this system allows"), ("fr", "dépasse la taille que ce système")):
        done = _cli(["--lang", language, "print-cards", "--db", str(db), "--template", "stickers", "-o", str(out)],
                    limit_kib=20)
        assert done.returncode == 1, done.stderr
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and words in lines[0], done.stderr
        assert "disk could not be read" not in done.stderr and "disque n'a pas pu" not in done.stderr
        assert not out.exists()


def _attack_logos(folder):
    """The attack's logos: a 300 px plain red square as a CMYK JPEG, a 400 px magenta square with a white disc."""
    from PIL import Image, ImageDraw

    cmyk, disc = folder / "cmyk.jpg", folder / "logo.png"
    Image.new("CMYK", (300, 300), (0, 200, 200, 0)).save(cmyk, "JPEG", quality=90)
    square = Image.new("RGB", (400, 400), (220, 0, 140))
    ImageDraw.Draw(square).ellipse((100, 100, 300, 300), fill="white")
    square.save(disc)
    return cmyk, disc


def _demo(db):
    from datetime import date

    from socialdesk.storage.demo import build_demo_file

    build_demo_file(db, date(2026, 12, 1), "en").close()


def test_every_logo_code_printed_reads_at_150_dpi_in_zbar_and_zxing(tmp_path):  # D7
    from tests.outside.readers import both_decoders, pdf_pages

    db = tmp_path / "demo.sqlite3"
    _demo(db)
    cmyk, disc = _attack_logos(tmp_path)
    for template, logo, codes_on_pages in (("a6", cmyk, [1, 1, 1]), ("business", disc, [0, 10])):
        out = tmp_path / f"{template}.pdf"
        done = _cli(["print-cards", "--db", str(db), "--template", template, "--logo", str(logo), "-o", str(out)])
        assert done.returncode == 0, done.stderr
        pages = pdf_pages(out, 150)
        assert len(pages) == len(codes_on_pages)
        for number, (page, count) in enumerate(zip(pages, codes_on_pages), start=1):
            zbar, zxing = both_decoders(page)
            assert len(zbar) == len(zxing) == count, f"{template} page {number}: zbar {zbar}, zxing {zxing}"
            assert sorted(zbar) == sorted(zxing)


def _us_demo(db, paper: str | None = None, country: str = "US"):
    _demo(db)
    store = open_store(db)
    store.shop.save(replace(store.shop.get(), country=country))
    if paper:
        store.settings.set("paper", paper)
    store.close()


def _words(pdf) -> list[tuple[str, float, float, float, float]]:
    """(word, x min, y min, x max, y max) in points, as poppler's `pdftotext -bbox` reads the first page."""
    import re

    html = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
    return [(word, float(x0), float(y0), float(x1), float(y1)) for x0, y0, x1, y1, word in re.findall(pattern, html)]


def _headline_height(pdf) -> float:
    """The height in points of "Find us on Google Maps", the door sign's call to action (its first "Find")."""
    return next(y1 - y0 for word, _x0, y0, _x1, y1 in _words(pdf) if word == "Find")


def _code_centre_mm(pdf) -> tuple[float, float]:
    """(the code's centre from the page's left edge, the page's width), in mm, read by zxing-cpp at 150 dpi;
    zbar must read the code too."""
    import zxingcpp

    from tests.outside.readers import both_decoders, pdf_pages

    page = pdf_pages(pdf, 150)[0]
    zbar, zxing = both_decoders(page)
    assert len(zbar) == len(zxing) == 1 and zbar == zxing
    position = zxingcpp.read_barcodes(page, formats=zxingcpp.BarcodeFormat.QRCode)[0].position
    xs = [point.x for point in (position.top_left, position.top_right, position.bottom_left, position.bottom_right)]
    return (min(xs) + max(xs)) / 2 * 25.4 / 150, page.width * 25.4 / 150


def test_the_letter_door_sign_is_laid_out_as_the_a4_one(tmp_path):  # D8
    us, fr = tmp_path / "us.sqlite3", tmp_path / "fr.sqlite3"
    _us_demo(us)
    _us_demo(fr, country="FR")
    letter, a4 = tmp_path / "letter.pdf", tmp_path / "a4.pdf"
    for db, out in ((us, letter), (fr, a4)):
        done = _cli(["print-cards", "--db", str(db), "--template", "door-a4", "-o", str(out)])
        assert done.returncode == 0, done.stderr
    assert subprocess.run(["pdfinfo", str(letter)], capture_output=True, text=True).stdout.count("612 x 792") == 1
    assert _headline_height(letter) >= 0.9 * _headline_height(a4) > 14  # a headline, not ~7 pt beside the code
    for pdf in (letter, a4):
        centre, width = _code_centre_mm(pdf)
        assert abs(centre - width / 2) < 2.0, f"{pdf.name}: code centred at {centre:.1f} mm on {width:.1f} mm"


_REPRINT_LINES = """
import sys
from dataclasses import replace
from datetime import datetime
from PySide6.QtWidgets import QApplication
from socialdesk.storage import open_store
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.presence.printed_words import reprint_lines

app = QApplication([])
install_translators(sys.argv[2])
store = open_store(sys.argv[1])
store.presence.printed.record(store.presence.cards_to_print(), "a6", "counter", datetime(2026, 12, 3, 10, 0))
listing = store.presence.listing_for("instagram")
store.presence.save(replace(listing, handle="margaux.fleurs"))
print("\\n".join(reprint_lines(store.presence.printed.to_reprint())))
store.close()
"""


def test_the_reprint_list_writes_its_dates_in_the_apps_language_with_no_locale_set(tmp_path):  # D14
    for language, words in (("en", "(last printed 3 Dec 2026)"), ("fr", "(dernière impression le 3 déc. 2026)")):
        db = tmp_path / f"{language}.sqlite3"
        _shop(db)
        env = {key: value for key, value in os.environ.items() if not key.startswith(("LANG", "LC_"))}
        done = subprocess.run([sys.executable, "-c", _REPRINT_LINES, str(db), language], capture_output=True,
                              text=True, env={**env, "QT_QPA_PLATFORM": "offscreen"}, timeout=120)
        assert done.returncode == 0, done.stderr
        [line] = done.stdout.strip().splitlines()
        assert words in line, line


def test_a_us_shop_gets_quarter_and_half_letter_pages_for_the_a_sized_templates(tmp_path):  # D9
    from tests.outside.readers import both_decoders, pdf_pages

    us, letter = tmp_path / "us.sqlite3", tmp_path / "letter.sqlite3"
    _us_demo(us)
    _us_demo(letter, paper="letter", country="FR")
    for db in (us, letter):
        for template, size, page in (("a6", "306 x 396", "quarter-letter"), ("tent", "396 x 612", "half-letter"),
                                     ("door-a5", "396 x 612", "half-letter")):
            out = tmp_path / f"{db.stem}-{template}.pdf"
            done = _cli(["print-cards", "--db", str(db), "--template", template, "-o", str(out)])
            assert done.returncode == 0, done.stderr
            info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
            assert f" {size} pts" in info, info
            said = [line for line in done.stderr.splitlines() if page in line]
            assert len(said) == 1 and template in said[0] and "warning" in said[0], done.stderr
            for image in pdf_pages(out, 150):
                zbar, zxing = both_decoders(image)
                assert zbar and sorted(zbar) == sorted(zxing), (template, zbar, zxing)
    fr = tmp_path / "fr.sqlite3"
    _us_demo(fr, country="FR")
    done = _cli(["print-cards", "--db", str(fr), "--template", "a6", "-o", str(tmp_path / "fr.pdf")])
    assert done.returncode == 0 and "letter" not in done.stderr
    assert "297 x 420" in subprocess.run(["pdfinfo", str(tmp_path / "fr.pdf")], capture_output=True, text=True).stdout
