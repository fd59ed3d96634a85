"""Cards drawn from remembered backgrounds and wrapped lines look exactly like cards drawn afresh."""

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from socialdesk.domain.posts import Post
from socialdesk.ui.calendar import post_card
from socialdesk.ui.calendar.post_card import PostCardDelegate


def _image(draw) -> QImage:
    image = QImage(160, 90, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#FAF7F2"))
    painter = QPainter(image)
    draw(painter)
    painter.end()
    return image


def _largest_difference(a: QImage, b: QImage) -> int:
    return max(abs(x - y) for x, y in zip(bytes(a.constBits()), bytes(b.constBits())))


@pytest.mark.parametrize("selected", [False, True])
def test_a_card_background_copied_from_memory_matches_one_drawn_afresh(qapp, selected):
    option = QStyleOptionViewItem()
    option.palette = qapp.palette()
    rect, status, card = QRect(5, 7, 140, 70), QColor("#2F6DB5"), QColor("#FFFFFF")
    post_card._CARDS.clear()
    fresh = _image(lambda p: PostCardDelegate._draw_card(p, option, rect, status, selected, card))
    again = _image(lambda p: PostCardDelegate._draw_card(p, option, rect, status, selected, card))  # from memory
    assert len(post_card._CARDS) == 1
    fill = option.palette.highlight().color() if selected else card
    line = option.palette.highlight().color() if selected else option.palette.mid().color()
    direct = _image(lambda p: PostCardDelegate._card_shapes(p, rect, status, fill, line))
    assert _largest_difference(fresh, direct) <= 2  # premultiplied edges may round by one step
    assert again == fresh


def test_card_text_rewraps_when_the_column_narrows(qapp):
    delegate = PostCardDelegate()
    post = Post(text="Nouvelle vitrine de Noël ce week-end, venez voir les créations de nos artisans du quartier")
    font = QFont()
    metrics = QFontMetrics(font)
    line = metrics.lineSpacing()
    wide = _image(lambda p: delegate._draw_text(p, post, metrics, font.key(), QRect(0, 0, 160, 2 * line)))
    narrow = _image(lambda p: delegate._draw_text(p, post, metrics, font.key(), QRect(0, 0, 80, 2 * line)))
    assert len(delegate._lines) == 2
    first_wide, first_narrow = (delegate._lines[(post.text, w, 2, font.key())][0] for w in (160, 80))
    assert metrics.horizontalAdvance(first_narrow.rstrip("…")) <= 80 < metrics.horizontalAdvance(first_wide)
    assert wide != narrow
    assert _image(lambda p: delegate._draw_text(p, post, metrics, font.key(), QRect(0, 0, 80, 2 * line))) == narrow
