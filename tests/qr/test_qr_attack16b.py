"""Attack 2 on issue 16: what `socialdesk qr` and print-cards still got wrong, read from outside (sqlite3, pdftotext)."""

import sqlite3
import subprocess
from dataclasses import replace

import pytest

from socialdesk.cli import main
from socialdesk.domain.presence.listings import Listing, ListingStatus
from socialdesk.domain.shop import ShopCard
from socialdesk.storage import open_store

INSTAGRAM = "https://www.instagram.com/fleursdemargaux/"


def _shop(path):
    store = open_store(path)
    store.shop.save(ShopCard(name="Fleurs de Margaux", trade="Fleuriste", address="8 rue des Lilas", postcode="75011",
                             city="Paris"))
    store.presence.add(Listing("instagram", status=ListingStatus.VERIFIED, handle="fleursdemargaux", print_card=True))
    return store


def _rows(db, columns="template, place, payload, caption"):
    return sqlite3.connect(db).execute(f"SELECT {columns} FROM printed_codes ORDER BY id").fetchall()


def test_a_code_made_with_qr_is_in_the_inventory_with_its_place_and_listed_to_reprint(tmp_path):  # N5
    db = tmp_path / "shop.sqlite3"
    store = _shop(db)
    store.close()
    out = tmp_path / "q.pdf"
    assert main(["qr", INSTAGRAM, "--caption", "Follow us on Instagram", "-o", str(out), "--db", str(db),
                 "--place", "Vitrine"]) == 0
    assert _rows(db) == [("qr", "window", INSTAGRAM, "Follow us on Instagram")]
    assert "Follow us on Instagram" in subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                                                      check=True).stdout
    store = open_store(db)
    listing = store.presence.listings()[0]
    store.presence.save(replace(listing, handle="margaux.fleurs"))
    reprints = store.presence.printed.to_reprint()
    store.close()
    assert [(r.latest.template, r.latest.place, len(r.codes)) for r in reprints] == [("qr", "window", 1)]


