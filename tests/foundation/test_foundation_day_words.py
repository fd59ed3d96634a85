"""French dates say « 1er » for the first of the month (week header, strategy versions, plan), never « 1 décembre »."""

from datetime import date

import pytest
from PySide6.QtCore import QLocale

from socialdesk.ui.common.day_words import day_text
from socialdesk.ui.i18n import install_translators

FR, EN = QLocale(QLocale.Language.French, QLocale.Country.France), QLocale(QLocale.Language.English,
                                                                        QLocale.Country.UnitedKingdom)


@pytest.mark.parametrize("day, pattern, locale, said", [
    (date(2026, 12, 1), "d MMMM", FR, "1er décembre"),
    (date(2026, 9, 1), "d MMM yyyy", FR, "1er sept. 2026"),
    (date(2026, 10, 1), QLocale.FormatType.LongFormat, FR, "jeudi 1er octobre 2026"),
    (date(2026, 12, 2), "d MMMM", FR, "2 décembre"),
    (date(2026, 12, 1), "dd/MM", FR, "01/12"),
    (date(2026, 12, 1), "d MMMM", EN, "1 December"),
])
def test_day_text(qapp, day, pattern, locale, said):
    assert day_text(day, pattern, locale) == said


@pytest.fixture
def french(qapp):
    install_translators("fr")
    yield
    install_translators("en")


def test_the_week_header_says_mardi_1er_decembre(qtbot, french):
    from socialdesk.ui.calendar.week_view import DayColumn

    column = DayColumn()
    qtbot.addWidget(column)
    column.show_day(date(2026, 12, 1), [], date(2026, 11, 26))
    assert column.header.text() == "Mardi\n1er décembre"


def test_the_strategy_version_and_plan_say_1er(qtbot, store, french):
    from socialdesk.domain.strategy.model import StrategyVersion
    from socialdesk.ui.strategy import plan_document
    from socialdesk.ui.strategy.versions_bar import VersionsBar

    assert plan_document._date(date(2026, 10, 1)) == "jeudi 1er octobre 2026"
    bar = VersionsBar(store)
    qtbot.addWidget(bar)
    version = StrategyVersion(id=1, started_on=None, reviewed_on=date(2026, 9, 1))
    assert bar.describe(version) == "Bilan du 1er sept. 2026"


def test_a_week_that_starts_on_the_1st_says_1er_everywhere(qtbot, store, french, tmp_path):
    """Monday 1 June 2026: the calendar's title and targets, the checklist's printed title, the holiday post."""
    from socialdesk.domain.calendar.closures import Closure, Occasion
    from socialdesk.domain.clock import fixed_clock
    from socialdesk.ui.calendar.occasion_words import post_text
    from socialdesk.ui.calendar.tab import CalendarTab
    from socialdesk.ui.common.bus import DataBus
    from socialdesk.ui.rules.labels import short_day

    store.settings.set("first_weekday", 1)
    tab = CalendarTab(store, DataBus(), fixed_clock(date(2026, 5, 20)))
    qtbot.addWidget(tab)
    tab.show_week(date(2026, 6, 1))
    assert "1er juin" in tab.title.text()
    assert tab._targets_text("x") == "Semaine du 1er juin\u00a0: x"
    assert short_day(date(2026, 6, 1)) == "lun. 1er juin"
    closure = Closure(date(2026, 6, 1), date(2026, 6, 15))
    assert post_text(Occasion(first=closure.first, last=closure.last, closure=closure)).startswith(
        "Vacances du 1er au 15 juin")
