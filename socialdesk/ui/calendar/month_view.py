"""The month grid: a cell a day with its posts as small chips, holes and days off marked, cards dragged between days."""

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout,
                               QWidget)

from socialdesk.domain.posts import Post
from socialdesk.domain.weeks import week_start
from socialdesk.ui.calendar.month_chips import ChipList, Chips, rounded, watch_readers
from socialdesk.ui.calendar.month_day_head import DayNumber, MarkLine, mark_text
from socialdesk.ui.calendar.week_view import PostList
from socialdesk.ui.common.day_words import day_text
from socialdesk.ui.common.empty_state import EmptyState
from socialdesk.ui.common.keyboard_focus import give_keyboard
from socialdesk.ui.common.words import fill
from socialdesk.ui.theme import spacing
from socialdesk.ui.theme.style import tokens
from socialdesk.ui.theme.type import Type, font

translate = QCoreApplication.translate
ROWS = 6  # the most weeks a month touches


def month_days(month: date, first_weekday: int) -> list[date]:
    """The 42 days of the grid showing `month`: six whole weeks from the one of its 1st. Always six, so that the
    grid never jumps (nor lays itself out again) from one month to the next."""
    start = week_start(month.replace(day=1), first_weekday)
    return [start + timedelta(days=i) for i in range(ROWS * 7)]


def _other_month(palette: QPalette) -> QPalette:
    """The day number's palette for a day of another month: the secondary colour (made once per palette)."""
    key = palette.cacheKey()
    kept = _OTHER_MONTH.get(key)
    if kept is None:
        kept = QPalette(palette)
        secondary = QColor(tokens(palette).secondary)
        for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
            kept.setColor(role, secondary)
        _OTHER_MONTH.clear()
        _OTHER_MONTH[key] = kept
    return kept


_OTHER_MONTH: dict[int, QPalette] = {}


