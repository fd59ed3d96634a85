"""The one-page plan: a fully filled strategy prints on one A4 or Letter page; a longer one says so."""

import shutil
import subprocess
from datetime import date

import pytest

from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.strategy import fields as f
from socialdesk.domain.strategy.fields import Step
from socialdesk.ui.common.bus import DataBus
from socialdesk.ui.strategy import plan_output
from socialdesk.ui.strategy.tab import StrategyTab
from tests.strategy.full_strategy import SENTENCE, fill_everything

pytestmark = pytest.mark.skipif(not (shutil.which("pdfinfo") and shutil.which("pdftotext")),
                                reason="poppler-utils not installed")

PAPER_NAMES = {"a4": "(a4)", "letter": "(letter)"}


def _summary_page(qtbot, store, paper):
    store.settings.set("paper", paper)
    tab = StrategyTab(store, DataBus(), fixed_clock(date(2026, 12, 2)))
    qtbot.addWidget(tab)
    tab.go_to(Step.SUMMARY)
    return tab.current_page()


def _save_pdf(page, path, monkeypatch):
    told = []
    monkeypatch.setattr(plan_output.SaveTarget, "ask", classmethod(lambda cls, *args: path))
    monkeypatch.setattr(plan_output.OverflowNotice, "tell", classmethod(lambda cls, parent: told.append(parent)))
    page.pdf_button.click()
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))
    return info, pages, told


def _text(path, page=None):
    command = ["pdftotext"] + (["-f", str(page), "-l", str(page)] if page else []) + [str(path), "-"]
    return " ".join(subprocess.run(command, capture_output=True, text=True, check=True).stdout.split())


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_a_fully_filled_strategy_prints_on_one_page(qtbot, store, tmp_path, monkeypatch, paper):
    fill_everything(store)
    info, pages, told = _save_pdf(_summary_page(qtbot, store, paper), tmp_path / "plan.pdf", monkeypatch)
    assert pages == 1 and PAPER_NAMES[paper] in info.lower()
    assert told == []
    text = _text(tmp_path / "plan.pdf")
    for expected in ("Message 5:", "Goal 5:", "Driver 2 of suppliers", "Indicator 5:", "Orders and offers"):
        assert expected in text, expected
    assert "does not fit on one page" not in text


def test_a_plan_too_long_for_one_page_says_so_and_keeps_the_essentials_first(qtbot, store, tmp_path, monkeypatch):
    fill_everything(store)
    for key in f.CONVERSATION_KEYS + (f.STAND_VALUE,):
        store.strategy.set_text(key, "\n".join([SENTENCE] * 6))
    info, pages, told = _save_pdf(_summary_page(qtbot, store, "a4"), tmp_path / "plan.pdf", monkeypatch)
    assert pages == 2
    assert len(told) == 1  # the owner is told once, in words
    first = _text(tmp_path / "plan.pdf", 1)
    assert "This plan does not fit on one page" in first
    assert "Message 1:" in first and "Goal 5:" in first  # what we stand for
    assert "Instagram: 3 a week" in first and "Orders and offers" in first  # channels and rhythm
