"""A post's card in the week and the ideas: status stripe and word, time, network chips, four lines of text."""

from functools import lru_cache
from unicodedata import combining

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from socialdesk.domain.posts import Post
from socialdesk.ui.calendar.day_notes import draw_too_long, place_too_long
from socialdesk.ui.calendar.icons import network_name, network_pixmap
from socialdesk.ui.calendar.card_layout import network_row, status_text, wrapped
from socialdesk.ui.calendar.card_thumbs import draw_thumb
from socialdesk.ui.calendar.colours import status_color
from socialdesk.ui.calendar.labels import STATUSES
from socialdesk.ui.common.day_words import clock_text
from socialdesk.ui.theme import spacing
from socialdesk.ui.theme.style import tokens


translate = QCoreApplication.translate
POST_ROLE = Qt.ItemDataRole.UserRole + 1
OVER_ROLE = Qt.ItemDataRole.UserRole + 2  # the networks whose text is too long: list of Count
THUMB_ROLE = Qt.ItemDataRole.UserRole + 3  # the image's file as the list's fill found it (see card_thumbs.thumb_source)
_CARDS: dict[tuple, QPixmap] = {}  # a card's drawn background by size, colours and screen scale
TEXT_ROWS = 4  # lines of the post's text under the time and status rows (issue 15: at least 4 at 1366x768)


def time_text(post: Post) -> str:
    return clock_text(post.time) if post.time else ""


def summary(post: Post, said: dict | None = None) -> str:
    """What a screen reader says for a card: time, networks, status, first line. `said` keeps the words of the
    times, networks and statuses from card to card (a list keeps them while it lives: the window is rebuilt in
    another language)."""
    said = {} if said is None else said
    if len(said) > 2000:
        said.clear()
    parts = []
    for key, words in ((("time", post.time), time_text), (("networks", post.networks), _network_names),
                       (("status", post.status), _status_word)):
        part = said.get(key)
        if part is None:
            part = said[key] = words(post)
        parts.append(part)
    parts.append(post.first_line)
    return " · ".join(p for p in parts if p)


def _network_names(post: Post) -> str:
    return ", ".join(network_name(k) for k in post.networks)


def _status_word(post: Post) -> str:
    return STATUSES[post.status]


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
            head = draw_thumb(painter, store, post.image, inner, line, room,  # the top two rows, beside the image
                              index.data(THUMB_ROLE))
        x = inner.left()
        painter.setPen(option.palette.color(text_role))
        if clock:
            painter.setFont(bold)
            painter.drawText(x, inner.top() + bold_metrics.ascent(), clock)
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
                         status)  # in its room: its form and size were chosen for it
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
            painter.drawText(x + 2, rect.top() + metrics.ascent(), words)

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
            top = rect.top() + row * line
            if not _stacks_marks(words):
                painter.drawText(rect.left(), top + metrics.ascent(), words)
                continue
            painter.save()  # "zalgo": its marks never rise over the time, the status or the line above
            painter.setClipRect(QRect(rect.left(), top, rect.width(), line), Qt.ClipOperation.IntersectClip)
            painter.drawText(rect.left(), top + metrics.ascent(), words)
            painter.restore()


@lru_cache(maxsize=4096)
def _stacks_marks(words: str) -> bool:
    """Whether a line piles combining marks on one letter (two or more in a row), which can rise past its line."""
    return not words.isascii() and any(combining(a) and combining(b) for a, b in zip(words, words[1:]))