def test_qr_place_without_a_data_file_is_refused_in_one_line(tmp_path, capsys):  # N5
    assert main(["qr", INSTAGRAM, "-o", str(tmp_path / "q.png"), "--place", "window"]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "--db" in err
    assert not (tmp_path / "q.png").exists()


def _one_warning_with(err: str, char: str) -> None:
    lines = [line for line in err.splitlines() if char in line]
    assert len(lines) == 1 and "warning" in lines[0] and "empty box" in lines[0], err


def test_an_emoji_in_a_qr_caption_is_said_in_one_line_for_png_and_pdf(tmp_path, capsys):  # N6
    for suffix in ("png", "pdf"):
        assert main(["qr", INSTAGRAM, "--caption", "Merci 🌷", "-o", str(tmp_path / f"q.{suffix}")]) == 0
        _one_warning_with(capsys.readouterr().err, "🌷")
    assert main(["qr", INSTAGRAM, "--caption", "Merci, à bientôt ★", "-o", str(tmp_path / "ok.png")]) == 0
    assert "empty box" not in capsys.readouterr().err  # letters the font has are not reported


def test_an_emoji_in_the_closure_or_a_listing_name_is_said_in_one_line(tmp_path, capsys):  # N6
    db = tmp_path / "shop.sqlite3"
    store = _shop(db)
    store.presence.add(Listing("custom", custom_name="Nos bouquets 💐", status=ListingStatus.VERIFIED,
                               url="https://www.fleurs-margaux.fr/bouquets", print_card=True))
    store.close()
    door = tmp_path / "door.pdf"
    assert main(["print-cards", "-o", str(door), "--template", "door-a5", "--closure", "Fermé 🎄 du 24 au 26",
                 "--db", str(db)]) == 0
    _one_warning_with(capsys.readouterr().err, "🎄")
    assert "Fermé" in subprocess.run(["pdftotext", str(door), "-"], capture_output=True, text=True).stdout
    assert main(["print-cards", "-o", str(tmp_path / "a6.pdf"), "--template", "a6", "--db", str(db)]) == 0
    _one_warning_with(capsys.readouterr().err, "💐")


def test_the_reprint_line_counts_the_stickers_on_the_sheet_not_the_print_runs(tmp_path, qapp):  # N14
    from socialdesk.ui.presence.printed_words import reprint_line

    db = tmp_path / "shop.sqlite3"
    store = _shop(db)
    store.presence.add(Listing("yelp", status=ListingStatus.CLAIMED, url="https://www.yelp.fr/biz/fleurs", print_card=True))
    store.close()
    assert main(["print-cards", "-o", str(tmp_path / "s.pdf"), "--template", "stickers", "--sheet", "L7164",
                 "--place", "vitrine", "--db", str(db)]) == 0
    assert sorted(_rows(db, "payload")) == sorted([(INSTAGRAM,)] * 6 + [("https://www.yelp.fr/biz/fleurs",)] * 6)
    store = open_store(db)
    store.presence.save(replace(store.presence.listings()[0], handle="margaux.fleurs"))
    lines = [reprint_line(reprint) for reprint in store.presence.printed.to_reprint()]
    store.close()
    assert len(lines) == 1 and "Instagram" in lines[0] and "6 printed" in lines[0], lines


@pytest.mark.parametrize("url, website, allowed", [
    ("https://hebergeur.example/fleurs-bis", "https://hebergeur.example/fleurs", False),  # a shared host
    ("https://hebergeur.example/fleurs/bouquets", "https://hebergeur.example/fleurs", True),
    ("https://hebergeur.example/autre", "https://hebergeur.example/fleurs", False),
    ("https://www.etsy.com/shop/Fleurs/items", "https://www.etsy.com/shop/Fleurs", False),  # Etsy shows no utm tags
    ("https://wa.me/33612345678", "https://wa.me/33612345678", False),
    ("https://www.doctolib.fr/dentiste/paris/lea", "https://www.doctolib.fr/dentiste/paris/lea", False),
    ("https://www.ubereats.com/fr/store/fleurs", "https://www.ubereats.com/fr/store/fleurs", False),
    ("https://www.fleurs-margaux.fr/bouquets", "https://www.fleurs-margaux.fr/", True),
])
def test_tags_are_not_offered_on_someone_elses_pages_typed_as_the_website(url, website, allowed):  # N10
    from socialdesk.domain.tracking import tracking_allowed, with_tracking

    assert tracking_allowed(url, website) is allowed
    if not allowed:
        with pytest.raises(ValueError):
            with_tracking(url, website, "Table 3")


GOOGLE_REVIEW = "https://search.google.com/local/writereview?placeid=ChIJd8BlQ2BZwokRjMKtTjMezRw"


def test_qr_prints_a_google_review_links_short_address_under_the_code_on_several_lines(tmp_path, capsys):
    import re

    import zxingcpp
    from PIL import Image
    from pyzbar.pyzbar import decode

    from socialdesk.domain.cards import printed_address

    address = printed_address(GOOGLE_REVIEW)
    for suffix in ("pdf", "png", "svg"):
        assert main(["qr", GOOGLE_REVIEW, "-o", str(tmp_path / f"g.{suffix}")]) == 0
        assert "too long" not in capsys.readouterr().err
    text = subprocess.run(["pdftotext", str(tmp_path / "g.pdf"), "-"], capture_output=True, text=True).stdout
    assert "".join(text.split()) == address  # the lines, joined back, are the code's own address
    svg = (tmp_path / "g.svg").read_text(encoding="utf-8")
    assert "".join(re.findall(r"<text[^>]*>([^<]*)</text>", svg)) == address
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(tmp_path / "g.pdf"), str(tmp_path / "page")], check=True)
    for image in (Image.open(tmp_path / "g.png"), Image.open(next(tmp_path.glob("page*.png")))):
        assert [found.data.decode() for found in decode(image)] == [GOOGLE_REVIEW]
        assert [found.text for found in zxingcpp.read_barcodes(image)] == [GOOGLE_REVIEW]


def test_business_card_backs_all_carry_the_first_listings_code_in_register_with_the_fronts(tmp_path, capsys):
    import zxingcpp
    from pyzbar.pyzbar import decode
    from PIL import Image

    db = tmp_path / "shop.sqlite3"
    store = _shop(db)
    store.presence.add(Listing("yelp", status=ListingStatus.CLAIMED, url="https://www.yelp.fr/biz/fleurs", print_card=True))
    store.close()
    out = tmp_path / "bc.pdf"
    assert main(["print-cards", "-o", str(out), "--template", "business", "--sheet", "C32010", "--db", str(db)]) == 0
    err = capsys.readouterr().err
    assert "Every business card carries one code" in err and "Yelp" in err  # the one left off is named
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(out), str(tmp_path / "p")], check=True)
    pages = sorted(tmp_path.glob("p-*.png"))
    assert len(pages) == 2  # the fronts, then the backs
    back = Image.open(pages[1])
    assert {found.data.decode() for found in decode(back)} == {INSTAGRAM}
    found = zxingcpp.read_barcodes(back)
    assert {code.text for code in found} == {INSTAGRAM} and len(found) == 10 == len(decode(back))
    assert sorted(_rows(db, "payload")) == [(INSTAGRAM,)] * 10  # the inventory counts the ten backs


def test_a_closure_on_a_card_that_does_not_print_it_is_said_in_one_line(tmp_path, capsys):  # N8
    db = tmp_path / "shop.sqlite3"
    _shop(db).close()
    out = tmp_path / "a6.pdf"
    assert main(["print-cards", "-o", str(out), "--template", "a6", "--closure", "Fermé du 24 au 26",
                 "--db", str(db)]) == 0
    said = [line for line in capsys.readouterr().err.splitlines() if "--closure" in line]
    assert len(said) == 1 and "door signs only" in said[0]
    assert "Fermé" not in subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
