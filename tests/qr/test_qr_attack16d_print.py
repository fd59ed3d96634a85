"""Attack 16d on the print shop, read from outside: a label sheet whose code cannot carry the logo prints without it
on that code, as the smaller sheets do, and says so."""

import pytest

from tests.qr.test_qr_attack16c_print import _attack_logos, _cli, _demo


@pytest.mark.parametrize("language, words", [("en", "The logo is left off the code of Yelp"),
                                             ("fr", "Le logo est retiré du code de Yelp")])
def test_l7160_with_a_logo_prints_every_code_and_names_the_one_without_it(tmp_path, language, words):  # X4
    from tests.outside.readers import both_decoders, pdf_pages

    db, out = tmp_path / "demo.sqlite3", tmp_path / "L7160.pdf"
    _demo(db)
    _cmyk, disc = _attack_logos(tmp_path)
    done = _cli(["--lang", language, "print-cards", "--db", str(db), "--template", "stickers", "--sheet", "L7160",
                 "--logo", str(disc), "-o", str(out)])
    assert done.returncode == 0, done.stderr
    assert [line for line in done.stderr.splitlines() if words in line] != [], done.stderr
    for number, page in enumerate(pdf_pages(out, 150), start=1):
        zbar, zxing = both_decoders(page)
        assert len(zbar) == len(zxing) == 21, f"page {number}: zbar {zbar}, zxing {zxing}"
        assert sorted(zbar) == sorted(zxing)
