"""The printed checklist carries the week's holidays and closures as the screen shows them: each one's tasks in the
same words, ticked where they are ticked, and the ready post."""

import shutil
import subprocess
from datetime import date, datetime

import pytest

from socialdesk.domain.calendar.closures import Closure
from socialdesk.domain.presence.listings import Listing, ListingStatus
from socialdesk.ui.common.bus import DataBus
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.rules.printout import build_sheet
from socialdesk.ui.rules.tab import RulesTab

NOW = datetime(2026, 7, 20, 9, 0)  # Monday: the closure from 3 August and 15 August are three weeks ahead

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")


@pytest.fixture(params=["en", "fr"])
def language(request, qtbot):
    install_translators(request.param)
    yield request.param
    install_translators("en")


def _plain(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def test_the_pdf_lists_the_holidays_and_closures_tasks_with_their_ticks(qtbot, store, tmp_path, language):
    store.presence.add(Listing("tripadvisor", status=ListingStatus.CLAIMED))
    store.calendar.closures.add(Closure(date(2026, 8, 3), date(2026, 8, 14), "Congés annuels"))
    tab = RulesTab(store, DataBus(), clock=lambda: NOW)
    qtbot.addWidget(tab)
    closure_tasks, holiday_tasks = tab.week_page.occasion_tasks
    holiday_tasks.answer.closed()
    closure_tasks.boxes["apple_hours"].click()
    closure_tasks.boxes["listing:tripadvisor"].click()
    tab.show_week(tab.week)
    closure_tasks, holiday_tasks = tab.week_page.occasion_tasks

    pdf = tab.save_pdf(tmp_path / "checklist.pdf")
    text = _plain(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout)

    assert _plain(tab.week_page.closures_group.title()) in text
    shown = []  # every visible line of the screen's to-do, in order: its words, ticked
    for tasks in (closure_tasks, holiday_tasks):
        assert _plain(tasks.title()) in text
        assert _plain(tasks.post_preview.text()) in text
        shown += [(_plain(box.text()), box.isChecked()) for box in tasks.boxes.values() if box.isVisibleTo(tab)]
    assert len(shown) == 2 * 5  # Google, Apple, TripAdvisor, the door sign, the post; twice
    for words, _ticked in shown:
        assert words in text
    assert text.index(_plain(closure_tasks.title())) < text.index(_plain(holiday_tasks.title()))

    sheet = build_sheet(store, tab.week, NOW.date())
    section = dict(sheet.sections)[tab.week_page.closures_group.title()]
    assert [(_plain(line.text), line.ticked) for line in section if line.ticked is not None] == shown
    assert [ticked for _words, ticked in shown].count(True) == 2  # Apple and TripAdvisor for the closure only


def test_a_week_with_no_holiday_or_closure_ahead_prints_no_such_section(qtbot, store, tmp_path):
    install_translators("en")
    tab = RulesTab(store, DataBus(), clock=lambda: datetime(2026, 2, 2, 9, 0))  # nothing until Easter Monday
    qtbot.addWidget(tab)
    pdf = tab.save_pdf(tmp_path / "checklist.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Community rules" in text and "Holidays and closures" not in text
