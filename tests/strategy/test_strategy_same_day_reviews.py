"""Two reviews made the same day are told apart by their time: « Bilan du 3 déc. 2026, 14:05 »."""

from datetime import date, datetime

from socialdesk.ui.i18n import install_translators
from socialdesk.ui.strategy.versions_bar import VersionsBar


def _names(qtbot, store):
    bar = VersionsBar(store)
    qtbot.addWidget(bar)
    return [bar.combo.itemText(i) for i in range(bar.combo.count())]


def test_two_reviews_the_same_day_show_their_times(qtbot, store):
    store.strategy.start_review(datetime(2026, 12, 3, 9, 30))
    store.strategy.start_review(datetime(2026, 12, 3, 14, 5))
    names = _names(qtbot, store)
    assert names[0].startswith("Review of 3 Dec 2026, 09:30") and names[1].startswith("Review of 3 Dec 2026, 14:05")
    assert len(set(names)) == 3


def test_a_review_alone_on_its_day_keeps_the_day_only(qtbot, store):
    store.strategy.start_review(date(2026, 9, 1))
    store.strategy.start_review(datetime(2026, 12, 3, 14, 5))
    first, second = _names(qtbot, store)[:2]
    assert first.startswith("Review of 1 Sep") and first.endswith(" 2026") and "," not in first
    assert second == "Review of 3 Dec 2026"


def test_in_french(qtbot, store):
    store.strategy.start_review(datetime(2026, 12, 3, 9, 30))
    store.strategy.start_review(datetime(2026, 12, 3, 14, 5))
    install_translators("fr")
    try:
        assert _names(qtbot, store)[1] == "Bilan du 3 déc. 2026, 14:05"
    finally:
        install_translators("en")
