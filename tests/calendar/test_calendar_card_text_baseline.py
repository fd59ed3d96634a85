"""A week card draws its lines at a baseline (font ascent below the line's top), as the month chips do: Qt's
quicker path. It puts every pixel where Qt's layout of the same line in its own rectangle puts it, for Latin,
accents, Arabic, Hebrew and mixed text, in the regular and bold fonts."""

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage, QPainter

# Each fits its line, as a card's wrapped and elided lines do.
LINES = ["Croissants tout chauds ce matin", "e\u0301te\u0301 à Lyon — crème brûlée", "مرحبا بكم في مخبزنا",
         "שלום hello עולם", "Planned  ↻ · image", "07:30", "x" * 30]


def _drawn(font: QFont, text: str, at_baseline: bool) -> QImage:
    image = QImage(420, 40, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setFont(font)
    metrics = QFontMetrics(font)
    if at_baseline:
        painter.drawText(7, 9 + metrics.ascent(), text)
    else:
        painter.drawText(QRect(7, 9, 400, metrics.lineSpacing()), Qt.AlignmentFlag.AlignLeft, text)
    painter.end()
    return image


@pytest.mark.parametrize("bold", [False, True])
@pytest.mark.parametrize("text", LINES)
def test_a_line_at_its_baseline_is_the_line_laid_out_in_its_rectangle(qapp, text, bold):
    font = QFont(qapp.font())
    font.setBold(bold)
    assert _drawn(font, text, True) == _drawn(font, text, False)


def _card(qapp, text: str) -> QImage:
    from datetime import date, time

    from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QStyleOptionViewItem

    from socialdesk.domain.posts import Post, PostStatus
    from socialdesk.ui.calendar.post_card import POST_ROLE, PostCardDelegate

    posts = QListWidget()
    delegate = PostCardDelegate(posts)
    item = QListWidgetItem("")
    item.setData(POST_ROLE, Post(id=1, day=date(2026, 12, 4), time=time(10, 0), networks=("instagram",), text=text,
                                 status=PostStatus.PLANNED))
    posts.addItem(item)
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 220, delegate.sizeHint(option, posts.indexFromItem(item)).height())
    option.font, option.palette, option.widget = posts.font(), posts.palette(), posts
    option.state = QStyle.StateFlag.State_Enabled
    image = QImage(option.rect.width(), option.rect.height(), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    delegate.paint(painter, option, posts.indexFromItem(item))
    painter.end()
    return image


def test_combining_marks_piled_on_a_letter_never_paint_over_the_time_and_status(qapp):
    """Attack 31, #10: at its baseline, a line of "zalgo" (marks stacked on each letter) rose over the status and the
    time (Qt's layout in a rectangle clipped it only when a fallback font made the line taller); such a line is now
    clipped to its own."""
    line = QFontMetrics(qapp.font()).lineSpacing()
    plain, piled = _card(qapp, "Pain frais"), _card(qapp, "".join(c + "\u0301\u0308\u030a\u0301" for c in "Pain frais"))
    head = QRect(0, 0, plain.width(), 2 * line + 2)
    assert plain.copy(head) == piled.copy(head)
