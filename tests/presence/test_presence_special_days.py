"""Special days on the shop's hours: added, changed and removed on the shop card, kept in the data file."""

import json
import sqlite3
from datetime import date

import pytest
from PySide6.QtCore import QDate, QTime, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from socialdesk.domain.clock import fixed_clock
from socialdesk.storage.demo import seed_demo
from socialdesk.storage.opening import open_store
from socialdesk.ui.common import special_days
from socialdesk.ui.common.special_day_dialog import SpecialDayDialog
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.strategy.page_base import Writer
from socialdesk.ui.strategy.page_shop import ShopPage

TODAY = date(2026, 12, 3)


@pytest.fixture(params=["en", "fr"])
def language(request, qtbot):
    install_translators(request.param)
    yield request.param
    install_translators("en")


def _page(qtbot, store, bus):
    from PySide6.QtWidgets import QWidget

    host = QWidget()
    qtbot.addWidget(host)
    page = ShopPage(Writer(store, bus, fixed_clock(TODAY), host), host)
    page.load(store.strategy.load(), store.shop.get(), False)
    return page


def _answer(day: date, ranges, reason: str):
    """Fill the special-day dialog once it is open: `ranges` () for closed, else one or two (h, m, h, m)."""
    def fill():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SpecialDayDialog)
        dialog.day.setDate(QDate(day))
        (dialog.opened if ranges else dialog.closed).setChecked(True)
        dialog.second.setChecked(len(ranges) > 1)
        for number, (h1, m1, h2, m2) in enumerate(ranges):
            dialog.edits[2 * number].setTime(QTime(h1, m1))
            dialog.edits[2 * number + 1].setTime(QTime(h2, m2))
        dialog.reason.setText(reason)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    QTimer.singleShot(0, fill)


def _stored(path) -> list:
    text = sqlite3.connect(path).execute("SELECT opening_week FROM shop WHERE id = 1").fetchone()[0]
    return json.loads(text)["exceptions"]


def _with(demo: list, *added: dict) -> list:
    """The demo's own special days (its holiday answers) with those the test added, in date order."""
    return sorted([*demo, *added], key=lambda exception: exception["day"])


def test_special_days_are_added_changed_removed_and_kept(qtbot, bus, tmp_path, language, monkeypatch):
    path = tmp_path / "shop.sqlite3"
    store = open_store(path)
    seed_demo(store, TODAY)
    demo = _stored(path)
    assert "2026-12-24" not in [e["day"] for e in demo] and "2027-05-01" not in [e["day"] for e in demo]
    box = _page(qtbot, store, bus).hours_editor.special
    _answer(date(2026, 12, 24), [(9, 0, 16, 0)], "Réveillon")
    box.add_button.click()
    _answer(date(2027, 5, 1), [(8, 0, 12, 30), (14, 0, 17, 0)], "Muguet")
    box.add_button.click()
    assert _stored(path) == _with(demo, {"day": "2026-12-24", "spans": [[540, 960]], "reason": "Réveillon"},
                                  {"day": "2027-05-01", "spans": [[480, 750], [840, 1020]], "reason": "Muguet"})
    shown = box.list.item(0).text()
    assert ("jeudi 24 décembre 2026" if language == "fr" else "Thursday 24 December 2026") in shown
    assert ("9\u00a0h–16\u00a0h" if language == "fr" else "9am–4pm") in shown and "Réveillon" in shown
    box.select_day(date(2026, 12, 24))
    _answer(date(2026, 12, 24), [], "")  # changed: closed that day after all
    box.edit_button.click()
    box.select_day(date(2027, 5, 1))
    monkeypatch.setattr(special_days, "ask", lambda *args: True)
    box.remove_button.click()
    store.close()
    assert _stored(path) == _with(demo, {"day": "2026-12-24", "spans": [], "reason": ""})
    again = open_store(path)  # the shop card after a restart shows it
    box = _page(qtbot, again, bus).hours_editor.special
    assert box.list.count() == len(demo) + 1
    assert ("fermé" if language == "fr" else "closed") in box.list.item(0).text()  # 24 December, first
    assert ("24 décembre" if language == "fr" else "24 December") in box.list.item(0).text()
    again.close()


def test_a_special_day_whose_ranges_overlap_cannot_be_kept(qtbot, language):
    from socialdesk.domain.hours.model import DayException, Span

    dialog = SpecialDayDialog(None, DayException(date(2026, 12, 24), (Span(540, 720), Span(700, 900))))
    qtbot.addWidget(dialog)
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert ("chevauchent" if language == "fr" else "overlap") in dialog.problem.text()


def test_past_special_days_are_greyed_and_an_unread_week_cannot_take_one(qtbot, store, bus):
    from socialdesk.domain.hours.model import DayException, OpeningHours, Span

    install_translators("en")
    week = ((Span(540, 1140),),) * 6 + ((),)
    card = store.shop.get()
    card.hours = OpeningHours(week, (DayException(date(2026, 11, 1), ()), DayException(date(2026, 12, 24), ())))
    store.shop.save(card)
    box = _page(qtbot, store, bus).hours_editor.special
    assert box.isEnabled()
    assert box.list.item(0).foreground().color() != box.list.item(1).foreground().color()
    card.hours, card.opening_hours = None, "open most days"
    store.shop.save(card)
    page = _page(qtbot, store, bus)
    assert not page.hours_editor.special.isEnabled()  # it would be saved with an all-closed week


def _reply(yes: bool, seen: list):
    """Answer the replace question with the real box's button (askYes / askNo)."""
    from PySide6.QtWidgets import QMessageBox, QPushButton

    def click():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        box.findChild(QPushButton, "askYes" if yes else "askNo").click()
    QTimer.singleShot(20, click)


def test_a_second_special_day_on_the_same_date_asks_before_replacing(qtbot, bus, tmp_path):  # 17d E9
    path = tmp_path / "shop.sqlite3"
    store = open_store(path)
    seed_demo(store, TODAY)
    demo = _stored(path)
    assert "2026-12-31" not in [e["day"] for e in demo]
    box = _page(qtbot, store, bus).hours_editor.special
    _answer(date(2026, 12, 31), [(19, 0, 1, 0)], "Saint-Sylvestre")
    box.add_button.click()
    late = _stored(path)
    assert late == _with(demo, {"day": "2026-12-31", "spans": [[1140, 1500]], "reason": "Saint-Sylvestre"})
    seen = []
    _answer(date(2026, 12, 31), [], "doublon")
    _reply(False, seen)
    box.add_button.click()
    assert seen and "31 December" in seen[0] and "Saint-Sylvestre" in seen[0]
    assert _stored(path) == late  # the late opening is kept
    assert box.selected().reason == "Saint-Sylvestre"
    _answer(date(2026, 12, 31), [], "doublon")
    _reply(True, seen)
    box.add_button.click()
    assert _stored(path) == _with(demo, {"day": "2026-12-31", "spans": [], "reason": "doublon"})
    store.close()
