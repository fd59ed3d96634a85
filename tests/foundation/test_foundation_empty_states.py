"""Every empty state says what to do next with one button: no listing, no rule ticked or none, an empty plan."""

import pytest
from PySide6.QtWidgets import QApplication, QWidget

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
    assert window.focusWidget() is listings.table  # the keyboard on the new listings (attack 37b, L5)



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
    assert page.rules_empty.isVisible() and page.rules_empty.button.text() == "Open the Rules pa&ge"
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
    assert week.button.text() == "Planifier une publica&tion…"
    assert "fiche" in listings.label.text()
    assert "coch" in rules.label.text()


def test_an_empty_month_offers_a_post_on_today(qtbot, new_file, monkeypatch):
    """Attack 37, L3: the week said what to do, the month of the same empty file said nothing."""
    window = _window(qtbot, new_file)
    _show_tab(window, 1)
    calendar = window.tabs.currentWidget().content
    asked = []
    monkeypatch.setattr(calendar.edits, "new_post_on", asked.append)
    calendar.months.set_mode("month", save=False)
    QApplication.processEvents()
    month = calendar.months.view
    month.new_requested.disconnect()
    month.new_requested.connect(asked.append)
    assert month.empty.isVisible() and month.empty.button.text() == "Pl&an a post…"
    _click(qtbot, month.empty.button)
    assert asked == [MONDAY.date()]
    from socialdesk.domain.posts import Post

    new_file.calendar.add(Post(day=MONDAY.date(), text="Stollen"))
    calendar.reload()
    QApplication.processEvents()
    assert not month.empty.isVisible()


def test_the_empty_ideas_say_what_they_are_for_on_screen_and_to_a_screen_reader(qtbot, new_file):
    window = _window(qtbot, new_file)
    _show_tab(window, 1)
    ideas = window.tabs.currentWidget().content.ideas
    assert ideas.count() == 0 and "drag it onto" in ideas.accessibleDescription()
    blank = ideas.viewport().grab().toImage()
    ink = {blank.pixelColor(x, y).name() for x in range(0, blank.width(), 2) for y in range(0, min(60, blank.height()), 2)}
    assert len(ink) > 2  # words drawn in the empty list, not a blank box


def _inner_page(window, tab: int, name: str):
    """The tab's inner page `name` (its content's attribute), shown."""
    _show_tab(window, tab)
    content = window.tabs.currentWidget().content
    content.pages.setCurrentWidget(getattr(content, name))
    QApplication.processEvents()
    return getattr(content, name)


def test_no_key_person_offers_the_first_one(qtbot, new_file, monkeypatch):
    window = _window(qtbot, new_file)
    page = _inner_page(window, 2, "drivers_page")
    opened = []
    monkeypatch.setattr(page, "_on_add_button_clicked", lambda: opened.append(True))
    page.empty.button.clicked.disconnect()
    page.empty.button.clicked.connect(page._on_add_button_clicked)
    assert page.empty.isVisible()
    _click(qtbot, page.empty.button)
    assert opened == [True]


def test_the_consistency_page_with_no_shop_card_opens_the_card(qtbot, new_file):
    window = _window(qtbot, new_file)
    page = _inner_page(window, 3, "consistency")
    assert page.empty_card.isVisible() and not page.card_label.isVisible()
    _click(qtbot, page.empty_card.button)
    assert window.tabs.currentWidget().objectName() == "strategyTab"
    strategy = window.tabs.currentWidget().content
    assert strategy.stack.currentIndex() == STEPS.index(Step.SHOP)


def test_the_checklist_of_a_past_week_says_what_fits_it(qtbot, new_file):
    """Attack 37b, L3: a week before the file existed asked for rules the file already had, and last week said
    « this week »."""
    from datetime import timedelta

    from socialdesk.domain.rules.model import Rule

    new_file.rules.add(Rule(text="Answer every review"), MONDAY.date() - timedelta(days=21))
    window = _window(qtbot, new_file)
    _show_tab(window, 2)
    rules = window.tabs.currentWidget().content
    page = rules.week_page
    rules.show_week(IsoWeek.of(MONDAY.date()).shifted(-10))  # before the starter rules were written
    QApplication.processEvents()
    assert not page.rules_empty.isVisible()
    rules.show_week(IsoWeek.of(MONDAY.date()).shifted(-1))
    QApplication.processEvents()
    assert page.rule_boxes  # a rule was on last week's checklist: nothing ticked, said of that week
    assert page.rules_empty.isVisible() and "that week" in page.rules_empty.label.text()


def test_the_checklists_summary_speaks_of_the_week_shown_past_this_or_to_come(qtbot, new_file):
    """Attack 37d, L4: a past week with no rule said « this week », and a week to come counted rules « done »."""
    window = _window(qtbot, new_file)
    _show_tab(window, 2)
    rules = window.tabs.currentWidget().content
    page = rules.week_page
    this_week = IsoWeek.of(MONDAY.date())
    said = {}
    for shift in (-10, 0, 2):
        rules.show_week(this_week.shifted(shift))
        QApplication.processEvents()
        said[shift] = page.rules_summary.text()
    assert said[-10] == "No rules were on the checklist that week."  # before the starter rules were written
    assert said[0].startswith("Rules done this week: 0 of ")
    assert said[2].startswith("Rules to tick that week: ") and "done" not in said[2]
    for rule in new_file.rules.rules():
        new_file.rules.archive(rule.id, MONDAY.date())  # gone from next week on
    rules.show_week(this_week.shifted(2))
    QApplication.processEvents()
    assert page.rules_summary.text() == "No rules are on the checklist yet."


@pytest.mark.parametrize("language, now_words", [("en", "this week"), ("fr", "cette semaine")])
def test_a_past_weeks_checklist_never_calls_it_this_week(qtbot, new_file, language, now_words):
    """Attack 38, L3: « cette semaine-là » in the rules' count sat under « Publiées cette semaine », « Avis
    reçus cette semaine » and « Note pour cette semaine »: the words of the week shown are the week's, whatever
    its tense."""
    import re

    from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit

    from datetime import timedelta

    from socialdesk.domain.posts import Post, PostStatus
    from socialdesk.domain.rules.model import Rule

    new_file.rules.add(Rule(text="Answer every review"), MONDAY.date() - timedelta(days=21))
    new_file.calendar.add(Post(day=MONDAY.date() - timedelta(days=5), status=PostStatus.PUBLISHED, text="Pain",
                               networks=("instagram",)))
    window = _window(qtbot, new_file, language=language)
    _show_tab(window, 2)
    rules = window.tabs.currentWidget().content
    rules.show_week(IsoWeek.of(MONDAY.date()).shifted(-1))
    QApplication.processEvents()
    page = rules.week_page
    words = [label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page)]
    words += [group.title() for group in page.findChildren(QGroupBox) if group.isVisibleTo(page)]
    words += [field.placeholderText() for field in page.findChildren(QLineEdit) if field.isVisibleTo(page)]
    words += [widget.accessibleName() for widget in [page, *page.findChildren(QWidget)] if widget.isVisibleTo(page)]
    said = [text for text in words if re.search(re.escape(now_words) + r"(?!-là)", text.replace("\u00a0", " "), re.I)]
    assert page.rule_boxes and not said, said