class MonthCell(QWidget):
    """One day: its number (a click opens its week), a mark line, its chips; drawn from the palette (no stylesheet
    rule: 42 styled frames would cost a month switch more than all its posts)."""

    def __init__(self, parent=None, chips: Chips | None = None):
        super().__init__(parent)
        self.flags = {"today": False, "hole": False, "outside": False}
        self.marks: list[str] = []
        self._card: tuple | None = None  # the card drawn last and its pixel ratio (None: to draw again)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(spacing.XS // 2, spacing.XS // 2, spacing.XS // 2, spacing.XS // 2)
        layout.setSpacing(0)
        self.button = DayNumber(self)
        self.mark = MarkLine(self)
        self.mark.setObjectName("monthMark")
        self.mark.setFont(font(Type.CAPTION, self.mark.font()))
        self.mark.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.posts = ChipList(None, self, chips)
        self.posts.setFrameShape(QFrame.Shape.NoFrame)  # the chips sit on the day's card, as a week's cards do
        self.posts.viewport().setAutoFillBackground(False)  # the card's colour, a day of this month or another
        self.posts.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # "+N" says what is below
        self.mark.setFixedHeight(self.mark.fontMetrics().height())  # new words never lay the grid out again
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addWidget(self.mark, 1)
        layout.addLayout(row)
        layout.addWidget(self.posts, 1)
        self.posts.resized.connect(self._show_marks)  # a smaller window shows fewer chips
        self.mark.resized.connect(self._show_marks)

    def show_day(self, day: date, posts: list[Post], flags: dict, marks: list[str], limits, locale: QLocale,
                 extras=None) -> None:
        self.posts.day = day
        self.button.show_number(day_text(day, "d MMM", locale) if day.day == 1 else str(day.day))
        name = locale.dayName(day.isoweekday(), QLocale.FormatType.LongFormat)
        spoken = f"{name} {day_text(day, 'd MMMM yyyy', locale)}"
        opens = fill(translate("MonthView", "Open the week of %1"), spoken)
        self.button.setAccessibleName(opens)
        self.button.setToolTip(opens)
        self.marks = marks
        tip = "\n".join(marks)
        if self.mark.toolTip() != tip:
            self.mark.setToolTip(tip)
        if flags != self.flags:
            outside_changed = flags["outside"] != self.flags["outside"]
            self.flags = flags
            self._card = None
            if outside_changed:
                self._show_month_side()
            if self.button.font().bold() != flags["today"]:
                bold = self.button.font()
                bold.setBold(flags["today"])
                self.button.setFont(bold)
            self.update()
        count = translate("MonthView", "%n post(s)", "", len(posts)) if posts else translate("MonthView", "no post")
        self.posts.setAccessibleName(" · ".join([spoken, count, *marks]))
        if posts or self.posts.day_posts:  # most days hold nothing, before and after
            self.posts.fill(posts, limits, extras)
        self._show_marks()

    def _show_month_side(self) -> None:
        """A day of another month: its number in the secondary colour (attack 37, L7; 37b, L4: the fill alone
        differed by 1.04:1); its card, on which its chips sit, takes the desk's colour (paintEvent)."""
        outside = self.flags["outside"]
        self.button.setPalette(_other_month(self.palette()) if outside else QPalette())

    def changeEvent(self, event):  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.PaletteChange:  # light/dark switched
            self._card = None
            if self.flags["outside"]:
                self.button.setPalette(_other_month(self.palette()))
        super().changeEvent(event)

    def _show_marks(self) -> None:
        """The marks, after "+N more" when the cell cannot show every chip (they stay in the list, for the keys)."""
        count = len(self.posts.day_posts)
        room = max(1, self.posts.viewport().height() // self.posts.chips.height(self.posts.font())) if count else count
        hidden = count - room if count > room else 0
        more = [fill(translate("MonthView", "+%1 more"), str(hidden))] if hidden else []
        words = " · ".join([*more, *self.marks])  # the tooltip and the spoken name say all
        self.mark.setText(mark_text(words, more and f"+{hidden}", self.marks, self.mark.fontMetrics(),
                                    self.mark.width()) if words else "")  # most days have no mark
        if self.mark.accessibleName() != words:
            self.mark.setAccessibleName(words)

    def resizeEvent(self, event):  # noqa: N802 - Qt's name
        self._card = None
        super().resizeEvent(event)

    def paintEvent(self, event):  # noqa: N802 - Qt's name
        """A rounded card: the desk's colour for the days of other months, an accent ring today, a dashed accent
        ring on a hole in the cadence. Drawn again only after a change of size, colours or marks (a month switch
        repaints 42 days: most look as before)."""
        ratio = self.devicePixelRatioF()
        if self._card is None or self._card[0] != ratio:
            palette, flags = self.palette(), self.flags
            width = 2 if flags["today"] or flags["hole"] else spacing.BORDER
            line = palette.color(QPalette.ColorRole.Highlight if width == 2 else QPalette.ColorRole.Mid)
            fill = palette.color(QPalette.ColorRole.Window if flags["outside"] else QPalette.ColorRole.Base)
            self._card = (ratio, rounded(self.width(), self.height(), fill.rgba(), line.rgba(), width,
                                         flags["hole"] and not flags["today"], ratio))
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._card[1])
        painter.end()


