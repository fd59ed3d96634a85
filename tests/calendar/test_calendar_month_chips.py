"""The month's chips and days are drawn from what they keep between paints (cut words, colours, a day's card):
what they show is what Qt and a fresh drawing would show."""

from datetime import date, time

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication

from socialdesk.domain.posts import Post, PostStatus
from socialdesk.ui.calendar.month_chips import elided_words
from socialdesk.ui.calendar.month_view import MonthCell
from socialdesk.ui.calendar.post_card import summary

# Latin with accents and combining marks, narrow and wide letters, Arabic and Hebrew, digits and signs first,
# emoji (one and joined): the texts shops write, and the ones that set a direction late
_LETTERS = st.sampled_from(list("aeiou lmnrst iIl.,'!WMmw éèçàôñ") + ["e\u0301", "ß", "ﬁ"]
                           + list("مرحبا بكم شكرا") + list("שלום תודה") + list("0123456789 -:#@")
                           + ["🥐", "👩‍🍳", "🇫🇷", "\u200b", "\u00a0", "\n", "\t"])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.lists(_LETTERS, max_size=240).map("".join), width=st.integers(0, 1200), bold=st.booleans())
@example(text="e" + "\u0301" * 60 + " Bonjour à tous", width=40, bold=False)  # the piece fits: the whole is cut
@example(text="\u200b" * 70 + " Bonjour à tous, la fournée est sortie", width=60, bold=False)  # no letter in it
@example(text="12:30 - 14:45 " * 4 + "שלום לכולם, הלחם מוכן", width=90, bold=False)  # digits first, Hebrew later
@example(text="Croissants " * 20, width=900, bold=False)  # a very wide window's chip: more than 80 letters
@example(text="\u200b" * 85 + " Bonjour", width=100, bold=True)  # 80 letters that take no room
def test_a_chips_words_are_cut_as_qt_cuts_the_whole_text(qapp, text, width, bold):
    font = QApplication.font()
    font.setBold(bold)
    metrics = QFontMetrics(font)
    whole = metrics.elidedText(" ".join(text.split()), Qt.TextElideMode.ElideRight, width)
    assert elided_words(text, metrics, width, {}) == whole


def test_the_spoken_words_of_a_card_are_the_same_whatever_was_said_before(qapp):
    posts = [Post(id=n, day=date(2026, 12, 1 + n % 5), time=time(9, 15) if n % 3 else None,
                  networks=(("instagram", "facebook"), ("google",), ())[n % 3], text=f"Fournée {n}\nsuite",
                  status=list(PostStatus)[n % len(PostStatus)]) for n in range(30)]
    said: dict = {}
    assert [summary(post, said) for post in posts] == [summary(post) for post in posts]
    assert len(said) < len(posts)  # the times, networks and statuses repeat: their words were kept


def _cell(qtbot, flags: dict, palette: QPalette | None = None) -> MonthCell:
    cell = MonthCell()
    qtbot.addWidget(cell)
    if palette is not None:
        cell.setPalette(palette)
    cell.resize(150, 110)
    cell.show_day(date(2026, 12, 9), [], flags, [], None, QLocale())
    cell.show()
    qtbot.waitExposed(cell)
    return cell


def test_a_day_drawn_again_with_other_marks_or_colours_looks_like_a_day_drawn_afresh(qtbot):
    plain = {"today": False, "hole": False, "outside": False}
    hole = {"today": False, "hole": True, "outside": False}
    cell = _cell(qtbot, hole)
    with_hole = cell.grab().toImage()
    cell.show_day(date(2026, 12, 9), [], plain, [], None, QLocale())
    without = cell.grab().toImage()
    assert without != with_hole  # the dashed ring is gone
    assert without == _cell(qtbot, plain).grab().toImage()

    dark = QPalette(cell.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.Mid, QColor("#5f6368"))
    cell.setPalette(dark)
    assert cell.grab().toImage() == _cell(qtbot, plain, dark).grab().toImage()
    assert cell.grab().toImage() != without
