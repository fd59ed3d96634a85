"""`socialdesk qr` and `socialdesk print-cards` from a terminal: files that scan, one-line refusals."""

import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from qr_helpers import make_logo, needs_pdftoppm, rasterise_pdf

from socialdesk.cli import main
from socialdesk.qr.payloads import wifi_payload
from socialdesk.qr.verify import decode_texts
from socialdesk.storage import open_store

WIFI_SSID = 'Léa;"guest",net:5G\\'
LONG = "https://www.boulangerie-lea.fr/?" + "x" * 968


def _loads_pyside(code: str) -> bool:
    probe = f"import sys\n{code}\nprint('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return out.stdout.strip().splitlines()[-1] == "True"


@pytest.mark.parametrize("suffix", ["png", "svg"])
def test_png_and_svg_do_not_load_qt(tmp_path, suffix):
    out = tmp_path / f"code.{suffix}"
    code = f"from socialdesk.cli import main\nassert main(['qr', 'https://example.com', '-o', {str(out)!r}]) == 0"
    assert not _loads_pyside(code)
    assert out.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("argv, expected", [
    (["qr", "https://example.com/a", "--wifi", "Shop", "--password", "x"], None),
    (["qr", "https://g.page/r/abc/review", "--caption", "Avis Google", "--fg", "#5a1e0f", "--bg", "#fff6e0"], None),
    (["qr", "Pain au chocolat 🥐 — 1,20 €"], None),
    (["qr", LONG], None),
    (["qr", "--wifi", WIFI_SSID, "--password", 'p;a,s:s"\\', "--hidden"], None),
])
@pytest.mark.parametrize("suffix", ["png", "pdf"])
def test_written_code_decodes_to_exact_payload(tmp_path, argv, expected, suffix):
    out = tmp_path / f"code.{suffix}"
    assert main(argv + ["-o", str(out)]) == 0
    if "--wifi" in argv:
        ssid, password = argv[argv.index("--wifi") + 1], argv[argv.index("--password") + 1]
        payload = wifi_payload(ssid, password, "WPA", "--hidden" in argv)
    else:
        payload = argv[1]
    if suffix == "png":
        assert decode_texts(Image.open(out)) == [payload]
    else:
        _skip_without_pdftoppm()
        assert decode_texts(rasterise_pdf(out, 150)[0]) == [payload]


def _skip_without_pdftoppm():
    import shutil

    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")


@pytest.mark.parametrize("suffix", ["png", "pdf"])
@pytest.mark.parametrize("payload", ["https://g.page/r/abc/review", LONG, "Café ☕ 🥐 au comptoir"])
def test_coloured_logo_code_decodes(tmp_path, suffix, payload):
    logo_file = tmp_path / "logo.png"
    make_logo(300, 200).image.save(logo_file)
    out = tmp_path / f"code.{suffix}"
    argv = ["qr", payload, "--logo", str(logo_file), "--fg", "#1a4d2e", "--bg", "#f4fff0", "-o", str(out)]
    assert main(argv) == 0
    if suffix == "png":
        assert decode_texts(Image.open(out)) == [payload]
    else:
        _skip_without_pdftoppm()
        assert decode_texts(rasterise_pdf(out, 150)[0]) == [payload]


