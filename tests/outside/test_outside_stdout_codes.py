"""`socialdesk qr|print-cards -o -`: the PNG, SVG or PDF bytes on standard output, read by readers not ours."""

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from socialdesk.storage import open_store
from tests.outside.readers import both_decoders, pdf_pages, pdf_text, svg_image

URL = "https://www.boulangerie-lea.fr/"


def _cli(*args, cwd):
    code = "import sys; from socialdesk.cli import main; sys.exit(main(sys.argv[1:]))"  # as the installed script
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, cwd=cwd,
                          timeout=120, env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])})


def _saved(tmp_path: Path, data: bytes, name: str) -> Path:
    path = tmp_path / "read" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data)
    return path


def test_qr_png_on_standard_output_scans_in_zbar_and_zxing(tmp_path):
    done = _cli("qr", URL, "-o", "-", "--format", "png", cwd=tmp_path)
    assert done.returncode == 0 and done.stderr == b""
    assert done.stdout.startswith(b"\x89PNG\r\n\x1a\n") and not (tmp_path / "-").exists()
    assert both_decoders(_saved(tmp_path, done.stdout, "code.png")) == ([URL], [URL])


def test_qr_svg_on_standard_output_renders_and_scans(tmp_path):
    done = _cli("qr", URL, "-o", "-", "--format", "SVG", "--caption", "Scan me", cwd=tmp_path)
    assert done.returncode == 0 and done.stderr == b""
    assert done.stdout.startswith(b"<?xml") and not (tmp_path / "-").exists()
    image = svg_image(_saved(tmp_path, done.stdout, "code.svg"), dpi=300)
    assert both_decoders(image) == ([URL], [URL])


def test_qr_pdf_on_standard_output_is_one_page_that_scans(tmp_path):
    done = _cli("qr", URL, "-o", "-", "--format", "pdf", "--caption", "Scan me", cwd=tmp_path)
    assert done.returncode == 0 and done.stderr == b""
    assert done.stdout.startswith(b"%PDF-") and not (tmp_path / "-").exists()
    saved = _saved(tmp_path, done.stdout, "code.pdf")
    pages = pdf_pages(saved, dpi=300)
    assert len(pages) == 1 and both_decoders(pages[0]) == ([URL], [URL])
    assert pdf_text(saved).split() == ["Scan", "me"]


@pytest.mark.parametrize("argv, words", [
    (["-o", "-"], "--format"),
    (["-o", "code.png", "--format", "svg"], "--format"),
])
def test_qr_without_a_format_it_can_trust_is_refused_in_one_line(tmp_path, argv, words):
    done = _cli("qr", URL, *argv, cwd=tmp_path)
    assert done.returncode == 2 and done.stdout == b""
    assert done.stderr.count(b"\n") == 1 and words.encode() in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_print_cards_on_standard_output_is_a_pdf_whose_codes_scan(tmp_path):
    from socialdesk.storage.presence.demo import seed_demo as seed_listings
    from socialdesk.storage.strategy.demo import seed_demo as seed_shop

    db = tmp_path / "shop.sqlite3"
    store = open_store(db)
    seed_shop(store, date(2026, 11, 26))
    seed_listings(store, date(2026, 11, 26))
    expected = {item.payload for item in store.presence.cards_to_print()}
    store.close()
    done = _cli("print-cards", "-o", "-", "--template", "a6", "--db", str(db), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(b"%PDF-") and b"%%EOF" in done.stdout[-64:]
    assert not (tmp_path / "-").exists()
    read = set()
    for page in pdf_pages(_saved(tmp_path, done.stdout, "cards.pdf"), dpi=200):
        read.update(both_decoders(page)[1])
    assert read == expected