class MonthView(QWidget):
    """Day names over 42 reusable cells; `show_month` only refills them."""

    posts_dropped = Signal(list, object, bool)
    post_activated = Signal(int)
    new_requested = Signal(object)
    day_opened = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("monthView")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(spacing.XS // 2)
        self.empty = EmptyState("emptyMonth", self, primary=False)  # "New post" is the calendar's accent button
        self.empty.set_words(self.tr("Nothing planned this month yet."), self.tr("Pl&an a post…"))  # one line: the
        # grid's rows leave it no room for a second in the smallest window (attack 37b, M2)
        self.empty.button.clicked.connect(self._on_empty_button_clicked)
        grid.addWidget(self.empty, 0, 0, 1, 7)
        self.names = [QLabel(self) for _ in range(7)]
        for column, label in enumerate(self.names):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(label, 1, column)
            grid.setColumnStretch(column, 1)
        watch_readers()
        chips = Chips()  # the 42 days draw their chips alike: their fonts, colours and cut words worked out once
        self.cells = [MonthCell(self, chips) for _ in range(ROWS * 7)]
        for index, cell in enumerate(self.cells):
            grid.addWidget(cell, 2 + index // 7, index % 7)
            cell.posts.posts_dropped.connect(self.posts_dropped)
            cell.posts.post_activated.connect(self.post_activated)
            cell.posts.new_requested.connect(self.new_requested)
            cell.button.clicked.connect(lambda _=False, c=cell: self.day_opened.emit(c.posts.day))
            cell.posts.neighbour_requested.connect(lambda step, i=index: self.focus_cell(i + step))
        for row in range(ROWS):
            grid.setRowStretch(2 + row, 1)
        self.days: list[date] = []
        self.month: date | None = None
        self._today: date | None = None
        self._shown: tuple | None = None  # what the days were filled from

    def show_month(self, month: date, days: list[date], posts: list[Post], today: date, marks: dict,
                   holes: set, limits=None, extras=None) -> None:
        """Fills the 42 days, unless they show this already (back from the week to the same month, nothing changed
        meanwhile: a third of that switch, and the chip that was selected stays selected)."""
        shown = (month, days, posts, today, marks, holes, limits, extras, QLocale().name())
        if shown == self._shown:
            return
        self._shown = shown
        self.days, self.month, self._today = days, month, today
        self.empty.setVisible(not any(post.day.month == month.month for post in posts))  # its own days: none
        locale = QLocale()
        for label, day in zip(self.names, days):
            label.setText(locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat))
        by_day: dict[date, list[Post]] = {day: [] for day in days}
        for post in posts:
            by_day.setdefault(post.day, []).append(post)
        for cell, day in zip(self.cells, days):
            flags = {"today": day == today, "hole": day in holes, "outside": day.month != month.month}
            cell.show_day(day, by_day[day], flags, marks.get(day, []), limits, locale, extras)

    def lists(self) -> list[PostList]:
        return [cell.posts for cell in self.cells]

    def _on_empty_button_clicked(self):
        today = self._today
        self.new_requested.emit(today if today is not None and today.replace(day=1) == self.month else self.month)

    def focus_cell(self, index: int) -> None:
        """← and → walk the days as in the week, row after row."""
        if 0 <= index < len(self.cells):
            target = self.cells[index].posts
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            if target.count() and not target.selectedItems():
                target.setCurrentRow(0)

    def keep_keyboard_in(self, month: date) -> None:
        """After another month, a day of the grid that kept the keyboard but now shows the month before or after
        gives it to the month's first or last day (attack 38c, L6: Alt+→ left it on a grey 30 December)."""
        if not self.empty.isHidden():  # an empty month: its one button (38d, L3)
            give_keyboard(self.empty.button)
            return
        focus = QApplication.focusWidget()
        focused = next((cell for cell in self.cells if cell.isAncestorOf(focus)), None)  # its chips or its number
        if focused is not None and focused.posts.day.month == month.month:
            return
        own = [cell for cell in self.cells if cell.posts.day.month == month.month]
        self.focus_cell(self.cells.index(own[0] if focused is None or focused.posts.day < month else own[-1]))

    def focus_today(self, today: date) -> None:
        """The keyboard where the month starts: the empty month's button, today's day if shown, else the month's
        first day (not a day of the month before; attack 37c, L4)."""
        if not self.empty.isHidden():
            give_keyboard(self.empty.button)
            return
        own = [c for c in self.cells if c.posts.day.month == self.month.month]
        cell = next((c for c in own if c.posts.day == today), own[0])  # today only if in the month (37d, L1)
        self.focus_cell(self.cells.index(cell))

    def focused_list(self) -> PostList | None:
        """The chips of the day with the keyboard (on its chips or its number), if a day has it."""
        focus = QApplication.focusWidget()
        return next((cell.posts for cell in self.cells if focus is not None and cell.isAncestorOf(focus)), None)

    def focus_day(self, day: date, today: date) -> None:
        """The keyboard on `day` when the month shows it as one of its own days, else where the month starts."""
        cell = self.cell_of(day) if day.month == self.month.month and self.empty.isHidden() else None
        if cell is None:
            self.focus_today(today)
        else:  # the keyboard alone: the chips kept selected stay so, none is picked for the owner (39c, L2)
            cell.posts.setFocus(Qt.FocusReason.OtherFocusReason)

    def cell_of(self, day: date) -> MonthCell | None:
        return next((cell for cell in self.cells if cell.posts.day == day), None)
