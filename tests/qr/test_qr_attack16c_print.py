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
