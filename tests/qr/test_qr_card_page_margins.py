"""Framed cards keep 5 mm of white from all four edges of the page the PDF really has (A6 is 104.78 mm wide)."""

import subprocess
from dataclasses import replace

import pytest
from PIL import Image, ImageOps
from qr_helpers import needs_pdftoppm

from socialdesk.cli import main
from socialdesk.storage import open_store

DPI = 300


def _shop(db):
    store = open_store(db)
    store.shop.save(replace(store.shop.get(), name="Fleurs de Margaux", address="8 rue des Lilas", postcode="75011",
                            city="Paris"))
    store.presence.ensure_listing("instagram")
    store.presence.save(replace(store.presence.listing_for("instagram"), handle="fleursdemargaux", print_card=True))
    store.settings.set("brand", {"foreground": "#7a1f3d", "background": "#fdf0f4", "font": "serif", "layout": "framed"})
    store.close()


def _ink_margins_mm(png) -> list[float]:
    image = Image.open(png).convert("L")
    box = ImageOps.invert(image).point(lambda value: 255 if value > 2 else 0).getbbox()  # anything not white
    assert box is not None
    mm = 25.4 / DPI
    return [box[0] * mm, box[1] * mm, (image.width - box[2]) * mm, (image.height - box[3]) * mm]


@needs_pdftoppm
@pytest.mark.parametrize("template", ["a6", "tent", "door-a5", "a6x4"])
def test_framed_card_ink_is_at_least_5_mm_from_every_edge(tmp_path, template):
    db, out = tmp_path / "shop.sqlite3", tmp_path / "cards.pdf"
    _shop(db)
    assert main(["print-cards", "-o", str(out), "--template", template, "--db", str(db)]) == 0
    subprocess.run(["pdftoppm", "-r", str(DPI), "-f", "1", "-l", "1", "-png", str(out), str(tmp_path / "p")],
                   check=True)
    margins = _ink_margins_mm(next(tmp_path.glob("p*.png")))
    assert min(margins) >= 4.95, (template, [round(m, 2) for m in margins])
