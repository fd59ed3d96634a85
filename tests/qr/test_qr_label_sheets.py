"""The label products the owner can buy: each entry's geometry as its maker publishes it."""

import re

import pytest

from socialdesk.domain.card_template import CardTemplate
from socialdesk.domain.cards_layout import sheet_for
from socialdesk.domain.label_sheets import PAPERS, label_sheet, label_sheets

SHEETS = label_sheets()
# (top, left) margins as the makers publish them, typed here again from their templates
PUBLISHED_MARGINS = {"L7159": (12.9, 7.25), "L7160": (15.15, 7.25), "L7163": (15.15, 4.65), "L7164": (4.5, 7.25),
                     "L7165": (13.1, 4.65), "C32010": (13.5, 15.0), "5160": (12.7, 4.7625),
                     "5163": (12.7, 3.96875), "5164": (12.7, 3.96875), "8371": (12.7, 19.05)}


def test_the_table_has_the_usual_a4_and_letter_products():
    counts = {(sheet.paper, sheet.kind, sheet.columns * sheet.rows) for sheet in SHEETS}
    assert {("a4", "stickers", 12), ("a4", "stickers", 21), ("a4", "stickers", 24), ("a4", "business", 10),
            ("letter", "stickers", 30), ("letter", "business", 10)} <= counts
    assert {sheet.code for sheet in SHEETS} == set(PUBLISHED_MARGINS)


@pytest.mark.parametrize("sheet", SHEETS, ids=lambda sheet: sheet.code)
def test_each_product_geometry(sheet):
    width, height = PAPERS[sheet.paper]
    positions = sheet.positions()
    assert len(positions) == sheet.columns * sheet.rows
    assert re.search(rf"\b{sheet.columns * sheet.rows}\b", sheet.name)  # as named on the box
    for x, y, w, h in positions:  # inside the page
        assert x >= 0 and y >= 0 and x + w <= width + 1e-6 and y + h <= height + 1e-6
    assert sheet.margins == pytest.approx(PUBLISHED_MARGINS[sheet.code])
    assert all(gap >= -1e-6 for gap in sheet.gaps)  # pitch = label size + gap, labels never overlap
    assert sheet.pitch[0] == pytest.approx(sheet.label[0] + sheet.gaps[0])
    # the makers centre their sheets: the margin left at the right and bottom is the published one
    right = width - (positions[-1][0] + sheet.label[0])
    bottom = height - (positions[-1][1] + sheet.label[1])
    assert right == pytest.approx(sheet.margins[1], abs=0.05)
    assert bottom == pytest.approx(sheet.margins[0], abs=0.1)
    assert sheet.source


def test_a_template_takes_only_its_kind_of_product():
    assert len(sheet_for(CardTemplate.STICKERS, "l7160").faces) == 21
    assert sheet_for(CardTemplate.BUSINESS, "8371").paper_mm == (215.9, 279.4)
    with pytest.raises(ValueError):
        sheet_for(CardTemplate.STICKERS, "C32010")
    with pytest.raises(ValueError):
        sheet_for(CardTemplate.A6, "L7160")
    with pytest.raises(KeyError):
        label_sheet("L9999")
