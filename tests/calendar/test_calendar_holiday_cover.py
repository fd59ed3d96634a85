"""A closure's reopening day follows the shop's hours; holidays inside a closure or on a closed weekday ask for
nothing; overlapping closures are warned about and prepared once; the year view's columns show their words."""

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from socialdesk.domain.calendar.closures import Closure, Occasion, reopening_day, to_prepare
from socialdesk.domain.calendar.special_days import SpecialDay
from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.guide import DueKind
from socialdesk.domain.hours.model import DayException, Span, with_exception
from socialdesk.domain.hours.parse import parse_hours
from socialdesk.domain.weeks import IsoWeek
from socialdesk.storage.demo import build_demo_file
from socialdesk.storage.strategy.demo import DEMO_HOURS
from socialdesk.ui.calendar import year_dialog
from socialdesk.ui.calendar.year_dialog import ClosureDialog, PrepareDialog, YearDialog
from socialdesk.ui.due_panel import collect_due
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.rules.week_page import WeekPage

BAKERY = parse_hours(DEMO_HOURS)  # closed every Monday
AUGUST = Closure(date(2026, 8, 3), date(2026, 8, 23), "Congés annuels", 1)  # Monday 3 to Sunday 23 August


@pytest.fixture(params=["en", "fr"])
def language(request, qtbot):
    install_translators(request.param)
    yield request.param
    install_translators("en")


@pytest.fixture
def demo(tmp_path, language):
    store = build_demo_file(tmp_path / "demo.sqlite3", date(2026, 7, 20), language)
    yield store
    store.close()


def test_the_shop_reopens_on_its_first_open_day_after_the_closure():
    assert reopening_day(AUGUST.last, [AUGUST], BAKERY) == date(2026, 8, 25)  # not Monday 24: closed on Mondays
    assert reopening_day(AUGUST.last, [AUGUST], None) == date(2026, 8, 24)  # hours unknown: the next day
    closed_tuesday = with_exception(BAKERY, DayException(date(2026, 8, 25), ()))
    assert reopening_day(AUGUST.last, [AUGUST], closed_tuesday) == date(2026, 8, 26)
    works = Closure(date(2026, 8, 25), date(2026, 8, 27), "Travaux", 2)
    assert reopening_day(AUGUST.last, [AUGUST, works], BAKERY) == date(2026, 8, 28)


def test_a_holiday_answered_closed_right_after_a_closure_is_covered_by_it():  # 17e N2
    holidays = Closure(date(2026, 12, 21), date(2026, 12, 31), "Fêtes", 3)
    assert SpecialDay.NEW_YEAR in [o.holiday for o in to_prepare(IsoWeek.of(date(2026, 12, 28)), [holidays],
                                                                  False, date(2026, 12, 28), BAKERY)]  # not answered
    shut = with_exception(BAKERY, DayException(date(2027, 1, 1), ()))  # Jour de l'an answered « Fermé ce jour-là »
    assert reopening_day(holidays.last, [holidays], shut) == date(2027, 1, 2)
    late = to_prepare(IsoWeek.of(date(2026, 12, 28)), [holidays], False, date(2026, 12, 28), shut)
    assert SpecialDay.NEW_YEAR not in [o.holiday for o in late]  # one closure, one post: no second « Fermé le 1er »
    apart = Closure(date(2026, 12, 21), date(2026, 12, 29), "Fêtes", 3)  # the shop opens on the 30th and 31st
    late = to_prepare(IsoWeek.of(date(2026, 12, 28)), [apart], False, date(2026, 12, 28), shut)
    assert SpecialDay.NEW_YEAR in [o.holiday for o in late]


def test_the_demo_closure_post_says_the_real_reopening_day(qtbot, bus, demo, language):
    closure = demo.calendar.closures.closures()[0]
    dialog = PrepareDialog(None, demo, bus, fixed_clock(datetime(2026, 7, 20, 9)),
                           Occasion(closure.first, closure.last, closure=closure))
    qtbot.addWidget(dialog)
    shown = dialog.tasks.post_preview.text()
    assert ("Réouverture le 25 août." if language == "fr" else "Back on 25 August.") in shown
    assert "24" not in shown.split("(")[-1]


def test_a_holiday_inside_a_closure_or_on_a_closed_weekday_needs_nothing():
    july = to_prepare(IsoWeek.of(date(2026, 7, 20)), [AUGUST], False, date(2026, 7, 20), BAKERY)
    assert [o.closure for o in july] == [AUGUST]  # 15 August is covered by the closure
    march = to_prepare(IsoWeek.of(date(2027, 3, 8)), [], False, date(2027, 3, 8), BAKERY)
    assert SpecialDay.EASTER_MONDAY not in [o.holiday for o in march]  # Monday 29 March: closed anyway
    may = to_prepare(IsoWeek.of(date(2027, 4, 26)), [], False, date(2027, 4, 26), BAKERY)
    assert SpecialDay.WHIT_MONDAY not in [o.holiday for o in may]
    assert SpecialDay.ASCENSION in [o.holiday for o in may]  # a Thursday: the shop usually opens
    opened = with_exception(BAKERY, DayException(date(2027, 3, 29), (Span(480, 780),)))
    march = to_prepare(IsoWeek.of(date(2027, 3, 8)), [], False, date(2027, 3, 8), opened)
    assert SpecialDay.EASTER_MONDAY in [o.holiday for o in march]  # opened that Monday: to announce
    unknown = to_prepare(IsoWeek.of(date(2027, 3, 8)), [], False, date(2027, 3, 8), None)
    assert SpecialDay.EASTER_MONDAY in [o.holiday for o in unknown]  # hours unknown: still asked


