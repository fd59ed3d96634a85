"""A driver marked "contacted this week" ticks the rule "contact or thank a driver"; undoing it unticks."""

import re
import shutil
import subprocess
from datetime import date, datetime

import pytest
from PIL import Image

from socialdesk.domain.community import CommunityGroup
from socialdesk.domain.rules.model import Driver
from socialdesk.domain.weeks import IsoWeek
from socialdesk.ui.rules.tab import RulesTab

NOW = datetime(2026, 11, 26, 17, 30)  # Thursday of ISO week 48
THIS_WEEK = IsoWeek(2026, 48)
EARLIER = date(2026, 11, 2)
RULE_START = "Contacted or thanked"

needs_poppler = pytest.mark.skipif(not (shutil.which("pdftotext") and shutil.which("pdftoppm")),
                                   reason="poppler-utils not installed")


@pytest.fixture
def tab(qtbot, store, bus):
    store.rules.drivers.add(Driver(name="Chloé", group=CommunityGroup.PRESCRIBERS, last_contact=EARLIER))
    store.rules.drivers.add(Driver(name="Moulin Bio", group=CommunityGroup.SUPPLIERS))
    widget = RulesTab(store, bus, clock=lambda: NOW)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    return widget


def _rule_box(tab):
    rule = next(r for r in tab.store.rules.rules() if r.starter_key == "drivers")
    return tab.week_page.rule_boxes[rule.id]


def _click_contacted(tab, name):
    page = tab.drivers_page
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).text() == name)
    page.table.selectRow(row)
    page.contacted_button.click()


def test_contacting_a_driver_ticks_the_rule_and_undoing_it_unticks(tab, store):
    assert not _rule_box(tab).isChecked()
    _click_contacted(tab, "Chloé")
    assert tab.drivers_page.contacted_button.isChecked()
    assert _rule_box(tab).isChecked()
    chloe = next(d for d in store.rules.drivers.drivers() if d.name == "Chloé")
    assert chloe.last_contact == NOW.date()
    _click_contacted(tab, "Chloé")  # a slip of the mouse: click again
    assert not tab.drivers_page.contacted_button.isChecked()
    assert not _rule_box(tab).isChecked()
    chloe = next(d for d in store.rules.drivers.drivers() if d.name == "Chloé")
    assert chloe.last_contact == EARLIER  # back to what it was, not "not yet"


def test_the_rule_stays_ticked_while_another_driver_was_contacted(tab):
    _click_contacted(tab, "Chloé")
    _click_contacted(tab, "Moulin Bio")
    _click_contacted(tab, "Chloé")
    assert _rule_box(tab).isChecked()
    _click_contacted(tab, "Moulin Bio")
    assert not _rule_box(tab).isChecked()


def _ink_left_of(pdf, words_start):
    """Dark pixels in the tick box printed left of the first line starting with `words_start`."""
    bbox = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', bbox)
    first = words_start.split()[0]
    for index, (x, y0, y1, word) in enumerate(words):
        if word == first and " ".join(w[3] for w in words[index:index + len(words_start.split())]) == words_start:
            break
    else:
        raise AssertionError(f"{words_start!r} is not on the printed page")
    png = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-r", "144", "-gray", "-png", "-singlefile", str(pdf), str(png)], check=True)
    x, y0, y1 = (float(v) * 2 for v in (x, y0, y1))
    image = Image.open(f"{png}.png").convert("L")
    region = image.crop((int(x - (y1 - y0) * 2), int(y0), int(x - 1), int(y1)))
    return sum(1 for value in region.tobytes() if value < 128)


@needs_poppler
def test_the_printed_checklist_agrees(tab, tmp_path):
    _click_contacted(tab, "Chloé")
    ticked = tab.save_pdf(tmp_path / "ticked.pdf")
    text = subprocess.run(["pdftotext", str(ticked), "-"], capture_output=True, text=True, check=True).stdout
    assert RULE_START in text
    ticked_ink, plain_ink = _ink_left_of(ticked, RULE_START), _ink_left_of(ticked, "Answered every")
    assert ticked_ink > plain_ink * 1.3  # the box holds a tick mark, the unticked rule's box does not
    _click_contacted(tab, "Chloé")
    unticked = tab.save_pdf(tmp_path / "unticked.pdf")
    assert _ink_left_of(unticked, RULE_START) < ticked_ink
    assert abs(_ink_left_of(unticked, RULE_START) - _ink_left_of(unticked, "Answered every")) <= plain_ink * 0.2


def test_undoing_a_contact_keeps_the_tick_the_owner_had_set_by_hand(tab, store):
    _rule_box(tab).click()  # the owner ticked "contacted or thanked" themselves, before
    assert _rule_box(tab).isChecked()
    _click_contacted(tab, "Chloé")
    _click_contacted(tab, "Chloé")  # the contact undone
    assert _rule_box(tab).isChecked()
    rule = next(r for r in store.rules.rules() if r.starter_key == "drivers")
    assert store.rules.checks_for_week(THIS_WEEK)[rule.id].done  # in the file too


def test_a_tick_ticked_by_the_contact_then_by_hand_stays_when_the_contact_is_undone(tab, store):
    _click_contacted(tab, "Chloé")
    _rule_box(tab).click()  # the owner unticks…
    _rule_box(tab).click()  # …and ticks it again: now it is theirs
    _click_contacted(tab, "Chloé")
    assert _rule_box(tab).isChecked()


def test_a_reworded_key_people_rule_still_ticks_itself_and_keeps_the_owners_words(tab, store):
    from dataclasses import replace

    from socialdesk.storage.rules.starter_file import in_language

    rule = next(r for r in store.rules.rules() if r.starter_key == "drivers")
    store.rules.update(replace(rule, text="Appeler Chloé ou le moulin"))
    _click_contacted(tab, "Chloé")
    assert store.rules.checks_for_week(THIS_WEEK)[rule.id].done  # the automatic tick did not stop
    reworded = store.rules.get(rule.id)
    assert [r.text for r in in_language([reworded], "fr")] == ["Appeler Chloé ou le moulin"]
    assert [r.text for r in in_language([reworded], "en")] == ["Appeler Chloé ou le moulin"]
