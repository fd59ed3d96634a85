"""The printed checklist speaks as the screen does: an empty week is fine, the week is named by its Monday."""

import shutil
import subprocess
from datetime import datetime

import pytest

from socialdesk.ui.common.bus import DataBus
from socialdesk.ui.rules.tab import RulesTab

NOW = datetime(2026, 11, 26, 17, 30)  # Thursday of ISO week 48, Monday 23 November

pytestmark = pytest.mark.skipif(not (shutil.which("pdfinfo") and shutil.which("pdftotext")),
                                reason="poppler-utils not installed")


@pytest.fixture
def french():
    from socialdesk.ui.i18n import install_translators

    install_translators("fr")
    yield
    install_translators("en")


def _printed(qtbot, store, tmp_path):
    tab = RulesTab(store, DataBus(), clock=lambda: NOW)
    qtbot.addWidget(tab)
    pdf = tab.save_pdf(tmp_path / "checklist.pdf")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    title = next(line.split(":", 1)[1].strip() for line in info.splitlines() if line.startswith("Title:"))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return title, " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split()), tab


def test_an_empty_week_prints_the_screens_words_and_a_dated_title(qtbot, store, tmp_path):
    title, text, tab = _printed(qtbot, store, tmp_path)
    assert "No posts: fine if there is nothing to say." in text
    assert tab.week_page.posts_summary.text().startswith("No posts: fine if there is nothing to say.")
    assert "planned" not in text
    assert title == "Community checklist — Week of 23 Nov 2026"


def test_in_french(qtbot, store, tmp_path, french):
    title, text, _tab = _printed(qtbot, store, tmp_path)
    assert "Aucune publication : rien de grave s'il n'y a rien à dire." in text
    assert "prévue" not in text
    assert title == "Check-list — Semaine du 23 nov. 2026"


def test_the_coming_holidays_heading_says_within_not_three_weeks_from_now():
    """Attack 34e, F9: « dans trois semaines » reads as "three weeks from now"."""
    from PySide6.QtCore import QCoreApplication

    from socialdesk.ui.i18n import install_translators

    install_translators("fr")
    try:
        for context in ("ChecklistPrint", "WeekPage"):
            words = QCoreApplication.translate(context, "Holidays and closures in the next three weeks")
            assert words == "Jours fériés et fermetures des trois semaines à venir"
    finally:
        install_translators("en")
