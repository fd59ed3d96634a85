"""A month's chips: a post as one line (its first network's chip, its time, its first words), cut as Qt cuts them,
on a rounded card drawn once per size and colours; the day's list of them."""

from functools import lru_cache

from PySide6.QtCore import QModelIndex, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAccessible, QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QListWidget, QStyle, QStyledItemDelegate

from socialdesk.domain.posts import Post
from socialdesk.ui.calendar.card_layout import elision_start
from socialdesk.ui.calendar.icons import network_pixmap
from socialdesk.ui.calendar.post_card import POST_ROLE, time_text
from socialdesk.ui.calendar.week_view import PostList
from socialdesk.ui.theme import spacing
from socialdesk.ui.theme.style import tokens


class Chips:
    """How a month's chips are drawn: a post as one line, its first network's chip (the network's colour), its time
    and its first words. One for the 42 days of a month, which paint about a hundred new chips a switch: what
    repeats from chip to chip and from day to day (the colours, the times' words and advances, the fonts, the
    words' advances, the cut words) is worked out once, and a chip's words are cut from a start of its text a
    little longer than the chip can show, not from its first 80 characters (see elided_words)."""

    def __init__(self):
        self._fonts: tuple | None = None  # (font, metrics, bold): made once, not per chip
        self._words: dict[tuple, str] = {}  # a chip's elided words by text and width (emptied with the font)
        self._widths: dict[str, int] = {}  # each word's advance (card_layout.wrapped's; emptied with the font)
        self._clocks: dict = {}  # a time's words and advance in bold (the window is rebuilt in another language)
        self._colours: tuple | None = None  # the palette's key and the chip's colours in it
        self.said: dict = {}  # the words of the chips' times, networks and statuses, spoken (post_card.summary)

    def fonts_for(self, font: QFont) -> tuple:
        if self._fonts is None or self._fonts[0] != font:
            bold = QFont(font)
            bold.setBold(True)
            self._fonts = (QFont(font), QFontMetrics(font), bold)
            self._words.clear()
            self._widths.clear()
            self._clocks.clear()
        return self._fonts

    def height(self, font: QFont) -> int:
        return self.fonts_for(font)[1].height() + spacing.XS

    def _colours_of(self, palette: QPalette) -> tuple:
        """(card, line, focus line, highlight, text, highlighted text) as RGBA and colours, per palette."""
        if self._colours is None or self._colours[0] != palette.cacheKey():
            role = QPalette.ColorRole
            self._colours = (palette.cacheKey(), QColor(tokens(palette).card).rgba(), palette.color(role.Mid).rgba(),
                             palette.color(role.Highlight), palette.color(role.Text),
                             palette.color(role.HighlightedText))
        return self._colours

    def _elided(self, text: str, metrics: QFontMetrics, width: int) -> str:
        key = (text, width)  # the caches empty when the font changes
        words = self._words.get(key)
        if words is None:
            if len(self._words) > 4000:
                self._words.clear()
            if len(self._widths) > 20000:
                self._widths.clear()
            words = self._words[key] = elided_words(text, metrics, max(0, width), self._widths)
        return words

    def _clock(self, post: Post, bold: QFont) -> tuple[str, int]:
        """A time's words and their advance in bold."""
        clock = self._clocks.get(post.time)
        if clock is None:
            words = time_text(post)
            clock = self._clocks[post.time] = (words, QFontMetrics(bold).horizontalAdvance(words))
        return clock

    def paint(self, painter: QPainter, rows: list[tuple[QRect, Post, bool, bool]], palette: QPalette, font: QFont,
              ratio: float) -> None:
        """Chips, each as (its list's whole row, its post, selected, focused): a chip leaves a pixel around it. The
        cards and network chips first, then the times in bold, then the words: the painter changes font twice for
        a day, not twice a chip."""
        _key, card, mid, highlight, text, highlighted = self._colours_of(palette)
        font, metrics, bold = self.fonts_for(font)
        side = None
        places = []  # (x, baseline, post, selected, right edge) of each chip's words
        for item, post, selected, focused in rows:
            rect = item.adjusted(1, 1, -1, -1)
            line = highlight.rgba() if selected or focused else mid
            painter.drawPixmap(rect.topLeft(), rounded(rect.width(), rect.height(),
                                                       highlight.rgba() if selected else card, line, 1, False, ratio))
            top, height = rect.top(), rect.height()
            side = side or min(height - 2, max(spacing.CHIP - 2, metrics.ascent()))
            x = rect.left() + spacing.XS
            if post.networks:
                painter.drawPixmap(x, top + (height - side) // 2, network_pixmap(post.networks[0], side, ratio))
                x += side + spacing.XS
            baseline = top + (height - metrics.height()) // 2 + metrics.ascent()  # a line of the font's height
            places.append([x, baseline, post, selected, rect.right()])
        painter.setFont(bold)
        for place in places:
            x, baseline, post, selected, _right = place
            clock, clock_width = self._clock(post, bold) if post.time else ("", 0)
            if clock:
                painter.setPen(highlighted if selected else text)
                painter.drawText(x, baseline, clock)
                place[0] = x + clock_width + spacing.XS
        painter.setFont(font)
        for x, baseline, post, selected, right in places:
            painter.setPen(highlighted if selected else text)
            painter.drawText(x, baseline, self._elided(post.text, metrics, right - x - spacing.XS))


class ChipDelegate(QStyledItemDelegate):
    """A chip's height for the list's layout, and a chip drawn where Qt draws items itself (a dragged chip's
    picture): the day's list paints its own chips (ChipList.paintEvent)."""

    def __init__(self, parent, chips: Chips):
        super().__init__(parent)
        self.chips = chips

    def sizeHint(self, option, index):
        return QSize(60, self.chips.height(option.font))

    def paint(self, painter, option, index):
        post: Post = index.data(POST_ROLE)
        if post is None:
            return super().paint(painter, option, index)
        painter.save()
        self.chips.paint(painter, [(option.rect, post, bool(option.state & _SELECTED), bool(option.state & _FOCUSED))],
                         option.palette, option.font, painter.device().devicePixelRatioF())
        painter.restore()


_SELECTED = QStyle.StateFlag.State_Selected
_FOCUSED = QStyle.StateFlag.State_HasFocus


def elided_words(text: str, metrics: QFontMetrics, width: int, widths: dict) -> str:
    """The text's first words on one line of `width`, cut with "…" as Qt cuts the whole text: from a start of them
    long enough to be cut as the whole is (card_layout.elision_start), since Qt shapes the whole string it is given.
    A chip shows fewer letters than its width in pixels: the text is read that far, and whole when that start fits
    (a chip of a very wide window showed its first 80 letters as if they were all; attack 39, L1)."""
    limit = max(80, width)
    words = " ".join(text[:limit].split())
    cut = metrics.elidedText(elision_start(words, width, widths, metrics), Qt.TextElideMode.ElideRight, width)
    if cut == words and len(text) > limit:
        whole = " ".join(text.split())
        return metrics.elidedText(elision_start(whole, width, widths, metrics), Qt.TextElideMode.ElideRight, width)
    return cut


@lru_cache(maxsize=128)
def rounded(width: int, height: int, fill: int, line: int, line_width: int, dashed: bool, ratio: float) -> QPixmap:
    """A rounded card (a chip, a day), drawn once per size, colours and line (antialiasing costs more than words)."""
    pixmap = QPixmap(round(width * ratio), round(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor.fromRgba(line), line_width)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(QColor.fromRgba(fill))
    half = line_width / 2
    painter.drawRoundedRect(QRectF(half, half, width - line_width, height - line_width), spacing.CHIP_RADIUS,
                            spacing.CHIP_RADIUS)
    painter.end()
    return pixmap


class ChipList(PostList):
    """A day's chips. It resizes after its cell (at once, or when a hidden tab is shown): the cell counts its
    "+N more" once the list has its new size, never from a stale one.

    It paints its chips itself, in one call, from the day's posts (`day_posts`), as Qt's list would through the
    delegate (the same rows, states and colours), without a style option, an index and a call into Python made for
    each of them. A chip cut by the day's bottom edge is not drawn: it is counted in "+N more", never shown as half
    a chip.

    Its rows (the items the keys, the mouse, a drag, a tooltip and a screen reader act on) are made when first
    asked for, not with each month: a month switch fills 42 days that are mostly looked at, not touched (the rows
    of a hundred posts, their limits checked and their tooltips written, were a quarter of a switch). Qt's hit test
    (a click, a drag, a tooltip, a right click) asks through `indexAt`, the keys through the focus, our own code
    through `count` and `item`; a day with the keyboard, one a screen reader has asked about, or any while a screen
    reader is on, gets its rows with its posts."""

    resized = Signal()
    SLIM_BAR = False  # 42 of them built with a month, 4 ms, for bars never shown

    def __init__(self, day=None, parent=None, chips: Chips | None = None):
        super().__init__(day, parent)
        self.chips = chips or Chips()
        self.said = self.chips.said  # one for the month's 42 days
        self.day_posts: list[Post] = []  # what the day shows, in its rows' order
        self._waiting: tuple | None = None  # (posts, limits, extras) of rows not made yet
        self.asked = False  # a screen reader has asked about this day (see watch_readers)
        self.setItemDelegate(ChipDelegate(self, self.chips))
        self.setSpacing(0)  # its rows one under the other, of one height (PostList's uniform sizes): see paintEvent

    def fill(self, posts: list[Post], limits: dict[str, int] | None = None, extras=None) -> None:
        self.day_posts = list(posts)
        self._waiting = (self.day_posts, limits, extras)
        if self.hasFocus() or self.asked or QAccessible.isActive():
            self.make_rows()
        else:
            if QListWidget.count(self):
                self.clear()
            self.viewport().update()

    def make_rows(self) -> None:
        """The day's rows, made from its posts if they are not yet."""
        if self._waiting is not None:
            posts, limits, extras = self._waiting
            self._waiting = None
            super().fill(posts, limits, extras)
            self.executeDelayedItemsLayout()  # laid out now: a click's hit test, a paint, a scroll see the rows

    def count(self) -> int:
        self.make_rows()
        return super().count()

    def item(self, row: int):
        self.make_rows()
        return super().item(row)

    def itemAt(self, *point):  # noqa: N802 - Qt's name
        self.make_rows()
        return super().itemAt(*point)

    def selectAll(self) -> None:  # noqa: N802 - Qt's name
        self.make_rows()
        super().selectAll()

    def setCurrentRow(self, row: int, *command) -> None:  # noqa: N802 - Qt's name
        self.make_rows()
        super().setCurrentRow(row, *command)

    def sizeHintForRow(self, row: int) -> int:  # noqa: N802 - Qt's name
        self.make_rows()
        return super().sizeHintForRow(row)

    def wheelEvent(self, event):  # noqa: N802 - Qt's name
        """A month day does not scroll under the wheel ("+N more" says what is below; a chip selected never goes out
        of sight to be deleted unseen): the wheel goes to what holds the month (attack 40, M1)."""
        event.ignore()

    def rows_of(self, ids: set) -> list:
        return super().rows_of(ids) if any(post.id in ids for post in self.day_posts) else []

    def focusInEvent(self, event):  # noqa: N802 - Qt's name
        self.make_rows()
        super().focusInEvent(event)

    def focusOutEvent(self, event):  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        if event.reason() not in _STILL_HERE:
            self._back_to_the_first_chips()

    def selectionChanged(self, selected, deselected):  # noqa: N802 - Qt's name
        super().selectionChanged(selected, deselected)
        self._back_to_the_first_chips()

    def _back_to_the_first_chips(self) -> None:
        """A day the keyboard scrolled down shows its first chips again once it has neither the keyboard nor a chip
        selected: "+N more" counts the chips below those, and the wheel does not scroll a day (attack 40b, M3: the
        day kept its evening chips under "+28 more", its morning out of sight)."""
        if self.verticalScrollBar().value() and not self.hasFocus() and not self.selectionModel().hasSelection():
            self.scrollToTop()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        picked = self.selectionModel()
        if picked.hasSelection():  # the chip picked stays drawn when the day gets shorter (39b, M2; 39c, L3)
            current = self.currentIndex()
            first = min(picked.selectedIndexes(), key=QModelIndex.row)
            self.scrollTo(current if picked.isSelected(current) else first)
        self.resized.emit()

    def _whole(self) -> tuple[QRect, int]:
        """The first row's rectangle and how many rows end above the day's bottom edge: the chips drawn (the rows
        are of one height, one under the other, the first at the top unless Qt scrolled the day to a chip
        selected); the chip cut by that edge is not drawn, nor can it be hit."""
        viewport = self.viewport()
        made = QListWidget.item(self, 0) if self._waiting is None else None
        first = self.visualItemRect(made) if made is not None else \
            QRect(0, 0, viewport.width(), self.chips.height(self.font()))
        return first, max(0, (viewport.height() - first.top()) // max(1, first.height()))

    def indexAt(self, point):  # noqa: N802 - Qt's name
        """Nothing under the last whole chip: a click there selects nothing and a double click makes a new post
        that day (attack 39, M1)."""
        self.make_rows()
        index = super().indexAt(point)
        if index.isValid() and index.row() >= self._whole()[1]:
            return QModelIndex()
        return index

    def setSelection(self, rect, command):  # noqa: N802 - Qt's name
        """A mouse dragged over the day selects the chips drawn, not the one cut by its bottom edge."""
        if self.day_posts:
            first, whole = self._whole()
            rect = rect.intersected(QRect(0, first.top(), self.viewport().width(), whole * first.height()))
        super().setSelection(rect, command)

    def paintEvent(self, event):  # noqa: N802 - Qt's name
        posts = self.day_posts
        if not posts:
            return
        viewport = self.viewport()
        area = event.rect()
        palette = self.palette()
        group = QPalette.ColorGroup.Active if self.isEnabled() else QPalette.ColorGroup.Disabled
        if palette.currentColorGroup() != group:  # as Qt's list gives its items
            palette = QPalette(palette)
            palette.setCurrentColorGroup(group)
        current = self.currentRow() if self.hasFocus() or viewport.hasFocus() else -1
        selected = {index.row() for index in self.selectedIndexes()} if self.selectionModel().hasSelection() else ()
        first, whole = self._whole()
        rows = []
        for row, post in enumerate(posts[:whole]):
            rect = first.translated(0, row * first.height())
            if rect.intersects(area):
                rows.append((rect, post, row in selected, row == current))
        if rows:
            painter = QPainter(viewport)
            self.chips.paint(painter, rows, palette, self.font(), viewport.devicePixelRatioF())
            painter.end()


_STILL_HERE = (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason)  # a menu, another window:
# the keyboard comes back to the day


def _make_rows_for_reader(_class_name, widget):
    """Asked first when a screen reader asks about a widget: a day's list makes its rows; Qt then makes the
    interface itself (None)."""
    if isinstance(widget, ChipList):
        widget.asked = True
        widget.make_rows()
    return None


def watch_readers() -> None:
    """Once per process, before a month is shown."""
    if not getattr(watch_readers, "done", False):
        QAccessible.installFactory(_make_rows_for_reader)
        watch_readers.done = True
