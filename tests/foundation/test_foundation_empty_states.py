"""Every empty state says what to do next with one button: no listing, no rule ticked or none, an empty plan."""

from PySide6.QtWidgets import QApplication

from socialdesk.domain.strategy.fields import STEPS, Step
from socialdesk.domain.weeks import IsoWeek
from tests.foundation.test_foundation_first_week import MONDAY, _click, _show_tab, _window, new_file  # noqa: F401


def test_no_listing_offers_the_recommended_ones_in_one_click(qtbot, new_file):
    window = _window(qtbot, new_file)
    _show_tab(window, 3)
    listings = window.tabs.currentWidget().content.listings
    assert listings.empty.isVisible()
    _click(qtbot, listings.empty.button)
    assert len(new_file.presence.listings()) >= 3
    assert not listings.empty.isVisible()



def test_the_checklist_says_what_to_do_with_no_rule_ticked_and_with_no_rule(qtbot, new_file):
    window = _window(qtbot, new_file)
    _show_tab(window, 2)
    rules = window.tabs.currentWidget().content
    page = rules.week_page
    assert page.rules_empty.isVisible()  # the starter rules, none ticked
    _click(qtbot, page.rules_empty.button)
    first = next(iter(page.rule_boxes.values()))
    assert first.hasFocus()
    first.click()
    assert not page.rules_empty.isVisible()
    for rule in new_file.rules.rules():
        new_file.rules.archive(rule.id, MONDAY.date())  # gone from next week on
    rules.show_week(IsoWeek.of(MONDAY.date()).shifted(1))
    QApplication.processEvents()
    assert page.rules_empty.isVisible() and page.rules_empty.button.text() == "Open the Rules page"
    _click(qtbot, page.rules_empty.button)
    assert rules.pages.currentWidget() is rules.rules_page



def test_an_empty_plan_sends_the_owner_to_its_first_step(qtbot, new_file):
    window = _window(qtbot, new_file)
    _show_tab(window, 0)
    strategy = window.tabs.currentWidget().content
    strategy.go_to(Step.SUMMARY)
    summary = strategy.current_page()
    assert summary.empty.isVisible()
    _click(qtbot, summary.empty.button)
    assert strategy.stack.currentIndex() == STEPS.index(Step.SHOP)



def test_the_empty_states_speak_french(qtbot, new_file):
    window = _window(qtbot, new_file, language="fr")
    window.guide.show_tabs()
    week = window.page("calendarTab").ensure_built().week.empty
    listings = window.page("presenceTab").ensure_built().listings.empty
    rules = window.page("rulesTab").ensure_built().week_page.rules_empty
    for state in (week, listings, rules):
        assert state.button.text() and state.label.text()
    assert week.button.text() == "Planifier une publicati&on…"
    assert "fiche" in listings.label.text()
    assert "coch" in rules.label.text()
