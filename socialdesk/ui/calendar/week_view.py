"""Seven day columns and the ideas list: post cards that can be dragged between days."""

import json
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, QMimeData, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QStyle, QStyledItemDelegate, QVBoxLayout, QWidget)

from socialdesk.domain.calendar.week_plan import over_limit
from socialdesk.domain.posts import Post
from socialdesk.ui.calendar.day_notes import day_note_label, draw_too_long, place_too_long, show_note, too_long_words
from socialdesk.ui.calendar.icons import network_name, network_pixmap
from socialdesk.ui.calendar.card_layout import network_row, status_text, wrapped
from socialdesk.ui.calendar.card_thumbs import draw_thumb
from socialdesk.ui.calendar.colours import status_color
from socialdesk.ui.calendar.labels import STATUSES
from socialdesk.ui.calendar.post_ready import image_word
from socialdesk.ui.common.day_words import day_text
from socialdesk.ui.common.empty_state import EmptyState
from socialdesk.ui.theme import spacing
from socialdesk.ui.theme.style import tokens

MIME = "application/x-socialdesk-posts"
translate = QCoreApplication.translate
POST_ROLE = Qt.ItemDataRole.UserRole + 1
OVER_ROLE = Qt.ItemDataRole.UserRole + 2  # the networks whose text is too long: list of Count
_CARDS: dict[tuple, QPixmap] = {}  # a card's drawn background by size, colours and screen scale
TEXT_ROWS = 4  # lines of the post's text under the time and status rows (issue 15: at least 4 at 1366x768)


def time_text(post: Post) -> str:
    return QLocale().toString(post.time, QLocale.FormatType.ShortFormat) if post.time else ""


def summary(post: Post) -> str:
    """What a screen reader says for a card: time, networks, status, first line."""
    parts = [time_text(post), ", ".join(network_name(k) for k in post.networks), STATUSES[post.status],
             post.first_line]
    return " · ".join(p for p in parts if p)


