"""The wizard follows the 2011 interview: its order, who posts, the advice told apart from SocialDesk's tips."""

import shutil
import subprocess
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt

from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.strategy import fields as f
from socialdesk.domain.strategy.fields import Step
from socialdesk.domain.strategy.listening import TOOLS
from socialdesk.ui.common.bus import DataBus
from socialdesk.ui.strategy.plan_document import PlanWords
from socialdesk.ui.strategy.plan_output import write_plan_pdf
from socialdesk.ui.strategy.tab import StrategyTab

TODAY = date(2026, 12, 2)

# The interview's own words (shared/seed), which the French advice quotes verbatim.
SEED_QUOTES = {
    Step.SHOP: "Etre présent sur les Media Sociaux, c'est le service minimum.",
    Step.COMMUNITY: "Les Entreprises doivent tout d'abord analyser leur “communauté” au sens écosystème",
    Step.CONVERSATIONS: "La seconde étape est d'identifier les conversations",
    Step.LISTENING: "il faut toujours adapter son tableau de bord à ses besoins",
    Step.STAND: "C'est uniquement une fois que l'on dispose de cette vue d'ensemble que l'on a les outils en main "
                "pour définir sa stratégie.",
    Step.CHANNELS: "Si on n'a rien à dire, il faut savoir se taire…",
}


def make_tab(qtbot, store):
    tab = StrategyTab(store, DataBus(), fixed_clock(TODAY))
    qtbot.addWidget(tab)
    tab.resize(1100, 800)
    tab.show()
    return tab


@pytest.fixture
def french():
    from socialdesk.ui.i18n import install_translators

    install_translators("fr")
    yield
    install_translators("en")


def _plain(text: str) -> str:
    """French typography aside (no-break spaces, apostrophes), the words as written."""
    return text.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'")


def _titles(tab) -> list[str]:
    return [tab.steps.item(row).text().split(". ", 1)[1] for row in range(tab.steps.count())]


def test_what_we_stand_for_comes_after_the_community_is_mapped(qtbot, store):
    store.strategy.set_text(f.STAND_MESSAGES, "Pain au levain cuit sur place")  # saved before the reorder
    store.strategy.set_text(f.CONV_TOPICS, "La galette des rois")
    tab = make_tab(qtbot, store)
    assert _titles(tab) == ["The shop", "Our community", "Conversations", "Listening", "What we stand for",
                            "Channels and rhythm", "Summary"]
    tab.go_to(Step.LISTENING)
    qtbot.mouseClick(tab.next_button, Qt.MouseButton.LeftButton)
    stand = tab.current_page()
    assert "What we stand for" in stand.heading.text() and tab.position.text() == "Step 5 of 7"
    assert stand.binders[0].value() == "Pain au levain cuit sur place"
    tab.go_to(Step.SUMMARY)
    plan = tab.current_page().view.toPlainText()
    order = [plan.index(title) for title in ("Our community", "Conversations", "Listening", "What we stand for",
                                             "Channels and rhythm")]
    assert order == sorted(order)


