"""A later tab: an empty stand-in until first shown or asked for, then its page, at its place, with its title."""

from PySide6.QtWidgets import QLabel, QTabWidget

from socialdesk.ui.common.later_tabs import LaterTabs


def test_a_later_page_is_built_once_when_first_shown_or_asked_for(qtbot):
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QLabel("now"), "&Week")
    later, made = LaterTabs(tabs), []

    def maker(name):
        return lambda: made.append(name) or QLabel(name)

    history = later.add("Over ti&me", maker("history"))
    rules = later.add("R&ules", maker("rules"))
    tabs.show()
    assert made == [] and later.built() == []
    tabs.setCurrentIndex(history)  # shown: built
    assert made == ["history"] and tabs.currentWidget().text() == "history"
    assert [tabs.tabText(i) for i in range(3)] == ["&Week", "Over ti&me", "R&ules"]
    tabs.setCurrentIndex(0)
    page = later.page(rules)  # asked for while another tab shows: built, and that tab stays in front
    assert page.text() == "rules" and tabs.currentIndex() == 0 and tabs.indexOf(page) == rules
    tabs.setCurrentIndex(rules)
    tabs.setCurrentIndex(history)
    assert made == ["history", "rules"] and later.built() == [tabs.widget(history), page]
