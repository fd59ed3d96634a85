"""Seven day columns and the ideas list: post cards that can be dragged between days."""

import json
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QMimeData, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QVBoxLayout, QWidget)

from socialdesk.domain.calendar.week_plan import over_limit
from socialdesk.domain.posts import Post
from socialdesk.ui.calendar.card_thumbs import thumb_source
from socialdesk.ui.calendar.day_notes import closed_word, day_note_label, show_note, too_long_words
from socialdesk.ui.calendar.post_card import OVER_ROLE, POST_ROLE, THUMB_ROLE, PostCardDelegate, summary
from socialdesk.ui.calendar.post_ready import image_word
from socialdesk.ui.common.day_words import day_text
from socialdesk.ui.common.empty_state import EmptyState
from socialdesk.ui.common.keyboard_focus import give_keyboard
from socialdesk.ui.theme import spacing
from socialdesk.ui.theme.scroll_bar import SlimScrollBar
from socialdesk.ui.theme.style import tokens


MIME = "application/x-socialdesk-posts"
translate = QCoreApplication.translate


class PostList(QListWidget):
    """Cards of one day (day=None: the ideas); drops ask for a move (Ctrl: a copy)."""

    posts_dropped = Signal(list, object, bool)  # post ids, target day or None, copy
    post_activated = Signal(int)
    neighbour_requested = Signal(int)  # -1 left, +1 right
    new_requested = Signal(object)  # a double click on free space: a new post that day (None: an idea)

    SLIM_BAR = True  # a day's own scroll bar (a month's chips never show one: their "+N" says what is below)

    def __init__(self, day: date | None = None, parent=None):
        super().__init__(parent)
        self.day = day
        self.store = None  # the data file whose media folder the cards' thumbnails come from (None: no thumbnails)
        self.said: dict = {}  # the words of the cards' times, networks and statuses (see post_card.summary)
        self.setItemDelegate(PostCardDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setUniformItemSizes(True)
        self.setWordWrap(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._bar = SlimScrollBar(self) if self.SLIM_BAR else None  # a heavy day's bar, shown and hidden week by
        if self._bar is not None:  # week; part of the day: a card dropped on it lands on the day (attack 38, L2)
            self._bar.setAcceptDrops(True)
            self._bar.installEventFilter(self)
            self.setVerticalScrollBar(self._bar)
        self.itemActivated.connect(self._on_self_item_activated)

    def fill(self, posts: list[Post], limits: dict[str, int] | None = None, extras=None) -> None:
        """`extras`: each network's hashtags and signature, counted as the post dialog counts them."""
        if self.count():  # an empty list's clear still resets its view (a month fills 42 lists a switch)
            self.clear()
        label = image_word() if limits else ""
        for post in posts:
            over = over_limit(post, limits, extras, label) if limits else []
            warnings = too_long_words(over) if over else []
            item = QListWidgetItem(" · ".join([summary(post, self.said), *warnings]))
            item.setData(Qt.ItemDataRole.UserRole, post.id)
            item.setData(POST_ROLE, post)
            item.setData(OVER_ROLE, over)
            if post.image and self.store is not None:  # the image's file looked at once per fill, not per paint
                item.setData(THUMB_ROLE, thumb_source(self.store, post.image))
            item.setToolTip("\n".join([*warnings, post.text[:500]]) if warnings else post.text[:500])
            self.addItem(item)

    def selected_ids(self) -> list[int]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self.selectedItems()]

    def rows_of(self, ids: set) -> list[QListWidgetItem]:
        return [item for item in map(self.item, range(self.count())) if item.data(Qt.ItemDataRole.UserRole) in ids]

    def select_id(self, post_id: int) -> bool:
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == post_id:
                self.setCurrentRow(row)
                return True
        return False

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        handler = {QEvent.Type.DragEnter: self.dragEnterEvent, QEvent.Type.DragMove: self.dragMoveEvent,
                   QEvent.Type.Drop: self.dropEvent}.get(event.type()) if watched is self._bar else None
        if handler is None:
            return super().eventFilter(watched, event)
        handler(event)
        return True

    def mimeTypes(self):
        return [MIME]

    def mimeData(self, items):
        data = QMimeData()
        data.setData(MIME, json.dumps([i.data(Qt.ItemDataRole.UserRole) for i in items]).encode())
        return data

    def supportedDropActions(self):
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def dragEnterEvent(self, event):
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event):
        self.dragEnterEvent(event)

    def dropEvent(self, event):
        if not event.mimeData().hasFormat(MIME):
            event.ignore()
            return
        ids = json.loads(bytes(event.mimeData().data(MIME)).decode())
        copy = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        # Report a copy to Qt so the source list never removes rows itself; the store decides.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        QTimer.singleShot(0, lambda: self.posts_dropped.emit(ids, self.day, copy))

    def keyPressEvent(self, event):
        if event.modifiers() == Qt.KeyboardModifier.NoModifier and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.neighbour_requested.emit(-1 if event.key() == Qt.Key.Key_Left else 1)
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event):
        if self.itemAt(event.position().toPoint()) is None:
            self.new_requested.emit(self.day)
            return
        super().mouseDoubleClickEvent(event)

    def _on_self_item_activated(self, item):
        """Enter or a double click opens the post, when it is selected: the keyboard's current chip left unselected
        (Ctrl+click, Ctrl+arrows) is not what the owner picked, as for the other post keys (attack 41, L1)."""
        if item.isSelected():
            self.post_activated.emit(item.data(Qt.ItemDataRole.UserRole))