def test_who_posts_and_answers_is_decided_saved_and_printed(qtbot, store, tmp_path):
    tab = make_tab(qtbot, store)
    tab.go_to(Step.CHANNELS)
    channels = tab.current_page()
    shop_radio = channels.runners[f.RUNNER_SHOP]
    assert shop_radio.text() == "Someone in the shop"
    assert channels.runners[f.RUNNER_AGENCY_TANDEM].text() == "An agency, only to start, in tandem with the shop"
    qtbot.mouseClick(shop_radio, Qt.MouseButton.LeftButton, pos=QPoint(8, shop_radio.height() // 2))  # on its words
    channels.runner_names.setFocus()
    qtbot.keyClicks(channels.runner_names, "Lea at the counter")
    tab.go_to(Step.SUMMARY)  # leaving the step saves what was typed
    assert store.strategy.text(f.CHANNEL_RUNNER) == "shop"
    assert store.strategy.text(f.CHANNEL_RUNNER_NAMES) == "Lea at the counter"
    again = make_tab(qtbot, store)
    again.go_to(Step.CHANNELS)
    assert again.current_page().runners[f.RUNNER_SHOP].isChecked()
    assert not again.current_page().runners[f.RUNNER_AGENCY_TANDEM].isChecked()
    assert again.current_page().runner_names.text() == "Lea at the counter"
    again.go_to(Step.SUMMARY)
    assert "Who posts and answers" in again.current_page().view.toPlainText()
    if shutil.which("pdftotext"):
        pdf = write_plan_pdf(None, tmp_path / "plan.pdf", PlanWords().build(store.strategy.load(), store.shop.get()))
        printed = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                                 check=True).stdout
        for words in ("Who posts and answers", "Someone in the shop", "Lea at the counter"):
            assert words in printed, words


def test_no_decision_yet_shows_no_choice(qtbot, store):
    tab = make_tab(qtbot, store)
    tab.go_to(Step.CHANNELS)
    assert not any(radio.isChecked() for radio in tab.current_page().runners.values())


def test_each_hint_box_tells_the_interview_from_socialdesks_tip(qtbot, store):
    tab = make_tab(qtbot, store)
    tab.go_to(Step.LISTENING)
    page = tab.current_page()
    assert page.advice_title.text() == "<b>From the interview</b>" and page.advice_title.isVisible()
    assert "“you must always adapt your dashboard to your needs”" in page.advice.text()
    assert page.tip_title.text() == "<b>SocialDesk's tip</b>" and page.tip.isVisible()
    assert "Three to five indicators" in page.tip.text()
    assert "indicator" not in page.advice.text()  # 3-5 indicators is SocialDesk's advice, not the interview's
    tab.go_to(Step.SUMMARY)  # the interview says nothing about reviews every few months
    summary = tab.current_page()
    assert not summary.advice.isVisible() and summary.tip.isVisible() and "every few months" in summary.tip.text()


def test_the_french_hint_boxes_quote_the_interview_verbatim(qtbot, store, french):
    tab = make_tab(qtbot, store)
    for step, quote in SEED_QUOTES.items():
        tab.go_to(step)
        page = tab.current_page()
        assert page.advice_title.text() == "<b>Ce que dit l'interview</b>"
        assert f"« {quote}" in _plain(page.advice.text()), step
    tab.go_to(Step.CHANNELS)
    assert tab.current_page().tip_title.text() == "<b>Le conseil de SocialDesk</b>"
    assert "taisez" not in tab.current_page().advice.text()


def test_the_calendar_says_mieux_vaut_se_taire_in_french(qtbot, store, french):
    from socialdesk.ui.calendar.tab import CalendarTab

    calendar = CalendarTab(store, DataBus(), fixed_clock(TODAY))
    qtbot.addWidget(calendar)
    tip = _plain(calendar.targets_label.toolTip())
    assert "mieux vaut se taire" in tip and "taisez" not in tip and "sachez vous taire" not in tip


def test_qype_is_not_a_closed_listening_tool(qtbot, store):
    assert "qype" not in {tool.key for tool in TOOLS}
    tab = make_tab(qtbot, store)
    tab.go_to(Step.LISTENING)
    closed = tab.current_page().closed_note.text()
    assert "Klout" in closed and "Qype" not in closed


def test_foursquare_is_offered_with_its_closed_app_said(qtbot, store, french):
    tab = make_tab(qtbot, store)
    tab.go_to(Step.CHANNELS)
    box = tab.current_page().listings.boxes["foursquare"]
    assert _plain(box.text()) == "Foursquare (appli fermée en 2024)"
    assert "2024" in box.toolTip()
    assert tab.current_page().listings.boxes["apple"].text() == "Apple Business Connect"