@pytest.mark.parametrize("argv, words", [
    (["qr", "javascript:alert(1)"], "only http:// and https://"),
    (["qr", "x" * 3000], "too long for a QR code"),
    (["qr", "https://example.com", "--fg", "#ffffff", "--bg", "#000000"], "inverted"),
    (["qr", "https://example.com", "--fg", "#888888", "--bg", "#999999"], "contrast"),
    (["qr", "https://example.com", "--size-mm", "12"], "too small"),
    (["qr", LONG, "--size-mm", "40"], "at least"),
    (["qr", "--wifi", "Shop"], "--password"),
    (["qr", "https://example.com", "--logo", "/nonexistent.png"], "cannot be read"),
    (["qr", "https://example.com", "--logo", "x.png", "--ec", "L"], "error correction H"),
    (["qr", "https://www.google.com@evil.example/"], "name@"),  # was a KeyError traceback
    (["qr", "jav\tascript:alert(1)"], "control characters"),  # was encoded as text
    (["qr", "http:/\\evil.com"], "no valid web address"),
    (["qr", " JavaScript:alert(1)"], "only http:// and https://"),
    (["qr", "https:evil.com"], "no valid web address"),
    (["qr", "javascript:alert(1) // a note"], "only http:// and https://"),
    (["qr", "broken \udc80 paste"], "no QR reader can read"),
])
def test_refusals_exit_2_with_one_line(tmp_path, capsys, argv, words):
    out = tmp_path / "code.png"
    assert main(argv + ["-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1
    assert not out.exists()


def test_no_overwrite_without_force(tmp_path, capsys):
    out = tmp_path / "code.svg"
    out.write_text("keep me")
    assert main(["qr", "https://example.com", "-o", str(out)]) == 2
    assert out.read_text() == "keep me" and "--force" in capsys.readouterr().err
    assert main(["qr", "https://example.com", "-o", str(out), "--force"]) == 0
    assert out.read_text().startswith("<?xml")


def test_temporary_link_is_warned(tmp_path, capsys):
    assert main(["qr", "https://bit.ly/3abc", "-o", str(tmp_path / "a.png")]) == 0
    assert "warning: a link shortener" in capsys.readouterr().err


def _demo_db(tmp_path: Path) -> Path:
    from datetime import date

    from socialdesk.storage.presence.demo import seed_demo as seed_listings
    from socialdesk.storage.strategy.demo import seed_demo as seed_shop

    path = tmp_path / "shop.sqlite3"
    store = open_store(path)
    seed_shop(store, date(2026, 11, 26))
    seed_listings(store, date(2026, 11, 26))
    store.close()
    return path


@needs_pdftoppm
@pytest.mark.parametrize("template", ["a6", "tent", "stickers", "business"])
def test_print_cards_every_code_scans(tmp_path, template):
    db = _demo_db(tmp_path)
    out = tmp_path / "cards.pdf"
    assert main(["print-cards", "-o", str(out), "--template", template, "--db", str(db)]) == 0
    store = open_store(db)
    wanted = {item.payload for item in store.presence.cards_to_print()}
    if template == "business":  # one code on every back: the first listing marked for print
        wanted = {store.presence.cards_to_print()[0].payload}
    store.close()
    assert wanted
    found = set()
    for page in rasterise_pdf(out, 150):
        found.update(decode_texts(page))
    assert found == wanted


def test_print_cards_with_nothing_marked_is_refused(tmp_path, capsys):
    db = tmp_path / "empty.sqlite3"
    open_store(db).close()
    assert main(["print-cards", "-o", str(tmp_path / "c.pdf"), "--template", "a6", "--db", str(db)]) == 2
    assert "no listing is marked for print" in capsys.readouterr().err


def test_every_refusal_of_every_problem_enum_has_a_line():
    """A missing member (UrlProblem.USER_INFO) made `socialdesk qr` end in a KeyError traceback."""
    from socialdesk.headless import qr as headless_qr

    tables = {headless_qr.UrlProblem: headless_qr.URL_PROBLEMS, headless_qr.PayloadProblem: headless_qr.PAYLOAD_PROBLEMS,
              headless_qr.ColourProblem: headless_qr.COLOUR_PROBLEMS, headless_qr.LogoProblem: headless_qr.LOGO_PROBLEMS,
              headless_qr.Reason: headless_qr.REASONS, headless_qr.UrlWarning: headless_qr.WARNINGS}
    for enum, table in tables.items():
        assert set(table) == set(enum), enum
        assert all(isinstance(line, str) and line and "\n" not in line for line in table.values())


@pytest.mark.parametrize("argv, payload", [
    (["qr", "https://café-léa.fr/pâtisserie"], "https://xn--caf-la-dvac.fr/p%C3%A2tisserie"),
    (["qr", "www.boulangerie-lea.fr"], "https://www.boulangerie-lea.fr"),
    (["qr", "Menu: pain 1,20 €"], "Menu: pain 1,20 €"),
])
def test_links_in_text_become_the_clean_link(tmp_path, argv, payload):
    out = tmp_path / "code.png"
    assert main(argv + ["-o", str(out)]) == 0
    assert decode_texts(Image.open(out)) == [payload]


@pytest.mark.parametrize("language, words", [("en", "does not look like Facebook's review form"),
                                             ("fr", "ne ressemble pas au formulaire d'avis de Facebook")])
def test_print_cards_warns_of_a_review_card_whose_link_is_not_its_platforms_form(tmp_path, capsys, language, words):
    """Attack 41, L3: « Leave us a review on Facebook » printed over a Google review link, status 0 and not a word;
    the listing form said so, the command did not. A link of the right form gets no such line."""
    from dataclasses import replace

    db = _demo_db(tmp_path)
    store = open_store(db)
    facebook = store.presence.listing_for("facebook")
    store.presence.save(replace(facebook, review_url="https://g.page/r/CabcdEFGH123/review", print_card=True))
    store.close()
    out = tmp_path / "cards.pdf"
    argv = ["print-cards", "-o", str(out), "--template", "a6", "--db", str(db), "--lang", language]
    assert main(argv) == 0
    err = capsys.readouterr().err
    warned = [line for line in err.splitlines() if words in line]
    assert len(warned) == 1 and "g.page/r/CabcdEFGH123/review" in warned[0], err
    store = open_store(db)
    store.presence.save(replace(store.presence.listing_for("facebook"),
                                review_url="https://www.facebook.com/fournil.lea/reviews"))
    store.close()
    assert main([*argv, "--force"]) == 0
    assert words not in capsys.readouterr().err
