"""The checklist tab as the owner uses it: ticks, notes, past weeks, rules, drivers, printing."""

import re
import shutil
import subprocess
from datetime import date, datetime, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from socialdesk.domain.changes import Area
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.domain.rules.model import Frequency, Rule
from socialdesk.domain.weeks import IsoWeek
from socialdesk.ui.rules import drivers_page, rules_page, week_page
from socialdesk.ui.rules.dialogs import DriverDialog, RuleDialog
from socialdesk.ui.rules.tab import RulesTab

NOW = datetime(2026, 11, 26, 17, 30)  # Thursday of ISO week 48
THIS_WEEK = IsoWeek(2026, 48)


@pytest.fixture
def tab(qtbot, store, bus):
    widget = RulesTab(store, bus, clock=lambda: NOW)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    return widget


def _planned_post(store, day=date(2026, 11, 24), text="Galette des rois: orders open"):
    post = Post(day=day, time=time(9, 30), networks=("instagram",), text=text, status=PostStatus.PLANNED)
    store.calendar.add(post)
    return post


def test_first_use_brings_the_starter_rules_and_no_post(tab, store):
    assert len(tab.week_page.rule_boxes) == 10  # 11 starters, the monthly one is due in week 50
    assert "No posts: fine if there is nothing to say." in tab.week_page.posts_summary.text()
    assert not any(box.isChecked() for box in tab.week_page.rule_boxes.values())


def test_ticking_a_post_publishes_it_with_the_time_and_unticking_asks(tab, store, qtbot, monkeypatch):
    post = _planned_post(store)
    store_changes = []
    tab.bus.changed.connect(lambda change, _initiator: store_changes.append(change))
    tab.reload()
    box = tab.week_page.post_boxes[post.id]
    assert not box.isChecked()
    box.click()
    published = store.calendar.get(post.id)
    assert (published.status, published.published_at) == (PostStatus.PUBLISHED, datetime(2026, 11, 26, 17, 30))
    assert any(change.concerns(Area.CALENDAR) for change in store_changes)
    assert "1 of 1" in tab.week_page.posts_summary.text()
    asked = []
    monkeypatch.setattr(week_page, "ask_unpublish", lambda parent, line: asked.append(line) or False)
    box.click()
    assert asked and box.isChecked() and store.calendar.get(post.id).status is PostStatus.PUBLISHED
    monkeypatch.setattr(week_page, "ask_unpublish", lambda parent, line: True)
    box.click()
    back = store.calendar.get(post.id)
    assert (back.status, back.published_at, box.isChecked()) == (PostStatus.PLANNED, None, False)


def test_a_rule_tick_and_note_are_saved_at_once(tab, store, qtbot):
    rule_id, box = next(iter(tab.week_page.rule_boxes.items()))
    box.click()
    check = store.rules.checks_for_week(THIS_WEEK)[rule_id]
    assert check.done and check.done_at == NOW
    note = tab.week_page.note_edits[rule_id]
    note.setFocus()
    qtbot.keyClicks(note, "answered the 3 Google reviews")
    qtbot.keyClick(note, Qt.Key.Key_Return)
    assert store.rules.checks_for_week(THIS_WEEK)[rule_id].note == "answered the 3 Google reviews"
    assert "1 of 10" in tab.week_page.rules_summary.text()


def test_past_weeks_stay_editable_and_are_kept(tab, store):
    tab.previous_button.click()
    tab.previous_button.click()
    assert tab.week == IsoWeek(2026, 46)
    assert not tab.week_page.rule_boxes  # the rules started in week 48: nothing was due before
    tab.today_button.click()
    first = store.rules.rules()[0]
    store.rules.add(Rule(text="Thank the week's best customer", first_week=IsoWeek(2026, 40)), NOW.date())
    tab.reload()
    tab.previous_button.click()  # week 47, ticked late
    late_box = next(box for box in tab.week_page.rule_boxes.values() if box.text().startswith("Thank"))
    late_box.click()
    tab.next_button.click()
    tab.next_button.click()
    assert tab.week == IsoWeek(2026, 49)
    assert not tab.week_page.rule_boxes[first.id].isEnabled()  # the future cannot be ticked yet
    tab.show_week(IsoWeek(2026, 47))
    assert late_box is not next(iter(tab.week_page.rule_boxes.values()))
    assert [b.isChecked() for b in tab.week_page.rule_boxes.values()] == [True]


