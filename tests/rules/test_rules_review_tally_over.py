"""More reviews answered than received in a week is kept as typed, but the box and the history say so."""

import sqlite3
from datetime import date, datetime

import pytest

from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.reviews.tally import ReviewTally
from socialdesk.domain.weeks import IsoWeek
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.rules.history_page import HistoryPage
from socialdesk.ui.rules.review_tally import ReviewTallyBox

CLOCK = fixed_clock(datetime(2027, 1, 4, 10, 0))
WEEK_53 = IsoWeek.of(date(2026, 12, 28))


@pytest.fixture
def french():
    install_translators("fr")
    yield
    install_translators("en")


def _box(qtbot, store):
    box = ReviewTallyBox(store, CLOCK)
    qtbot.addWidget(box)
    box.show()
    box.show_week(WEEK_53)
    return box


def test_seven_answered_of_three_received_is_kept_and_questioned_in_the_box(qtbot, file_store, french):
    box = _box(qtbot, file_store)
    assert not box.over_label.isVisible()
    box.received.setValue(3)
    box.answered.setValue(7)
    assert box.over_label.isVisible()
    assert "Plus de réponses que d'avis reçus\u202f?" in box.over_label.text()
    conn = sqlite3.connect(f"file:{file_store.path}?mode=ro", uri=True)
    try:  # nothing capped: last week's reviews answered now are real answers
        assert conn.execute("SELECT received, answered FROM review_tallies").fetchall() == [(3, 7)]
    finally:
        conn.close()
    box.received.setValue(8)
    assert not box.over_label.isVisible()


def test_a_reopened_week_with_more_answers_shows_the_question_again(qtbot, store):
    store.rules.reviews.set_tally(ReviewTally(WEEK_53, 3, 7))
    assert _box(qtbot, store).over_label.isVisible()


def test_the_history_marks_the_week_instead_of_a_silent_seven_of_three(qtbot, store, french):
    store.rules.reviews.set_tally(ReviewTally(WEEK_53, 3, 7))
    store.rules.reviews.set_tally(ReviewTally(IsoWeek.of(date(2026, 12, 21)), 22, 18))
    page = HistoryPage(store, CLOCK)
    qtbot.addWidget(page)
    page.reload()
    text = page.reviews_label.text()
    assert "semaine 53\u00a0: 7 sur 3" not in text
    assert "semaine 53\u00a0: 7 réponses pour 3 avis reçus seulement ⚠" in text
    assert "1 semaine avec plus de réponses que d'avis reçus" in text
    assert "semaine 52\u00a0: 18 sur 22" in text


@pytest.mark.parametrize("language, total, why", [
    ("en", "21 of 25 received over the weeks shown", "the extra answers are not counted in the total"),
    ("fr", "21 sur 25 reçus dans les semaines affichées", "les réponses en trop ne comptent pas dans le total")])
def test_one_over_answered_week_does_not_hide_the_unanswered_reviews_of_others(qtbot, store, language, total, why):
    counts = {date(2027, 1, 4): (2, 1), WEEK_53.monday: (3, 7), date(2026, 12, 7): (5, 4),  # 17e N6
              date(2026, 11, 23): (4, 2), date(2026, 11, 2): (11, 11)}
    for monday, (received, answered) in counts.items():
        store.rules.reviews.set_tally(ReviewTally(IsoWeek.of(monday), received, answered))
    install_translators(language)
    try:
        page = HistoryPage(store, CLOCK)
        qtbot.addWidget(page)
        page.reload()
        text = page.reviews_label.text()
    finally:
        install_translators("en")
    assert text.startswith(total) and why in text and ("1 week with" in text or "1 semaine avec" in text)
    assert ("week 53: 7 answered, only 3 received" if language == "en" else "7 réponses pour 3") in text  # as typed
