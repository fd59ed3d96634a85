"""A month's chips: a post as one line (its first network's chip, its time, its first words), cut as Qt cuts them,
on a rounded card drawn once per size and colours; the day's list of them."""

from functools import lru_cache

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from socialdesk.domain.posts import Post
from socialdesk.ui.calendar.card_layout import elision_start
from socialdesk.ui.calendar.icons import network_pixmap
from socialdesk.ui.calendar.post_card import POST_ROLE, time_text
from socialdesk.ui.calendar.week_view import PostList
from socialdesk.ui.theme import spacing
from socialdesk.ui.theme.style import tokens


class ChipDelegate(QStyledItemDelegate):
    """A post as one line: its first network's chip (the network's colour), its time and its first words.

    A month switch paints about a hundred new chips: what repeats from chip to chip (the colours, the times' words
    and advances, the fonts, the words' advances) is worked out once, and a chip's words are cut from a start of its
    text a little longer than the chip can show, not from its first 80 characters (see elided_words)."""

    def __init__(self, parent):
        super().__init__(parent)
        self._list = parent  # the day's chip list: a chip below its viewport is not drawn
        self._fonts: tuple | None = None  # (font, metrics, bold): made once, not per chip
        self._words: dict[tuple, str] = {}  # a chip's elided words by text and width (emptied with the font)
        self._widths: dict[str, int] = {}  # each word's advance (card_layout.wrapped's; emptied with the font)
        self._clocks: dict = {}  # a time's words and advance in bold (the window is rebuilt in another language)
        self._colours: tuple | None = None  # the palette's key and the chip's colours in it

    def _fonts_for(self, font: QFont) -> tuple:
        if self._fonts is None or self._fonts[0] != font:
            bold = QFont(font)
            bold.setBold(True)
            self._fonts = (QFont(font), QFontMetrics(font), bold)
            self._words.clear()
            self._widths.clear()
            self._clocks.clear()
        return self._fonts

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

    def sizeHint(self, option, index):
        return QSize(60, self._fonts_for(option.font)[1].height() + spacing.XS)

    def paint(self, painter, option, index):
        post: Post = index.data(POST_ROLE)
        if post is None:
            return super().paint(painter, option, index)
        if option.rect.bottom() >= self._list.viewport().height():
            return  # cut by the day's bottom edge: counted in "+N more", never drawn as half a chip
        state = option.state
        selected = bool(state & _SELECTED)
        _key, card, mid, highlight, text, highlighted = self._colours_of(option.palette)
        rect = option.rect.adjusted(1, 1, -1, -1)
        line = highlight.rgba() if selected or state & _FOCUSED else mid
        ratio = painter.device().devicePixelRatioF()
        painter.drawPixmap(rect.topLeft(), rounded(rect.width(), rect.height(), highlight.rgba() if selected else card,
                                                   line, 1, False, ratio))
        font, metrics, bold = self._fonts_for(option.font)
        top, height = rect.top(), rect.height()
        side = min(height - 2, max(spacing.CHIP - 2, metrics.ascent()))
        x = rect.left() + spacing.XS
        if post.networks:
            painter.drawPixmap(x, top + (height - side) // 2, network_pixmap(post.networks[0], side, ratio))
            x += side + spacing.XS
        painter.save()
        painter.setPen(highlighted if selected else text)
        baseline = top + (height - metrics.height()) // 2  # where a line of the font's height is centred
        if post.time:
            clock, clock_width = self._clock(post, bold)
            if clock:
                painter.setFont(bold)
                painter.drawText(x, baseline + metrics.ascent(), clock)
                x += clock_width + spacing.XS
        painter.setFont(font)
        words = self._elided(post.text, metrics, rect.right() - x - spacing.XS)
        painter.drawText(x, baseline + metrics.ascent(), words)
        painter.restore()


_SELECTED = QStyle.StateFlag.State_Selected
_FOCUSED = QStyle.StateFlag.State_HasFocus


def elided_words(text: str, metrics: QFontMetrics, width: int, widths: dict) -> str:
    """The text's first words on one line of `width`, cut with "…" as Qt cuts them: from a start of them long enough
    to be cut as the whole is (card_layout.elision_start), since Qt shapes the whole string it is given."""
    words = " ".join(text[:80].split())  # a chip never shows 80 characters
    return metrics.elidedText(elision_start(words, width, widths, metrics), Qt.TextElideMode.ElideRight, width)


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
    "+N more" once the list has its new size, never from a stale one."""

    resized = Signal()
    SLIM_BAR = False  # 42 of them built with a month, 4 ms, for bars never shown

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.resized.emit()
