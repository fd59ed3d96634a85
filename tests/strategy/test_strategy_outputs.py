"""What leaves the wizard: Apply (no duplicates), the printed PDF and the Markdown file."""

import os
import shutil
import subprocess
from datetime import date

import pytest

from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.community import CommunityGroup
from socialdesk.domain.shop import ShopCard
from socialdesk.domain.strategy import fields as f
from socialdesk.domain.strategy.fields import Step
from socialdesk.domain.strategy.model import Driver, Goal, StrategyPillar
from socialdesk.ui.common.bus import DataBus
from socialdesk.ui.strategy import page_summary
from socialdesk.ui.strategy.plan_document import PlanWords
from socialdesk.ui.strategy.plan_output import write_plan_markdown, write_plan_pdf
from socialdesk.ui.strategy.tab import StrategyTab


def fill(store):
    store.shop.save(ShopCard(name="Hôtel du Parc", city="Annecy", phone="04 50 00 00 02"))
    repo = store.strategy
    repo.set_text(f.STAND_VALUE, "Chambres calmes face au lac")
    repo.set_text(f.CHANNEL_HANDLE, "@hoteldupark")
    repo.set_text(f.CHANNEL_RESERVE, "tiktok,bluesky")
    repo.set_text(f.CHANNEL_LISTINGS, "google_business,apple,tripadvisor")
    repo.set_channel("instagram", 3)
    repo.set_channel("google", 1)
    repo.save_pillars([StrategyPillar("Le lac au fil des saisons", 80), StrategyPillar("Offres", 20, True)])
    repo.save_drivers(CommunityGroup.PRESCRIBERS, [Driver(CommunityGroup.PRESCRIBERS, "Office de tourisme", "@annecy")])
    repo.save_drivers(CommunityGroup.PARTNERS, [Driver(CommunityGroup.PARTNERS, "Location de vélos", "", "Ouvert en été")])


def counts(store):
    return (store.db["strategy_applied"].count, store.db["presence_listings"].count, len(store.rules.drivers.drivers()))


def test_apply_twice_from_the_summary_adds_nothing_twice(qtbot, store, monkeypatch):
    fill(store)
    monkeypatch.setattr(page_summary.ApplyConfirm, "ask", classmethod(lambda cls, parent, text: True))
    bus = DataBus()
    published = []
    bus.changed.connect(lambda change, _initiator: published.append(change))
    tab = StrategyTab(store, bus, fixed_clock(date(2026, 11, 26)))
    qtbot.addWidget(tab)
    tab.go_to(Step.SUMMARY)
    before = counts(store)
    tab.current_page().apply_button.click()
    after_once = counts(store)
    tab.current_page().apply_button.click()
    assert counts(store) == after_once
    # google (network) and google_business (listing) are one listing; tiktok, bluesky reserved
    assert after_once[1] - before[1] == len({"google_business", "apple", "tripadvisor", "instagram", "tiktok",
                                              "bluesky"})
    assert after_once[2] - before[2] == 2 and after_once[0] == 1
    assert store.strategy.applied_cadence() == {"instagram": 3, "google": 1}
    assert [p.share for p in store.strategy.applied_pillars()] == [80, 20]
    assert store.presence.listing_for("instagram").handle == "hoteldupark"
    status = tab.current_page().apply_status.text()
    assert "0 added, 6 already there" in status and "0 added, 2 already there" in status
    assert {c.area.value for c in published} >= {"strategy", "presence", "rules"}


def test_refusing_the_confirmation_applies_nothing(qtbot, store, monkeypatch):
    fill(store)
    monkeypatch.setattr(page_summary.ApplyConfirm, "ask", classmethod(lambda cls, parent, text: False))
    tab = StrategyTab(store, DataBus(), fixed_clock(date(2026, 11, 26)))
    qtbot.addWidget(tab)
    tab.go_to(Step.SUMMARY)
    tab.current_page().apply_button.click()
    assert store.strategy.applied_cadence() == {}


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_printed_pdf_holds_what_was_typed(qtbot, store, tmp_path):
    fill(store)
    store.strategy.set_text(f.CONV_TOPICS, "La fête du lac en août")
    document = PlanWords().build(store.strategy.load(), store.shop.get())
    pdf = write_plan_pdf(None, tmp_path / "plan.pdf", document)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for typed in ("Hôtel du Parc", "Chambres calmes face au lac", "La fête du lac en août", "Office de tourisme",
                  "Le lac au fil des saisons: 80 %", "Instagram: 3 a week", "(left empty)"):
        assert typed in text, typed
    assert os.stat(pdf).st_mode & 0o777 == 0o600


def test_markdown_export_holds_the_plan_and_escapes_the_owners_text(store, tmp_path):
    fill(store)
    store.strategy.set_text(f.STAND_MESSAGES, "# pas un titre\n*vraiment* frais")
    document = PlanWords().build(store.strategy.load(), store.shop.get())
    path = write_plan_markdown(None, tmp_path / "plan.md", document)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Social media plan: Hôtel du Parc\n")
    assert "## What we stand for" in text and "  - \\# pas un titre" in text and "\\*vraiment\\*" in text
    assert "## Conversations\n\n*(left empty)*" in text
    assert os.stat(path).st_mode & 0o777 == 0o600


def test_a_goal_with_percent_markers_is_shown_and_saved_exactly_as_typed(qtbot, store, tmp_path):
    """Issue 13: "%1, by %2" filled by chained replace put the date inside the owner's goal."""
    from PySide6.QtCore import QDate, QLocale

    fill(store)
    typed = "Answer 100%2 reviews %1 week"
    due = date(2026, 3, 1)
    store.strategy.save_goals([Goal(typed, due)])
    expected = typed + ", by " + QLocale().toString(QDate(due), QLocale.FormatType.LongFormat)
    tab = StrategyTab(store, DataBus(), fixed_clock(date(2026, 11, 26)))
    qtbot.addWidget(tab)
    tab.go_to(Step.SUMMARY)
    assert expected in tab.current_page().view.toPlainText()
    document = PlanWords().build(store.strategy.load(), store.shop.get())
    assert expected in write_plan_markdown(None, tmp_path / "plan.md", document).read_text(encoding="utf-8")


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="pdfinfo (poppler-utils) is not installed")
def test_printed_plan_of_the_sample_bakery_fits_one_page(qtbot, store, tmp_path):
    from socialdesk.storage.strategy.demo import seed_demo

    seed_demo(store, date(2026, 11, 26))
    document = PlanWords().build(store.strategy.load(), store.shop.get())
    pdf = write_plan_pdf(None, tmp_path / "plan.pdf", document)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "Pages:           1" in info


def test_print_preview_draws_the_plan(qtbot, store):
    from PySide6.QtCore import QTimer
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
    from PySide6.QtWidgets import QApplication

    fill(store)
    tab = StrategyTab(store, DataBus(), fixed_clock(date(2026, 11, 26)))
    qtbot.addWidget(tab)
    seen = []

    def look_and_close():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QPrintPreviewDialog)
        seen.append(dialog.findChild(QPrintPreviewWidget).pageCount())
        dialog.reject()

    QTimer.singleShot(0, look_and_close)
    tab.print_requested()
    assert tab.stack.currentIndex() == len(tab.pages) - 1
    assert seen == [1]
