"""No two commands reached together by Alt+letter share their letter, in English and in French."""

import re
from collections import Counter

import pytest
from PySide6.QtWidgets import QMenu, QTabWidget

from tests.foundation.conftest import CLOCK


def _letter(text: str) -> str:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else ""


def _clashes(texts) -> list[str]:
    count = Counter(_letter(t) for t in texts if _letter(t))
    return [f"Alt+{letter.upper()}: {[t for t in texts if _letter(t) == letter]}"
            for letter, n in count.items() if n > 1]


def _menus(menu: QMenu):
    yield menu
    for action in menu.actions():
        if action.menu():
            yield from _menus(action.menu())


def _groups(win):
    """Each group is one place where the letters must differ: the menu bar with the main tabs, each menu,
    each tab bar, the calendar's context menu."""
    built = [win.tabs.widget(i).ensure_built() for i in range(win.tabs.count())]
    bar = win.menuBar()
    yield "menu bar and main tabs", ([a.text() for a in bar.actions()]
                                     + [win.tabs.tabText(i) for i in range(win.tabs.count())])
    for top in bar.actions():
        for menu in _menus(top.menu()):
            yield f"menu {menu.title()!r}", [a.text() for a in menu.actions() if not a.isSeparator()]
    for tabs in win.findChildren(QTabWidget):
        if tabs is not win.tabs:
            yield f"tabs {tabs.objectName() or tabs.parent().objectName()}", [
                tabs.tabText(i) for i in range(tabs.count())]
    context = QMenu()
    built[1].edits.populate(context)
    yield "calendar's context menu", [a.text() for a in context.actions() if not a.isSeparator()]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_two_commands_share_an_alt_letter(qtbot, file_store, language):
    from socialdesk.ui.common.bus import DataBus
    from socialdesk.ui.i18n import install_translators
    from socialdesk.ui.main_window import MainWindow

    install_translators(language)
    try:
        win = MainWindow(file_store, DataBus(), CLOCK)
        qtbot.addWidget(win)
        clashes = [f"{where}: {clash}" for where, texts in _groups(win) for clash in _clashes(texts)]
    finally:
        install_translators("en")
    assert not clashes, "\n".join(clashes)


def test_the_letter_is_found_as_qt_finds_it():
    assert [_letter(t) for t in ("&Jour", "Chec&k-list", "R&&D &Notes", "Sans lettre")] == ["j", "k", "n", ""]
    assert _clashes(["&Calendrier", "&Check-list", "Chec&k"]) == ["Alt+C: ['&Calendrier', '&Check-list']"]
