"""A month switch draws its days without Qt's per-item machinery and without laying its days out again: what it
shows stays what Qt's own list, label and layout would show."""

from datetime import date, time

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, QLocale, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListWidget, QWidget

from socialdesk.domain.posts import Post, PostStatus
from socialdesk.ui.calendar.month_chips import ChipDelegate, ChipList, Chips
from socialdesk.ui.calendar.month_day_head import DayNumber, MarkLine
from socialdesk.ui.calendar.month_view import MonthView, month_days
from socialdesk.ui.calendar.week_view import PostList

_TEXTS = ["Croissants au beurre, sortis du four à 7 h", "שלום לכולם, הלחם מוכן", "🥐 Nouvelle fournée !", "x",
          "Portes ouvertes samedi : venez goûter la galette des rois", "مرحبا بكم في المخبز"]


def _posts(day: date, count: int) -> list[Post]:
    return [Post(id=n + 1, day=day, time=time(7 + n, 15 * (n % 4)) if n % 3 else None,
                 networks=(("instagram",), ("facebook", "google"), ())[n % 3], text=_TEXTS[n % len(_TEXTS)],
                 status=PostStatus.PLANNED) for n in range(count)]


class _QtPaintedChips(QListWidget):
    """The same chips painted by Qt's own list through the delegate (a style option and an index per item)."""

    def __init__(self, chips: Chips):
        super().__init__()
        self.setItemDelegate(ChipDelegate(self, chips))
        self.said, self.store = {}, None  # what PostList.fill reads


def _twins(qtbot, count: int) -> tuple[ChipList, QListWidget]:
    chips = Chips()
    ours, qts = ChipList(None, None, chips), _QtPaintedChips(chips)
    for view in (ours, qts):
        qtbot.addWidget(view)
        view.setSpacing(0)
        view.setUniformItemSizes(True)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # as a month's day
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.resize(140, 40 + 22 * count)
        (ChipList.fill if view is ours else PostList.fill)(view, _posts(date(2026, 12, 9), count))
        view.show()
        qtbot.waitExposed(view)
    return ours, qts


def _focused_grab(qtbot, view: QListWidget):
    view.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    return view.grab().toImage()


def test_a_days_chips_look_as_qts_own_list_paints_them(qtbot):
    ours, qts = _twins(qtbot, 6)
    assert ours.grab().toImage() == qts.grab().toImage()
    for view in (ours, qts):  # one chip selected, another one current
        view.item(1).setSelected(True)
        view.setCurrentRow(4, QItemSelectionModel.SelectionFlag.NoUpdate)
    assert ours.grab().toImage() == qts.grab().toImage()  # the keyboard elsewhere: no focus line
    assert _focused_grab(qtbot, ours) == _focused_grab(qtbot, qts)  # the keyboard in the list: the current's line


