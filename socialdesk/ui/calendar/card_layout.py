"""A calendar card's layout: which network chips and words fit its top row, its text wrapped in lines."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics

from socialdesk.domain.posts import Post
from socialdesk.ui.calendar.icons import network_name
from socialdesk.ui.theme import spacing


def network_row(post: Post, metrics: QFontMetrics, width: int) -> tuple[int, str]:
    """How many chips and which words fit in `width`: the names only when they fit whole, never cut
    ("Insta…"); else chips alone, the last one giving way to "+N" when even the chips do not fit."""
    side = max(spacing.CHIP, metrics.ascent())  # the chip grows with a larger font
    step = side + spacing.XS // 2
    names = ", ".join(network_name(k) for k in post.networks)
    shown = min(len(post.networks), 4)
    if shown * step + 2 + metrics.horizontalAdvance(names) <= width:
        return shown, names
    total = len(post.networks)
    for shown in range(total, 0, -1):
        more = f"+{total - shown}" if shown < total else ""
        if shown * step + (metrics.horizontalAdvance(more) + 2 if more else 0) <= width:
            return shown, more
    return 0, f"+{total}" if total else ""


def wrapped(text: str, metrics: QFontMetrics, width: int, rows: int) -> tuple[str, ...]:
    """`text` in at most `rows` lines of `width`: wrapped at words, the last line elided."""
    words = " ".join(text[:600].split())  # four card lines never show more; long posts stay cheap
    lines: list[str] = []
    while words and len(lines) < rows - 1:
        first = ""
        for word in words.split(" "):
            candidate = f"{first} {word}".strip()
            if metrics.horizontalAdvance(candidate) > width and first:
                break
            first = candidate
        lines.append(metrics.elidedText(first, Qt.TextElideMode.ElideRight, width))
        words = words[len(first):].strip()
    if words or not lines:
        lines.append(metrics.elidedText(words, Qt.TextElideMode.ElideRight, width))
    return tuple(lines)


def status_text(forms: tuple[str, ...], font: QFont, width: int) -> tuple[str, QFont]:
    """The longest of the status's forms that fits `width` whole ("Planned  ↻ · image", then "Planned"), and
    its font: the bare word a little smaller on a very narrow card (« Brouillon »), elided only below 3/4 size."""
    metrics = QFontMetrics(font)
    for form in forms:
        if metrics.horizontalAdvance(form) <= width:
            return form, font
    for step in range(1, 6):
        smaller = _scaled(font, 1 - step / 20)
        if QFontMetrics(smaller).horizontalAdvance(forms[-1]) <= width:
            return forms[-1], smaller
    return QFontMetrics(smaller).elidedText(forms[-1], Qt.TextElideMode.ElideRight, width), smaller


def _scaled(font: QFont, factor: float) -> QFont:
    smaller = QFont(font)
    if font.pointSizeF() > 0:
        smaller.setPointSizeF(font.pointSizeF() * factor)
    else:
        smaller.setPixelSize(max(1, round(font.pixelSize() * factor)))
    return smaller
