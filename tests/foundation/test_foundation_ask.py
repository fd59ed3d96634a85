"""Yes/no questions: one ask() whose buttons say what they do; only the yes button says yes."""

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.ui.common.bus import DataBus
from socialdesk.ui.common.questions import ask
from socialdesk.ui.rules.tab import RulesTab
from socialdesk.ui.strategy.tab import StrategyTab

NOW = datetime(2026, 11, 26, 17, 30)


def answer(act):
    """Once the question is up, note its buttons and do `act(box)`; never leaves a test waiting."""
    seen = []

    def attempt(tries_left=300):
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if tries_left:
                QTimer.singleShot(10, lambda: attempt(tries_left - 1))
            return
        seen.append({button.objectName(): button.text() for button in box.findChildren(QPushButton)})
        act(box)

    QTimer.singleShot(0, attempt)
    return seen


def click(name):
    return lambda box: box.findChild(QPushButton, name).click()


def key(which):
    return lambda box: QTest.keyClick(box, which)


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize("how", [key(Qt.Key.Key_Escape), lambda box: box.close(), key(Qt.Key.Key_Return)])
def test_escape_closing_or_enter_on_the_safe_default_answers_no(parent, how):
    seen = answer(how)
    assert ask(parent, "Archive this rule?", "It leaves the checklist.", "&Archive", "&Keep it") is False
    assert seen == [{"askYes": "&Archive", "askNo": "&Keep it"}]


def test_the_yes_button_answers_yes_and_enter_does_when_yes_is_the_default(parent):
    answer(click("askYes"))
    assert ask(parent, "Apply the plan", "Three posts a week.") is True
    answer(key(Qt.Key.Key_Return))
    assert ask(parent, "Apply the plan", "Three posts a week.", "&Apply", "&Cancel", default_no=False) is True


@pytest.fixture
def rules_tab(qtbot, store):
    tab = RulesTab(store, DataBus(), clock=lambda: NOW)
    qtbot.addWidget(tab)
    return tab


def test_archiving_a_rule_asks_with_archive_and_keep(rules_tab, store):
    page = rules_tab.rules_page
    page.list.setCurrentRow(0)
    rule_id = page.current_rule_id()
    seen = answer(key(Qt.Key.Key_Escape))
    page.archive_button.click()
    assert seen == [{"askYes": "&Archive", "askNo": "&Keep it"}]
    assert rule_id in [rule.id for rule in store.rules.rules()]
    answer(click("askYes"))
    page.archive_button.click()
    assert rule_id not in [rule.id for rule in store.rules.rules()]


def test_unticking_a_published_post_asks_and_keep_leaves_it_published(rules_tab, store):
    post = Post(day=date(2026, 11, 24), time=time(9, 30), networks=("instagram",), text="Galette des rois",
                status=PostStatus.PLANNED)
    store.calendar.add(post)
    rules_tab.reload()
    box = rules_tab.week_page.post_boxes[post.id]
    box.click()
    assert store.calendar.get(post.id).status is PostStatus.PUBLISHED
    seen = answer(key(Qt.Key.Key_Return))  # Enter takes the safe answer
    box.click()
    assert seen == [{"askYes": "Mark as &not published", "askNo": "&Keep it published"}]
    assert box.isChecked() and store.calendar.get(post.id).status is PostStatus.PUBLISHED
    answer(click("askYes"))
    box.click()
    assert not box.isChecked() and store.calendar.get(post.id).status is PostStatus.PLANNED


def test_starting_a_review_asks_first(qtbot, store):
    tab = StrategyTab(store, DataBus(), fixed_clock(date(2026, 11, 26)))
    qtbot.addWidget(tab)
    tab.show()
    seen = answer(click("askNo"))
    tab.versions.review_button.click()
    assert seen == [{"askYes": "&Start the review", "askNo": "&Cancel"}]
    assert len(store.strategy.versions()) == 1
    answer(key(Qt.Key.Key_Return))
    tab.versions.review_button.click()
    assert len(store.strategy.versions()) == 2


def test_the_buttons_speak_french_in_french(parent):
    from socialdesk.ui.i18n import install_translators
    from socialdesk.ui.rules.rules_page import ask_archive

    install_translators("fr")
    try:
        seen = answer(key(Qt.Key.Key_Escape))
        assert ask_archive(parent, "Une photo par semaine") is False
    finally:
        install_translators("en")
    assert seen == [{"askYes": "&Archiver", "askNo": "&La garder"}]