def test_a_chip_cut_by_the_days_bottom_is_not_drawn(qtbot):
    ours, _qts = _twins(qtbot, 3)
    row = ours.visualItemRect(ours.item(0)).height()
    ours.resize(140, 2 * row + row // 2 + 2 * ours.frameWidth())  # two chips and half of the third
    qtbot.waitUntil(lambda: ours.viewport().height() < 3 * row)
    image = ours.viewport().grab().toImage()
    third = ours.visualItemRect(ours.item(2))
    background = image.pixelColor(QPoint(2, image.height() - 2))
    assert all(image.pixelColor(QPoint(x, third.top() + 3)) == background for x in range(2, image.width() - 2))


def test_a_mark_line_draws_its_words_as_a_label_would(qtbot):
    for words in ("+2 more · ⚑ Assumption", "✕ Fermé : inventaire", "○ חג שמח", "مغلق", ""):
        line, label = MarkLine(), QLabel(words)
        for widget in (line, label):
            qtbot.addWidget(widget)
            widget.setFont(QFont(widget.font().family(), 8))
            widget.setFixedSize(150, 16)
        line.setText(words)
        assert line.text() == words
        assert line.grab().toImage() == label.grab().toImage(), words


class _LayoutRequests(QObject):
    def __init__(self, widgets: list[QWidget]):
        super().__init__()
        self.seen: set[int] = set()
        self.widgets = widgets
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LayoutRequest:
            self.seen.add(self.widgets.index(watched))
        return False


def test_another_month_lays_out_again_only_the_days_whose_words_got_wider(qtbot):
    view = MonthView()
    qtbot.addWidget(view)
    view.resize(900, 620)
    view.show()
    qtbot.waitExposed(view)
    locale = QLocale("en_GB")
    QLocale.setDefault(locale)
    try:
        months = [date(2026, month, 1) for month in range(1, 13)]
        today = date(2026, 3, 18)
        view.show_month(months[0], month_days(months[0], 1), [], today, {}, set())
        qtbot.wait(1)
        requests = _LayoutRequests(view.cells)
        for month in months[1:]:
            days, before = month_days(month, 1), view.days
            requests.seen.clear()
            view.show_month(month, days, [], today, {}, set())
            qtbot.wait(1)
            wider = {index for index, (old, new) in enumerate(zip(before, days))  # "1 Mar" came or went, or today
                     if 1 in (old.day, new.day) or today in (old, new)}
            assert requests.seen <= wider, month
            numbers = [cell.button for cell, day in zip(view.cells, days) if day.day != 1 and day != today]
            assert len({button.width() for button in numbers}) == 1  # 9 and 10 as wide: the marks start level
    finally:
        QLocale.setDefault(QLocale.c())


def test_todays_bold_number_and_the_first_show_whole(qtbot):
    for words in ("5", "31", "1 Sept", "1 févr."):
        for bold in (False, True):
            button = DayNumber()
            qtbot.addWidget(button)
            font = button.font()
            font.setBold(bold)
            button.setFont(font)
            button.show_number(words)
            assert button.width() >= button.sizeHint().width(), (words, bold)
            assert button.height() == button.sizeHint().height()


def test_what_is_not_drawn_cannot_be_clicked(qtbot):
    """Attack 39, M1: the band under a full day's last whole chip held the chip cut by its bottom edge, not drawn:
    a click selected that unseen post, a double click opened it instead of making a new post that day."""
    ours, _qts = _twins(qtbot, 5)
    row = ours.visualItemRect(ours.item(0)).height()
    ours.resize(140, 3 * row + row // 2 + 2 * ours.frameWidth())  # three chips and a band
    qtbot.waitUntil(lambda: ours.viewport().height() < 4 * row)
    band = QPoint(ours.viewport().width() // 2, 3 * row + 2)
    assert ours.itemAt(band) is None and ours.itemAt(QPoint(band.x(), 2 * row + 2)) is ours.item(2)
    QTest.mouseClick(ours.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, band)
    assert not ours.selectedItems()
    with qtbot.waitSignal(ours.new_requested, timeout=1000) as asked:
        QTest.mouseDClick(ours.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, band)
    assert asked.args == [ours.day]
    # what Qt's list asks when a mouse is dragged from the first chip down into the band
    ours.setSelection(QRect(QPoint(band.x(), 2), band), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert sorted(ours.row(item) for item in ours.selectedItems()) == [0, 1, 2]


def test_a_days_marks_are_static_text_to_screen_readers(qtbot):
    """Attack 39, L2: the mark line drawn by itself was a generic pane ("Client") to screen readers."""
    from PySide6.QtGui import QAccessible

    from socialdesk.ui.calendar.month_view import MonthCell

    cell = MonthCell()
    qtbot.addWidget(cell)
    cell.resize(150, 110)
    cell.show_day(date(2026, 11, 11), _posts(date(2026, 11, 11), 9), {"today": False, "hole": False,
                                                                        "outside": False}, ["⚑ Armistice 1918"],
                  None, QLocale())
    cell.show()
    qtbot.waitExposed(cell)
    line = QAccessible.queryAccessibleInterface(cell.mark)
    assert line.role() == QAccessible.Role.StaticText
    spoken = line.text(QAccessible.Text.Name)
    assert "Armistice 1918" in spoken and "+" in spoken  # the holiday and the chips not shown


@pytest.mark.parametrize("outline_moved", [False, True])
def test_the_chip_picked_stays_drawn_when_the_day_gets_shorter(qtbot, outline_moved):
    """Attack 39b, M2: the selected chip became the one cut by the day's edge, not drawn, and Delete took it;
    39c, L3: the same with the outline moved off it (Ctrl+↑)."""
    ours, _qts = _twins(qtbot, 4)
    row = ours.visualItemRect(ours.item(0)).height()
    ours.resize(140, 3 * row + 2 * ours.frameWidth())
    qtbot.waitUntil(lambda: ours.viewport().height() == 3 * row)
    ours.setCurrentRow(2)
    if outline_moved:
        ours.setCurrentRow(1, QItemSelectionModel.SelectionFlag.NoUpdate)
    ours.resize(140, 2 * row + row // 2 + 2 * ours.frameWidth())  # room for two chips now
    qtbot.waitUntil(lambda: ours.viewport().height() < 3 * row)
    picked = ours.visualItemRect(ours.item(2))
    assert ours.item(2).isSelected() and picked.top() >= 0 and picked.bottom() < ours.viewport().height()
