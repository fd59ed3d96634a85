"""Light and dark: the system's scheme is followed as it changes, the owner's choice wins, cards repaint."""

from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.domain.settings import checked, default
from socialdesk.ui.calendar.tab import CalendarTab
from socialdesk.ui.theme import style
from socialdesk.ui.theme.palette import DARK, LIGHT

TODAY = date(2026, 11, 26)


@pytest.fixture
def theme(qapp):
    made = style.install(qapp, "system")
    made.apply("system", Qt.ColorScheme.Light)
    yield made
    made.apply("system", Qt.ColorScheme.Light)


@pytest.fixture
def calendar(qtbot, store, bus, theme):
    store.settings.set("first_weekday", 1)
    store.calendar.add(Post(day=TODAY, time=time(9, 0), networks=("facebook",), text="Pain au levain",
                            status=PostStatus.PLANNED))
    widget = CalendarTab(store, bus, fixed_clock(TODAY))
    widget.go_today()
    widget.resize(1200, 700)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def card_colours(calendar) -> set[str]:
    """The colours inside Thursday's first card, as painted."""
    posts = calendar.week.columns[3].posts
    rect = posts.visualItemRect(posts.item(0))
    image = posts.viewport().grab().toImage()
    return {image.pixelColor(x, rect.center().y()).name().upper() for x in range(rect.left(), rect.right())}


def far(colour: str, target: str) -> bool:
    a, b = QColor(colour), QColor(target)
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) > 8


def test_the_cards_repaint_dark_when_the_system_turns_dark(calendar, theme, qtbot):
    assert LIGHT.card in card_colours(calendar) and DARK.card not in card_colours(calendar)
    QApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # what a desktop's switch sends
    qtbot.waitUntil(lambda: DARK.card in card_colours(calendar))
    colours = card_colours(calendar)
    assert LIGHT.card not in colours
    assert DARK.status(PostStatus.PLANNED) in colours  # the status edge in the dark theme's blue
    assert QApplication.palette().color(QApplication.palette().ColorRole.Window).name().upper() == DARK.window


def test_the_owners_choice_wins_over_the_system(calendar, theme, qtbot):
    theme.apply("light")
    QApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    qtbot.wait(20)
    assert LIGHT.card in card_colours(calendar)
    theme.apply("dark")
    qtbot.waitUntil(lambda: DARK.card in card_colours(calendar))


def test_the_preferences_offer_system_light_and_dark_and_apply_at_ok(qtbot, store, theme):
    from socialdesk.ui.preferences.pages import GeneralPage

    page = GeneralPage(store)
    qtbot.addWidget(page)
    assert [page.theme.itemData(i) for i in range(page.theme.count())] == ["system", "light", "dark"]
    page.theme.setCurrentIndex(page.theme.findData("dark"))
    page.save(fixed_clock(TODAY))
    assert store.settings.get("theme") == "dark"


@pytest.mark.parametrize("value", ["purple", "", None, 1, ["dark"]])
def test_a_damaged_theme_setting_reads_as_following_the_system(value):
    assert checked("theme", value) == default("theme") == "system"


@pytest.mark.parametrize("value", ["system", "light", "dark"])
def test_a_valid_theme_setting_is_kept(value):
    assert checked("theme", value) == value