def test_rules_added_by_dialog_reordered_by_keyboard_and_archived(tab, store, qtbot, monkeypatch):
    page = tab.rules_page
    monkeypatch.setattr(RuleDialog, "ask", classmethod(lambda cls, parent, rule=None: Rule(
        text="Photo of the first batch", why="Nobody sees the bakehouse at dawn", frequency=Frequency.MONTHLY,
        month_week=-1)))
    page.add_button.click()
    added = store.rules.rules()[-1]
    assert (added.text, added.frequency, added.month_week) == ("Photo of the first batch", Frequency.MONTHLY, -1)
    assert page.current_rule_id() == added.id
    qtbot.keyClick(page.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [r.id for r in store.rules.rules()][-2] == added.id
    old = Rule(text="Old habit", first_week=IsoWeek(2026, 40))
    store.rules.add(old, NOW.date())
    store.rules.set_done(old.id, THIS_WEEK.shifted(-1), True, NOW)  # ticked in an earlier week
    tab.reload()
    page.list.setCurrentRow(page.list.count() - 1)
    assert page.current_rule_id() == old.id
    monkeypatch.setattr(rules_page, "ask_archive", lambda parent, text: True)
    page.archive_button.click()
    assert old.id not in [r.id for r in store.rules.rules()]
    assert old.id in tab.week_page.rule_boxes  # this week keeps it (it leaves from next week)
    tab.next_button.click()
    assert old.id not in tab.week_page.rule_boxes  # the week page followed through the bus
    tab.previous_button.click()
    tab.previous_button.click()
    assert tab.week_page.rule_boxes[old.id].isChecked()  # week 47 keeps the rule and its tick
    page.show_archived.setChecked(True)
    assert page.list.count() == len(store.rules.rules(include_archived=True))
    archived = page.list.item(page.list.count() - 1).text()
    assert archived.startswith("Old habit") and archived.endswith("· archived since W49 2026")  # leaves from next week; not "from"


def test_dropping_a_rule_elsewhere_saves_the_new_order(tab, store):
    page = tab.rules_page
    ids = [r.id for r in store.rules.rules()]
    item = page.list.takeItem(0)
    page.list.insertItem(3, item)
    page.list.order_dropped.emit()
    assert [r.id for r in store.rules.rules()] == ids[1:4] + [ids[0]] + ids[4:]


def test_contacted_this_week_and_a_driver_added_by_dialog(tab, store, monkeypatch):
    store.rules.ensure_driver("Claire Martin", "customers", "@claire")
    tab.reload()
    page = tab.drivers_page
    # plain words (fr-review §4.3): « Drivers » read as car or device drivers
    assert tab.pages.tabText(tab.pages.indexOf(page)) == "Ke&y people"
    assert (page.add_button.text(), page.table.horizontalHeaderItem(2).text()) == ("&Add key person…", "Network / username")
    page.table.selectRow(0)
    page.contacted_button.click()
    assert store.rules.drivers.drivers()[0].last_contact == NOW.date()
    assert "(this week)" in page.table.item(0, 3).text()
    from socialdesk.domain.community import CommunityGroup
    from socialdesk.domain.rules.model import Driver
    monkeypatch.setattr(DriverDialog, "ask", classmethod(lambda cls, parent, driver, today: Driver(
        name="claire martin", group=CommunityGroup.CUSTOMERS)))
    monkeypatch.setattr(drivers_page.QMessageBox, "information", lambda *args: None)
    page.add_button.click()
    assert len(store.rules.drivers.drivers()) == 1  # same name and group: refused
    monkeypatch.setattr(drivers_page, "ask_remove", lambda parent, name: True)
    page.table.selectRow(0)
    page.remove_button.click()
    assert store.rules.drivers.drivers() == []


def test_the_printed_checklist_is_one_a4_page_even_with_many_rules(tab, store, tmp_path):
    for number in range(25):
        store.rules.add(Rule(text=f"Extra habit number {number} with a fairly long description",
                             why="A reason long enough to wrap onto a second line on the printed page " * 2),
                        NOW.date())
    pdf = tab.save_pdf(tmp_path / "checklist.pdf")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert (pdf.stat().st_mode & 0o777) == 0o600
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        assert re.search(r"Pages:\s+1\b", info)
        assert "(A4)" in info
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert "Extra habit number 24" in text and "Community rules" in text


def test_the_chart_shows_every_week_in_words(tab, store):
    rule = store.rules.rules()[0]
    store.rules.set_done(rule.id, THIS_WEEK, True, NOW)
    tab.history_page.reload()
    words = tab.history_page.chart.describe()
    assert "week 48: 10 %" in words
    assert "week 47" not in words  # before the starter rules were written: no bar (attack 37, L3)
    tab.history_page.span_combo.setCurrentIndex(1)
    assert tab.history_page.chart.slots == 52 and tab.history_page.chart.scores[-1].week == THIS_WEEK
    image = tab.history_page.chart.grab().toImage()
    assert not image.isNull() and image.width() > 100


def test_a_note_typed_without_leaving_the_field_is_saved(tab, store, qtbot):
    rule_id, note = next(iter(tab.week_page.note_edits.items()))
    qtbot.keyClicks(note, "called Claire")
    tab.next_button.click()  # changing week writes it first
    assert store.rules.checks_for_week(THIS_WEEK)[rule_id].note == "called Claire"
    tab.previous_button.click()
    note = tab.week_page.note_edits[rule_id]
    assert note.text() == "called Claire"
    qtbot.keyClicks(note, ", she comes Saturday")
    qtbot.waitUntil(lambda: store.rules.checks_for_week(THIS_WEEK)[rule_id].note
                    == "called Claire, she comes Saturday", timeout=3000)


def test_another_week_from_a_typed_note_saves_it_and_keeps_the_keyboard_on_that_rules_note(tab, store, qtbot):
    """Attack 38b, M1: the refill hid the note being typed, its editingFinished looked it up among the new week's
    fields and raised a KeyError (« Un problème est survenu »); the keyboard ended nowhere."""
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    rule_id, note = next(iter(tab.week_page.note_edits.items()))
    note.setFocus()
    qtbot.waitUntil(note.hasFocus, timeout=2000)
    qtbot.keyClicks(note, "called Claire")
    tab.show_week(THIS_WEEK.shifted(1))  # what Alt+Right does
    QApplication.processEvents()
    assert store.rules.checks_for_week(THIS_WEEK)[rule_id].note == "called Claire"
    assert tab.week_page.note_edits[rule_id].hasFocus()


def test_another_week_from_a_rules_box_keeps_the_keyboard_on_the_page(tab, store, qtbot):
    """Attack 38c, M1: from a rule's box, Alt+→ left the keyboard on the window's tab bar (the next Alt+→ changed
    tab); from a rule the new week does not have, the same."""
    rule_id = store.rules.add(Rule(text="Thank a partner"), date(2026, 11, 2)).ids[0]  # from week 45
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    tab.show_week(THIS_WEEK)
    page = tab.week_page
    page.rule_boxes[rule_id].setFocus()
    qtbot.waitUntil(page.rule_boxes[rule_id].hasFocus, timeout=2000)
    tab.show_week(THIS_WEEK.shifted(-1))  # what Alt+Left does
    QApplication.processEvents()
    assert page.rule_boxes[rule_id].hasFocus()
    tab.show_week(THIS_WEEK.shifted(1))  # a week to come: its boxes wait, the rule's note takes the keyboard
    QApplication.processEvents()
    assert page.note_edits[rule_id].hasFocus()
    tab.show_week(THIS_WEEK.shifted(-8))  # before any rule
    QApplication.processEvents()
    assert page.isAncestorOf(QApplication.focusWidget()) or page.hasFocus()


def test_another_week_from_a_posts_box_or_the_reviews_keeps_the_keyboard_there(tab, store, qtbot):
    """Attack 38d, L4: from a post's box or a review count, the keyboard went to « Reply to a review »."""
    _planned_post(store, day=date(2026, 11, 24))
    _planned_post(store, day=date(2026, 11, 17), text="Couronnes de l'Avent")
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    tab.show_week(THIS_WEEK)
    QApplication.processEvents()  # the week's new boxes are shown at the next turn of the loop
    page = tab.week_page
    first = next(iter(page.post_boxes.values()))
    first.setFocus()
    qtbot.waitUntil(first.hasFocus, timeout=2000)
    tab.show_week(THIS_WEEK.shifted(-1))
    QApplication.processEvents()
    assert QApplication.focusWidget() is next(iter(page.post_boxes.values()))
    count = page.reviews_box.received
    count.setFocus()
    tab.show_week(THIS_WEEK)
    QApplication.processEvents()
    assert count.hasFocus()
