"""The month grid: a cell a day with its posts as small chips, holes and days off marked, cards dragged between days."""

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QLocale, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (QFrame, QGridLayout, QLabel, QSizePolicy, QStyle, QStyledItemDelegate, QToolButton, QVBoxLayout,
                               QWidget)

from socialdesk.domain.posts import Post
from socialdesk.domain.weeks import week_start
from socialdesk.ui.calendar.icons import network_pixmap
from socialdesk.ui.calendar.week_view import POST_ROLE, PostList, time_text
from socialdesk.ui.common.day_words import day_text
from socialdesk.ui.common.words import fill
from socialdesk.ui.theme import spacing
from socialdesk.ui.theme.style import tokens
from socialdesk.ui.theme.type import Type, font

translate = QCoreApplication.translate
ROWS = 6  # the most weeks a month touches


def month_days(month: date, first_weekday: int) -> list[date]:
    """The days of the grid showing `month`: whole weeks from the one of its 1st to the one of its last day."""
    first = month.replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    start = week_start(first, first_weekday)
    count = ((last - start).days // 7 + 1) * 7
    return [start + timedelta(days=i) for i in range(count)]


class ChipDelegate(QStyledItemDelegate):
    """A post as one line: its first network's chip (the network's colour), its time and its first words."""

    def sizeHint(self, option, index):
        return QSize(60, QFontMetrics(option.font).height() + spacing.XS)

    def paint(self, painter, option, index):
        post: Post = index.data(POST_ROLE)
        if post is None:
            return super().paint(painter, option, index)
        painter.save()
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect = option.rect.adjusted(1, 1, -1, -1)
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        painter.setPen(palette.color(QPalette.ColorRole.Highlight if selected or option.state
                                     & QStyle.StateFlag.State_HasFocus else QPalette.ColorRole.Mid))
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight) if selected else QColor(tokens(palette).card))
        painter.drawRoundedRect(rect, spacing.CHIP_RADIUS, spacing.CHIP_RADIUS)
        metrics = QFontMetrics(option.font)
        side = min(rect.height() - 2, max(spacing.CHIP - 2, metrics.ascent()))
        x = rect.left() + spacing.XS
        if post.networks:
            painter.drawPixmap(x, rect.top() + (rect.height() - side) // 2,
                               network_pixmap(post.networks[0], side, painter.device().devicePixelRatioF()))
            x += side + spacing.XS
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        clock = time_text(post)
        if clock:
            bold = QFont(option.font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.drawText(QRect(x, rect.top(), rect.right() - x, rect.height()), Qt.AlignmentFlag.AlignVCenter,
                             clock)
            x += QFontMetrics(bold).horizontalAdvance(clock) + spacing.XS
            painter.setFont(option.font)
        words = metrics.elidedText(" ".join(post.text[:200].split()), Qt.TextElideMode.ElideRight,
                                   max(0, rect.right() - x - spacing.XS))
        painter.drawText(QRect(x, rect.top(), rect.right() - x, rect.height()), Qt.AlignmentFlag.AlignVCenter, words)
        painter.restore()


class MonthCell(QFrame):
    """One day: its number (a click opens its week), a mark line, its chips."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(spacing.XS // 2, spacing.XS // 2, spacing.XS // 2, spacing.XS // 2)
        layout.setSpacing(0)
        self.button = QToolButton(self)
        self.button.setObjectName("monthDay")
        self.button.setAutoRaise(True)
        self.mark = QLabel(self)
        self.mark.setObjectName("monthMark")
        self.mark.setFont(font(Type.CAPTION, self.mark.font()))
        self.mark.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.posts = PostList(None, self)
        self.posts.setItemDelegate(ChipDelegate(self.posts))
        self.posts.setSpacing(0)
        top = QWidget(self)
        row = QGridLayout(top)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button, 0, 0)
        row.addWidget(self.mark, 0, 1)
        row.setColumnStretch(1, 1)
        layout.addWidget(top)
        layout.addWidget(self.posts, 1)

    def show_day(self, day: date, posts: list[Post], flags: dict, marks: list[str], limits) -> None:
        locale = QLocale()
        self.posts.day = day
        self.button.setText(day_text(day, "d MMM", locale) if day.day == 1 else str(day.day))
        name = locale.dayName(day.isoweekday(), QLocale.FormatType.LongFormat)
        spoken = f"{name} {day_text(day, 'd MMMM yyyy', locale)}"
        self.button.setAccessibleName(fill(translate("MonthView", "Open the week of %1"), spoken))
        self.button.setToolTip(self.button.accessibleName())
        self.mark.setText(" · ".join(marks))  # clipped by the cell: the tooltip and the spoken name say all
        self.mark.setToolTip("\n".join(marks))
        changed = False
        for key, value in flags.items():  # the stylesheet draws today, holes and the days of other months
            if self.property(key) != value:
                self.setProperty(key, value)
                changed = True
        if changed:
            self.style().unpolish(self)
            self.style().polish(self)
        count = translate("MonthView", "%n post(s)", "", len(posts)) if posts else translate("MonthView", "no post")
        self.posts.setAccessibleName(" · ".join([spoken, count, *marks]))
        self.posts.fill(posts, limits)


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
        self.names = [QLabel(self) for _ in range(7)]
        for column, label in enumerate(self.names):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(label, 0, column)
            grid.setColumnStretch(column, 1)
        self.cells = [MonthCell(self) for _ in range(ROWS * 7)]
        for index, cell in enumerate(self.cells):
            grid.addWidget(cell, 1 + index // 7, index % 7)
            cell.posts.posts_dropped.connect(self.posts_dropped)
            cell.posts.post_activated.connect(self.post_activated)
            cell.posts.new_requested.connect(self.new_requested)
            cell.button.clicked.connect(lambda _=False, c=cell: self.day_opened.emit(c.posts.day))
        for row in range(ROWS):
            grid.setRowStretch(1 + row, 1)
        self.days: list[date] = []

    def show_month(self, month: date, days: list[date], posts: list[Post], today: date, marks: dict,
                   holes: set, limits=None) -> None:
        self.days = days
        locale = QLocale()
        for label, day in zip(self.names, days):
            label.setText(locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat))
        by_day: dict[date, list[Post]] = {day: [] for day in days}
        for post in posts:
            by_day.setdefault(post.day, []).append(post)
        for cell, day in zip(self.cells, days):
            flags = {"today": day == today, "hole": day in holes, "outside": day.month != month.month}
            cell.show_day(day, by_day[day], flags, marks.get(day, []), limits)
        for index, cell in enumerate(self.cells):
            cell.setVisible(index < len(days))

    def lists(self) -> list[PostList]:
        return [cell.posts for cell in self.cells[:len(self.days)]]

    def cell_of(self, day: date) -> MonthCell | None:
        return next((cell for cell in self.cells if cell.posts.day == day and cell.isVisible()), None)
