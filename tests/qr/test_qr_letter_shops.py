"""US and Canadian shops print on Letter unless A4 was chosen; --sheet is kept as the window keeps it; door-a4 on Letter says so."""

import subprocess
from dataclasses import replace

import pytest

from socialdesk.cli import main
from socialdesk.storage import open_store


def _shop(db, country: str, paper: str | None = None):
    store = open_store(db)
    store.shop.save(replace(store.shop.get(), name="Margaux's Flowers", address="8 Elm St", postcode="02139",
                            city="Cambridge", country=country))
    store.presence.ensure_listing("instagram")
    store.presence.save(replace(store.presence.listing_for("instagram"), handle="margauxflowers", print_card=True))
    if paper:
        store.settings.set("paper", paper)
    store.close()


def _page_size(pdf) -> str:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return next(line for line in info.splitlines() if line.startswith("Page size:")).split(":", 1)[1].split("pts")[0]


@pytest.mark.parametrize("country, paper, size", [("US", None, "612 x 792"), ("CA", None, "612 x 792"),
                                                  ("FR", None, "595 x 842"), ("US", "a4", "595 x 842")])
def test_stickers_follow_the_shops_country_until_a_paper_is_chosen(tmp_path, country, paper, size):
    db, out = tmp_path / "shop.sqlite3", tmp_path / "stickers.pdf"
    _shop(db, country, paper)
    assert main(["print-cards", "-o", str(out), "--template", "stickers", "--db", str(db)]) == 0
    assert _page_size(out).strip() == size


def test_sheet_given_on_the_command_line_is_kept_for_the_next_print(tmp_path):
    db = tmp_path / "shop.sqlite3"
    _shop(db, "FR")
    assert main(["print-cards", "-o", str(tmp_path / "a.pdf"), "--template", "stickers", "--sheet", "l7163",
                 "--db", str(db)]) == 0
    store = open_store(db)
    try:
        assert store.settings.get("card_sheets") == {"stickers": "L7163"}
    finally:
        store.close()
    assert main(["print-cards", "-o", str(tmp_path / "b.pdf"), "--template", "stickers", "--db", str(db)]) == 0
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "b.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert text.count("instagram.com/margauxflowers") == 14  # L7163: 14 labels a sheet


@pytest.mark.parametrize("language, words", [("en", "door-a4 prints on a US Letter page"),
                                             ("fr", "door-a4 s'imprime sur une page US Letter")])
def test_door_a4_on_letter_says_it_prints_a_letter_page(tmp_path, capfd, language, words):
    db, out = tmp_path / "shop.sqlite3", tmp_path / "door.pdf"
    _shop(db, "US")
    assert main(["--lang", language, "print-cards", "-o", str(out), "--template", "door-a4", "--db", str(db)]) == 0
    assert _page_size(out).strip() == "612 x 792"
    err = capfd.readouterr().err
    assert [line for line in err.splitlines() if "Letter" in line and words in line] and err.count("Letter") == 1, err
