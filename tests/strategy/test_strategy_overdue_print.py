"""The printed one-page plan points out the goals whose date is past, as the screen does, and still fits."""

import shutil
import subprocess
from datetime import date

import pytest

from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.strategy.fields import Step
from socialdesk.ui.common.bus import DataBus
from socialdesk.ui.strategy import plan_output
from socialdesk.ui.strategy.tab import StrategyTab
from tests.strategy.full_strategy import fill_everything

pytestmark = pytest.mark.skipif(not (shutil.which("pdfinfo") and shutil.which("pdftotext")),
                                reason="poppler-utils not installed")


def _printed(qtbot, store, tmp_path, monkeypatch, paper, today):
    store.settings.set("paper", paper)
    tab = StrategyTab(store, DataBus(), fixed_clock(today))
    qtbot.addWidget(tab)
    tab.go_to(Step.SUMMARY)
    path, told = tmp_path / "plan.pdf", []
    monkeypatch.setattr(plan_output.SaveTarget, "ask", classmethod(lambda cls, *args: path))
    monkeypatch.setattr(plan_output.OverflowNotice, "tell", classmethod(lambda cls, parent: told.append(parent)))
    tab.current_page().pdf_button.click()
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return pages, told, " ".join(text.split())


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_every_goal_past_is_pointed_out_and_the_plan_stays_on_one_page(qtbot, store, tmp_path, monkeypatch, paper):
    fill_everything(store)  # five goals, due on the 1st of January to May 2027
    pages, told, text = _printed(qtbot, store, tmp_path, monkeypatch, paper, date(2027, 6, 2))
    assert (pages, told) == (1, [])
    assert "Date already passed" in text
    assert "(1 May 2027). Reached? Set the next goal; if not, give it a new date." in text


def test_only_the_goals_past_are_named(qtbot, store, tmp_path, monkeypatch):
    fill_everything(store)
    _pages, _told, text = _printed(qtbot, store, tmp_path, monkeypatch, "a4", date(2027, 2, 15))
    passed = text.split("Date already passed", 1)[1].split("Reached?", 1)[0]
    assert "(1 Jan 2027)" in passed and "(1 Feb 2027)" in passed and "(1 Mar 2027)" not in passed


def test_no_line_while_every_goal_is_ahead(qtbot, store, tmp_path, monkeypatch):
    fill_everything(store)
    _pages, _told, text = _printed(qtbot, store, tmp_path, monkeypatch, "a4", date(2026, 12, 2))
    assert "Date already passed" not in text and "Goal 5:" in text
