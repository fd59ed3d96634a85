"""The file names the save dialogs suggest follow the interface's language, from one place."""

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.file_names import FileKind, default_name
from socialdesk.domain.strategy.fields import Step
from socialdesk.ui.calendar.tab import CalendarTab
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.presence.qr_page import QrPage
from socialdesk.ui.rules.tab import RulesTab
from socialdesk.ui.strategy.tab import StrategyTab

NAMES = {
    "en": ["content-plan.ics", "content-plan-2026-11-26.csv", "week-plan-2026-W48.pdf", "checklist-2026-W48.pdf",
           "strategy-review.pdf", "qr-code.png", "qr-cards.pdf"],
    "fr": ["plan-publications.ics", "plan-publications-2026-11-26.csv", "plan-semaine-2026-W48.pdf",
           "check-list-2026-W48.pdf", "bilan-strategie.pdf", "code-qr.png", "cartes-code-qr.pdf"],
}


@pytest.fixture(params=["en", "fr"])
def language(qapp, request):
    install_translators(request.param)
    yield request.param
    install_translators("en")


def test_every_save_dialog_suggests_a_name_in_the_interfaces_language(qtbot, store, bus, monkeypatch, language):
    suggested = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, caption, folder, *rest, **kw: suggested.append(Path(folder).name) or ("", ""))
    clock = fixed_clock(date(2026, 11, 26))
    calendar = CalendarTab(store, bus, clock)
    rules = RulesTab(store, bus, clock=lambda: datetime(2026, 11, 26, 17))
    strategy = StrategyTab(store, bus, clock)
    qr = QrPage(store, bus)
    for widget in (calendar, rules, strategy, qr):
        qtbot.addWidget(widget)
    calendar.files.export_ics()
    calendar.files.export_csv()
    calendar.files.save_pdf()
    rules.pdf_button.click()
    strategy.go_to(Step.SUMMARY)
    strategy.current_page().pdf_button.click()
    qr.set_payload("https://g.page/r/CbX12345/review", "Google", "")
    qr.outputs.png.click()
    qr.cards_bar.save_pdf.click()
    assert suggested == NAMES[language]


@pytest.mark.parametrize("shop, english, french", [
    ("Boulangerie Léa & Fils", "boulangerie-léa-fils-strategy-review.md", "boulangerie-léa-fils-bilan-strategie.md"),
    ("../..", "strategy-review.md", "bilan-strategie.md"),
])
def test_a_shops_name_makes_a_safe_file_name(shop, english, french):
    assert default_name(FileKind.STRATEGY, "en", shop=shop, suffix="md") == english
    assert default_name(FileKind.STRATEGY, "fr", shop=shop, suffix="md") == french