def test_due_panel_checklist_and_year_view_agree_on_what_needs_preparing(qtbot, bus, demo, language):
    today = date(2026, 7, 20)
    due = collect_due(demo, today)[DueKind.OCCASION]
    assert len(due) == 1  # the closure only, not 15 August inside it
    page = WeekPage(demo, fixed_clock(today))
    qtbot.addWidget(page)
    page.show_week(IsoWeek.of(today))
    assert [tasks.occasion.closure is not None for tasks in page.occasion_tasks] == [True]
    dialog = YearDialog(None, demo, bus, fixed_clock(today), 2027)
    qtbot.addWidget(dialog)
    easter_monday = next(row for row in range(dialog.table.rowCount())
                         if dialog.table.item(row, 0).data(0x0100) == "2027-03-29")
    dialog.table.selectRow(easter_monday)
    assert not dialog.prepare_button.isEnabled()
    assert dialog.table.item(easter_monday, 1).toolTip()
    march = date(2027, 3, 8)
    assert DueKind.OCCASION not in collect_due(demo, march)
    page.show_week(IsoWeek.of(march))
    assert page.occasion_tasks == []


def test_overlapping_closures_are_prepared_once():
    late = Closure(date(2026, 8, 10), date(2026, 8, 30), "Travaux", 2)
    found = to_prepare(IsoWeek.of(date(2026, 7, 20)), [AUGUST, late], False, date(2026, 7, 20), BAKERY)
    assert [(o.first, o.last, o.closure.id) for o in found] == [(date(2026, 8, 3), date(2026, 8, 30), 1)]


def _answer_closure(first: date, last: date):
    def fill():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ClosureDialog)
        dialog.first.setDate(QDate(first))
        dialog.last.setDate(QDate(last))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    QTimer.singleShot(0, fill)


@pytest.mark.parametrize("merge", [True, False])
def test_saving_an_overlapping_closure_warns_and_offers_to_merge(qtbot, bus, demo, language, monkeypatch, merge):
    asked = []
    monkeypatch.setattr(year_dialog, "ask", lambda parent, title, text, *rest, **kw: asked.append(text) or merge)
    dialog = YearDialog(None, demo, bus, fixed_clock(datetime(2026, 7, 20, 9)), 2026)
    qtbot.addWidget(dialog)
    elsewhere = [c for c in demo.calendar.closures.closures() if c.first.month != 8]  # the demo's February works
    _answer_closure(date(2026, 8, 10), date(2026, 8, 30))
    dialog.add_button.click()
    assert len(asked) == 1 and ("3 août" if language == "fr" else "3 Aug") in asked[0]
    assert "))" not in asked[0]  # 17e N8: no brackets inside brackets
    kept = demo.calendar.closures.closures()
    august = [(c.first, c.last) for c in kept if c.first.month == 8]
    assert [c for c in kept if c.first.month != 8] == elsewhere  # untouched by the merge question
    if merge:
        assert august == [(date(2026, 8, 3), date(2026, 8, 30))]
    else:
        assert len(august) == 2
    assert len(collect_due(demo, date(2026, 7, 20))[DueKind.OCCASION]) == 1  # one set of tasks either way


def test_the_english_demo_speaks_english_in_its_closure(tmp_path):
    english = build_demo_file(tmp_path / "en.sqlite3", date(2026, 7, 20), "en")
    french = build_demo_file(tmp_path / "fr.sqlite3", date(2026, 7, 20), "fr")
    assert english.calendar.closures.closures()[0].reason == "Annual leave"
    assert french.calendar.closures.closures()[0].reason == "Congés annuels"
    english.close()
    french.close()


def test_the_year_view_shows_every_word_and_the_prepare_dialog_has_no_gap(qtbot, bus, demo, language):
    dialog = YearDialog(None, demo, bus, fixed_clock(datetime(2026, 7, 20, 9)), 2026)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table, metrics = dialog.table, dialog.table.fontMetrics()
    for row in range(table.rowCount()):
        for column in range(3):
            text = table.item(row, column).text()
            assert metrics.horizontalAdvance(text) < table.columnWidth(column), text
    assert not table.wordWrap() and table.columnWidth(0) < table.viewport().width() / 2
    closure = demo.calendar.closures.closures()[0]
    prepare = PrepareDialog(None, demo, bus, fixed_clock(datetime(2026, 7, 20, 9)),
                            Occasion(closure.first, closure.last, closure=closure))
    qtbot.addWidget(prepare)
    prepare.resize(700, 600)
    prepare.show()
    qtbot.waitExposed(prepare)
    assert prepare.tasks.warning.geometry().top() < 3 * metrics.height()
