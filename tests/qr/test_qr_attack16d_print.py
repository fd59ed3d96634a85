"""Attack 16d on the print shop, read from outside: a label sheet whose code cannot carry the logo prints without it
on that code and says so; a qr of a listing typed otherwise is tied to it; each emoji named with its own field."""

from dataclasses import replace

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


@pytest.mark.parametrize("typed", ["https://www.instagram.com/fleursdemargaux",
                                   "HTTPS://Instagram.com/fleursdemargaux/?utm_source=flyer&igshid=abc"])
def test_a_qr_of_a_listing_typed_otherwise_is_tied_to_it_and_listed_to_reprint(tmp_path, typed):  # X5
    import sqlite3

    from socialdesk.cli import main
    from socialdesk.storage import open_store
    from tests.qr.test_qr_attack16b import INSTAGRAM, _shop

    db = tmp_path / "shop.sqlite3"
    store = _shop(db)
    listing_id = store.presence.listings()[0].id
    store.close()
    for payload, place in ((INSTAGRAM, "window"), (typed, "door")):
        assert main(["qr", payload, "-o", str(tmp_path / f"{place}.png"), "--db", str(db), "--place", place]) == 0
    rows = sqlite3.connect(db).execute("SELECT place, listing_id FROM printed_codes ORDER BY id").fetchall()
    assert rows == [("window", listing_id), ("door", listing_id)]
    store = open_store(db)
    assert store.presence.printed.to_reprint() == []  # the same page: nothing to reprint yet
    store.presence.save(replace(store.presence.listings()[0], handle="margaux.fleurs"))
    reprints = store.presence.printed.to_reprint()
    store.close()
    assert sorted(r.latest.place for r in reprints) == ["door", "window"]


def test_each_emoji_is_named_with_the_field_it_is_in(qapp, tmp_path):  # X6
    from socialdesk.storage import open_store
    from socialdesk.ui.printing.glyphs import missing_glyphs

    if not missing_glyphs("💐🌹"):
        pytest.skip("this computer has an emoji font: the flowers print")
    db, out = tmp_path / "demo.sqlite3", tmp_path / "business.pdf"
    _demo(db)
    store = open_store(db)
    store.shop.save(replace(store.shop.get(), trade="Fleuriste 💐", address="12 rue des Roses 🌹"))
    store.close()
    done = _cli(["print-cards", "--db", str(db), "--template", "business", "-o", str(out)])
    assert done.returncode == 0, done.stderr
    boxes = [line for line in done.stderr.splitlines() if "empty box" in line]
    assert len(boxes) == 2, done.stderr
    assert "💐 in “Fleuriste 💐”" in boxes[0] and "🌹" not in boxes[0], boxes
    assert "🌹 in “12 rue des Roses 🌹”" in boxes[1] and "💐" not in boxes[1], boxes