class PostCardDelegate(QStyledItemDelegate):
    """A card: status stripe and word, time, network chips (with names when they fit whole), four lines of text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._lines: dict[tuple, tuple[str, ...]] = {}  # a card's wrapped text lines, by text, width and font
        self._font_cache = None
        self._widths: dict[str, dict[str, int]] = {}  # the words' advances by font key (see card_layout.wrapped)

    def sizeHint(self, option, index):
        line = QFontMetrics(option.font).lineSpacing()
        return QSize(120, line * (2 + TEXT_ROWS) + spacing.M)

    def paint(self, painter, option, index):
        post: Post = index.data(POST_ROLE)
        if post is None:
            return super().paint(painter, option, index)
        painter.save()
        theme = tokens(option.palette)  # once per card: the card's fill and light or dark
        dark = theme.dark
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = option.rect.adjusted(spacing.XS // 2, spacing.XS // 2, -spacing.XS // 2, -spacing.XS // 2)
        color = status_color(post.status, dark)
        self._draw_card(painter, option, rect, color, selected, QColor(theme.card))
        inner = rect.adjusted(spacing.EDGE + spacing.S, spacing.XS // 2, -spacing.XS // 2, 0)
        metrics, bold, bold_metrics = self._fonts(option.font)
        line = metrics.lineSpacing()
        store = getattr(option.widget, "store", None)  # a list of this week's or the ideas' cards
        word = STATUSES[post.status]  # the thumbnail only when the time and status still fit whole beside it
        clock = time_text(post)
        head = inner
        if post.image:
            room = max(self._bold_width(word), self._bold_width(clock))
            head = draw_thumb(painter, store, post.image, inner, line, room)  # the top two rows, beside the image
        x = inner.left()
        painter.setPen(option.palette.color(text_role))
        if clock:
            painter.setFont(bold)
            painter.drawText(QRect(x, inner.top(), head.width(), line), Qt.AlignmentFlag.AlignLeft, clock)
            x += self._bold_width(clock) + 6
        painter.setFont(option.font)
        self._draw_networks(painter, post, metrics, QRect(x, inner.top(), head.right() - x, line), self._rows)
        series = word + ("  ↻" if post.series_id else "")
        image = " · " + translate("PostCardDelegate", "image") if post.image and head == inner else ""
        forms = (series + image, series, word)
        status, status_font = self._status.get((forms, head.width())) or self._status_text(forms, bold, head.width())
        if not selected:
            painter.setPen(color)
        painter.setFont(status_font)
        painter.drawText(QRect(inner.left(), inner.top() + line, head.width(), line), Qt.AlignmentFlag.AlignLeft,
                         status)
        rows = TEXT_ROWS
        if index.data(OVER_ROLE):
            last = QRect(inner.left(), inner.top() + (1 + TEXT_ROWS) * line, inner.width(), line)
            room, words = place_too_long(bold_metrics, QRect(inner.left(), inner.top() + line, head.width(), line),
                                         bold_metrics.horizontalAdvance(status + "  "), last)
            draw_too_long(painter, room, words, dark)
            rows -= room.top() > inner.top() + line  # the warning took the text's last line
        painter.setFont(option.font)
        painter.setPen(option.palette.color(text_role))
        self._draw_text(painter, post, metrics, self._font_cache[0],
                        QRect(inner.left(), inner.top() + 2 * line, inner.width(), rows * line))
        painter.restore()

    @staticmethod
    def _draw_card(painter, option, rect: QRect, color: QColor, selected: bool, card: QColor):
        """A rounded card with a 1 px border and its status as a coloured left edge (drawn once per look)."""
        palette = option.palette
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        fill = palette.color(QPalette.ColorRole.Highlight) if selected else card
        line = palette.color(QPalette.ColorRole.Highlight if selected or focused else QPalette.ColorRole.Mid)
        ratio = painter.device().devicePixelRatioF()
        key = (rect.width(), rect.height(), color.rgba(), fill.rgba(), line.rgba(), ratio)
        pixmap = _CARDS.get(key)
        if pixmap is None:
            if len(_CARDS) > 256:
                _CARDS.clear()
            pad = 1  # the antialiased border spills half a pixel past the card
            pixmap = _CARDS[key] = QPixmap(round((rect.width() + 2 * pad) * ratio),
                                           round((rect.height() + 2 * pad) * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            card_painter = QPainter(pixmap)
            PostCardDelegate._card_shapes(card_painter, QRect(pad, pad, rect.width(), rect.height()), color, fill, line)
            card_painter.end()
        painter.drawPixmap(rect.left() - 1, rect.top() - 1, pixmap)

    @staticmethod
    def _card_shapes(painter, rect: QRect, color: QColor, fill: QColor, line: QColor):
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        painter.setPen(line)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect.adjusted(0, 0, -spacing.BORDER, -spacing.BORDER), spacing.CHIP_RADIUS,
                                spacing.CHIP_RADIUS)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(QRect(rect.left(), rect.top(), spacing.EDGE + spacing.CHIP_RADIUS, rect.height()),
                                spacing.CHIP_RADIUS, spacing.CHIP_RADIUS)
        painter.setBrush(fill)  # square off the edge's inner side: a stripe, not a pill
        painter.drawRect(QRect(rect.left() + spacing.EDGE, rect.top() + spacing.BORDER, spacing.CHIP_RADIUS,
                               rect.height() - 2 * spacing.BORDER - 1))
        painter.setRenderHint(painter.RenderHint.Antialiasing, False)

    def _fonts(self, font: QFont) -> tuple[QFontMetrics, QFont, QFontMetrics]:
        """The card's fonts and metrics, made once per font rather than once per card."""
        cached = self._font_cache
        if cached is None or cached[4] != font:  # comparing fonts is cheaper than spelling out their key
            bold = QFont(font)
            bold.setBold(True)
            self._font_cache = cached = (font.key(), QFontMetrics(font), bold, QFontMetrics(bold), QFont(font))
            # measures that depend on the font alone, kept until it changes: a new week's cards are mostly new
            # texts, but their times, statuses and networks are the same few
            self._bold_widths: dict[str, int] = {}  # times and statuses in bold
            self._status: dict[tuple, tuple[str, QFont]] = {}  # the status form that fits, by forms and width
            self._rows: dict[tuple, tuple[int, str]] = {}  # the network chips and words that fit, by networks and width
        return cached[1], cached[2], cached[3]

    def _bold_width(self, text: str) -> int:
        width = self._bold_widths.get(text)
        if width is None:
            if len(self._bold_widths) > 500:
                self._bold_widths.clear()
            width = self._bold_widths[text] = self._font_cache[3].horizontalAdvance(text)
        return width

    def _status_text(self, forms: tuple[str, ...], bold: QFont, width: int) -> tuple[str, QFont]:
        if len(self._status) > 500:
            self._status.clear()
        chosen = self._status[(forms, width)] = status_text(forms, bold, width)  # never "Pr…"
        return chosen

    @staticmethod
    def _draw_networks(painter, post: Post, metrics: QFontMetrics, rect: QRect, rows: dict | None = None):
        """The networks' chips, then their names when those fit whole (see network_row); `rows` keeps what fits
        by networks and width."""
        x = rect.left()
        ratio = painter.device().devicePixelRatioF()
        side = max(spacing.CHIP, metrics.ascent())
        key = (post.networks, rect.width())
        fits = rows.get(key) if rows is not None else None
        if fits is None:
            fits = network_row(post, metrics, rect.width())
            if rows is not None:
                if len(rows) > 500:
                    rows.clear()
                rows[key] = fits
        shown, words = fits
        for key in post.networks[:shown]:
            painter.drawPixmap(x, rect.top() + max(0, (rect.height() - side) // 2), network_pixmap(key, side, ratio))
            x += side + spacing.XS // 2
        if words:
            painter.drawText(QRect(x + 2, rect.top(), max(0, rect.right() - x), rect.height()),
                             Qt.AlignmentFlag.AlignLeft, words)

    def text_lines(self, post: Post, metrics: QFontMetrics, font_key: str, width: int, rows: int) -> tuple[str, ...]:
        """The card's text as drawn in `rows` lines of `width`: wrapped at words, the last one elided."""
        key = (post.text, width, rows, font_key)
        lines = self._lines.get(key)
        if lines is None:  # wrapping measures word by word: once per text, width and font, not on every paint
            if len(self._lines) > 2000:
                self._lines.clear()
            if font_key not in self._widths and len(self._widths) > 4:
                self._widths.clear()
            lines = self._lines[key] = wrapped(post.text, metrics, width, rows, self._widths.setdefault(font_key, {}))
        return lines

    def card_text_lines(self, post: Post, font: QFont, card_width: int, over: bool = False) -> tuple[str, ...]:
        """What a card `card_width` wide shows of the text (the layout paint uses), warning row included."""
        metrics = self._fonts(font)[0]
        inner = QRect(0, 0, card_width, 1).adjusted(spacing.XS // 2, 0, -spacing.XS // 2, 0).adjusted(
            spacing.EDGE + spacing.S, 0, -spacing.XS // 2, 0)
        return self.text_lines(post, metrics, self._font_cache[0], inner.width(), TEXT_ROWS - over)

    def _draw_text(self, painter, post: Post, metrics: QFontMetrics, font_key: str, rect: QRect):
        """As many lines of the text as the rect holds, one under the other."""
        line = metrics.lineSpacing()
        lines = self.text_lines(post, metrics, font_key, rect.width(), max(1, rect.height() // line))
        for row, words in enumerate(lines):
            painter.drawText(QRect(rect.left(), rect.top() + row * line, rect.width(), line),
                             Qt.AlignmentFlag.AlignLeft, words)


class PostList(QListWidget):
    """Cards of one day (day=None: the ideas); drops ask for a move (Ctrl: a copy)."""

    posts_dropped = Signal(list, object, bool)  # post ids, target day or None, copy
    post_activated = Signal(int)
    neighbour_requested = Signal(int)  # -1 left, +1 right
    new_requested = Signal(object)  # a double click on free space: a new post that day (None: an idea)

    def __init__(self, day: date | None = None, parent=None):
        super().__init__(parent)
        self.day = day
        self.store = None  # the data file whose media folder the cards' thumbnails come from (None: no thumbnails)
        self.setItemDelegate(PostCardDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setUniformItemSizes(True)
        self.setWordWrap(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemActivated.connect(self._on_self_item_activated)

    def fill(self, posts: list[Post], limits: dict[str, int] | None = None, extras=None) -> None:
        """`extras`: each network's hashtags and signature, counted as the post dialog counts them."""
        self.clear()
        label = image_word() if limits else ""
        for post in posts:
            over = over_limit(post, limits, extras, label) if limits else []
            item = QListWidgetItem(" · ".join([summary(post), *too_long_words(over)]))
            item.setData(Qt.ItemDataRole.UserRole, post.id)
            item.setData(POST_ROLE, post)
            item.setData(OVER_ROLE, over)
            item.setToolTip("\n".join([*too_long_words(over), post.text[:500]]))
            self.addItem(item)

    def selected_ids(self) -> list[int]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self.selectedItems()]

    def select_id(self, post_id: int) -> bool:
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == post_id:
                self.setCurrentRow(row)
                return True
        return False

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
        self.post_activated.emit(item.data(Qt.ItemDataRole.UserRole))


class DayColumn(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)  # drawn by the theme's stylesheet: a rounded card
        layout = QVBoxLayout(self)
        layout.setContentsMargins(spacing.XS, spacing.XS, spacing.XS, spacing.XS)
        layout.setSpacing(spacing.XS // 2)
        self.header = QLabel(self)
        self.header.setObjectName("dayHeader")
        self.header.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.closed = QLabel(self)  # "Closed": a closure or a date the shop answered closed
        self.closed.setObjectName("dayClosed")
        self.closed.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.closed.hide()
        self.note = day_note_label(self)  # holidays, shop dates, "nothing planned"
        self.posts = PostList(None, self)
        layout.addWidget(self.header)
        layout.addWidget(self.closed)
        layout.addWidget(self.note)
        layout.addWidget(self.posts, 1)

    def show_day(self, day: date, posts: list[Post], today: date, note=None, limits=None, extras=None,
                 closed: bool = False) -> None:
        """`closed`: the shop is shut that day (a closure, a date answered closed), said under the date."""
        locale = QLocale()
        self.posts.day = day
        name = locale.dayName(day.isoweekday(), QLocale.FormatType.LongFormat)
        label = f"{name[:1].upper()}{name[1:]}\n{day_text(day, 'd MMMM', locale)}"
        if self.header.text() != label:  # each setter that changes nothing would still lay the week out again
            self.header.setText(label)
        if self.property("today") != (day == today):  # the stylesheet outlines today in the accent
            self.setProperty("today", day == today)
            for widget in (self, self.header):  # the header's colour comes from the column's property too
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        if self.header.font().bold() != (day == today):
            font = self.header.font()
            font.setBold(day == today)
            self.header.setFont(font)
        closed_word = translate("CalendarDays", "Closed", "under a day's date: the shop is closed that day")
        if self.closed.text() != (closed_word if closed else ""):
            self.closed.setText(closed_word if closed else "")
        self.posts.setAccessibleName(" ".join([label.replace("\n", " "), *([closed_word] if closed else []),
                                               *show_note(self.note, note)]))
        self.posts.fill(posts, limits, extras)


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
                                     "a face of the shop, an event."), self.tr("Plan a p&ost…"))
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
        """`closed`: the days the shop is shut (computed once for the week, see day_notes.shut_days)."""
        self.days = days
        by_day: dict[date, list[Post]] = {day: [] for day in days}
        for post in posts:
            by_day.setdefault(post.day, []).append(post)
        for column, day in zip(self.columns, days):
            column.show_day(day, by_day[day], today, (notes or {}).get(day), limits, extras, day in closed)
        shown = any(day in closed for day in days)  # every day keeps the line, so the post lists start level
        for column in self.columns:
            if column.closed.isVisibleTo(self) != shown:
                column.closed.setVisible(shown)
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

    def focused_list(self) -> PostList | None:
        for posts in self.lists():
            if posts.hasFocus():
                return posts
        return None