class IdeasList(PostList):
    """The ideas without a day. Empty, it says what it is for in its own space (attack 37, L3): the "New idea"
    button under it is the one way to add one."""

    def __init__(self, parent=None):
        super().__init__(None, parent)
        self.placeholder = self.tr("No idea waiting. An idea without a day waits here until you drag it onto one.")
        self.setAccessibleDescription(self.placeholder)

    def fill(self, posts, limits=None, extras=None) -> None:
        super().fill(posts, limits, extras)
        self.setAccessibleDescription("" if posts else self.placeholder)

    def paintEvent(self, event):
        super().paintEvent(event)
        if self.count():
            return
        painter = QPainter(self.viewport())
        painter.setPen(QColor(tokens(self.palette()).secondary))
        room = self.viewport().rect().adjusted(spacing.M, spacing.M, -spacing.M, -spacing.M)
        painter.drawText(room, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap,
                         self.placeholder)
        painter.end()


class DayColumn(QFrame):
    """A day of the week on a rounded card drawn from the palette, today outlined and dated in the accent, "Closed"
    in the warning colour. No stylesheet: seven styled columns and their children cost each start on the calendar
    and each week switch (a change of today's outline repolished them)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.today = False
        self.setContentsMargins(*(spacing.BORDER,) * 4)  # today's wider outline takes from the margin: lists stay level
        layout = QVBoxLayout(self)
        layout.setContentsMargins(spacing.XS, spacing.XS, spacing.XS, spacing.XS)
        layout.setSpacing(spacing.XS // 2)
        self.header = QLabel(self)
        self.header.setObjectName("dayHeader")
        self.header.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.closed = QLabel(self)  # "Closed": a closure or a date the shop answered closed
        self.closed.setObjectName("dayClosed")
        self.closed.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bold = self.closed.font()
        bold.setBold(True)
        self.closed.setFont(bold)
        self.closed.hide()
        self.note = day_note_label(self)  # holidays, shop dates, "nothing planned"
        self.posts = PostList(None, self)
        self.posts.setFrameShape(QFrame.Shape.NoFrame)
        self.posts.viewport().setAutoFillBackground(False)  # the cards sit on the column
        layout.addWidget(self.header)
        layout.addWidget(self.closed)
        layout.addWidget(self.note)
        layout.addWidget(self.posts, 1)
        self._set_today(False)

    def _border(self) -> int:
        return 2 if self.today else spacing.BORDER

    def _set_today(self, today: bool) -> None:
        self.today = today
        self._colour_words()
        font = self.header.font()
        font.setBold(today)
        self.header.setFont(font)
        self.update()

    def _colour_words(self) -> None:
        colours = tokens(self.palette())
        for label, colour in ((self.header, colours.accent if self.today else None), (self.closed, colours.warning)):
            palette = QPalette()  # only the words' colour set: the rest follows the column
            if colour is not None:
                palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
            label.setPalette(palette)

    def changeEvent(self, event):
        if event.type() == QEvent.Type.PaletteChange:  # a change of theme: the accent and warning of the new one
            self._colour_words()
        super().changeEvent(event)

    def paintEvent(self, event):
        colours = tokens(self.palette())
        border = self._border()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(colours.accent if self.today else colours.border), border))
        # the outline only: the column's face is the window's colour, which the page behind already paints (filling
        # it again, antialiased, took 50 µs a column, 0.35 ms a week switch; the gallery is the same to the pixel)
        half = border / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half),
                                spacing.CARD_RADIUS, spacing.CARD_RADIUS)

    def show_day(self, day: date, posts: list[Post], today: date, note=None, limits=None, extras=None,
                 closed: bool = False) -> None:
        """`closed`: the shop is shut that day (a closure, a date answered closed), said under the date."""
        locale = QLocale()
        self.posts.day = day
        name = locale.dayName(day.isoweekday(), QLocale.FormatType.LongFormat)
        label = f"{name[:1].upper()}{name[1:]}\n{day_text(day, 'd MMMM', locale)}"
        if self.header.text() != label:  # each setter that changes nothing would still lay the week out again
            self.header.setText(label)
        if self.today != (day == today):
            self._set_today(day == today)
        closed_words = closed_word()
        if self.closed.text() != (closed_words if closed else ""):
            self.closed.setText(closed_words if closed else "")
        self.posts.setAccessibleName(" ".join([label.replace("\n", " "), *([closed_words] if closed else []),
                                               *show_note(self.note, note)]))
        self.posts.fill(posts, limits, extras)


    def keep_closed_line(self, line: bool, closed: bool) -> None:
        """The "Closed" line: shown on a closed day; an open day of the same week keeps its room but paints
        nothing (a week with a weekly closing day shows the line every week: painting seven labels cost the switch
        0.5 ms); no room at all in a week with no closed day."""
        policy = self.closed.sizePolicy()
        if policy.retainSizeWhenHidden() != line:
            policy.setRetainSizeWhenHidden(line)
            self.closed.setSizePolicy(policy)
        if self.closed.isVisibleTo(self) != closed:
            self.closed.setVisible(closed)


class WeekView(QWidget):
    """Seven reusable columns; `show_week` only refills them (a week switch must be instant)."""

    posts_dropped = Signal(list, object, bool)
    post_activated = Signal(int)
    new_requested = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(spacing.S)
        self.empty = EmptyState("emptyWeek", self, primary=False)  # "New post" is the week's accent button
        self.empty.set_words(self.tr("Nothing planned this week yet. One post is enough to start: a new product, "
                                     "a face of the shop, an event."), self.tr("Pl&an a post…"))
        self.empty.button.clicked.connect(self._on_empty_button_clicked)
        outer.addWidget(self.empty)
        layout = QHBoxLayout()
        layout.setSpacing(spacing.XS)
        outer.addLayout(layout, 1)
        self.columns = [DayColumn(self) for _ in range(7)]
        for index, column in enumerate(self.columns):
            layout.addWidget(column, 1)
            column.posts.posts_dropped.connect(self.posts_dropped)
            column.posts.post_activated.connect(self.post_activated)
            column.posts.new_requested.connect(self.new_requested)
            column.posts.neighbour_requested.connect(lambda step, i=index: self.focus_column(i + step))
        self.days: list[date] = []

    def show_week(self, days: list[date], posts: list[Post], today: date, notes=None, limits=None,
                  extras=None, closed=frozenset()) -> None:
        """`closed`: the days the shop is shut (computed once for the week, see day_notes.shut_and_closed)."""
        self.days = days
        by_day: dict[date, list[Post]] = {day: [] for day in days}
        for post in posts:
            by_day.setdefault(post.day, []).append(post)
        for column, day in zip(self.columns, days):
            column.show_day(day, by_day[day], today, (notes or {}).get(day), limits, extras, day in closed)
        shown = any(day in closed for day in days)  # every day keeps the line, so the post lists start level
        for column, day in zip(self.columns, days):
            column.keep_closed_line(shown, day in closed)
        self._align_notes()
        self._today = today
        self.empty.setVisible(not posts)

    def lay_out_now(self) -> None:
        """Give the lists their size for this week's notes now, so that Qt paints their cards once, in place."""
        if self.isVisible():
            self.layout().activate()
            for column in self.columns:
                column.layout().activate()
                column.posts.doItemsLayout()

    def _on_empty_button_clicked(self):
        self.new_requested.emit(self._today if self._today in self.days else self.days[0])

    def _align_notes(self) -> None:
        """A note on one day gives every day the same room, so the week's post lists start level."""
        shown = any(column.note.text() for column in self.columns)
        height = max((column.note.heightForWidth(column.posts.width()) for column in self.columns), default=0)
        for column in self.columns:
            column.note.setVisible(shown)
            if shown:
                column.note.setFixedHeight(height)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._align_notes()  # narrower columns wrap a note onto more lines

    def lists(self) -> list[PostList]:
        return [column.posts for column in self.columns]

    def focus_column(self, index: int) -> None:
        if 0 <= index < 7:
            target = self.columns[index].posts
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            if target.count() and not target.selectedItems():
                target.setCurrentRow(0)

    def focus_today(self) -> None:
        """The keyboard where the week starts: the empty week's button, or today's day (the week's first if not in
        it) — never the page itself, which shows no focus (attack 37, L5)."""
        if not self.empty.isHidden():
            give_keyboard(self.empty.button)
        else:
            self.focus_column(self.days.index(self._today) if self._today in self.days else 0)

    def focused_list(self) -> PostList | None:
        for posts in self.lists():
            if posts.hasFocus():
                return posts
        return None
