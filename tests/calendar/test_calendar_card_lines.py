"""At 1366x768 on the demo week, a card shows at least four lines of its text and never a cut network name."""

from datetime import date

from PySide6.QtWidgets import QApplication

from socialdesk.domain.clock import fixed_clock
from socialdesk.ui.calendar import post_card
from socialdesk.ui.calendar.card_layout import network_row

TODAY = date(2026, 11, 26)


def _week(qtbot, tmp_path):
    from socialdesk.storage.demo import build_demo_file
    from socialdesk.ui.common.bus import DataBus
    from socialdesk.ui.main_window import MainWindow

    store = build_demo_file(tmp_path / "demo.sqlite3", TODAY, "fr")
    window = MainWindow(store, DataBus(), fixed_clock(TODAY))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_tab(1)
    for _ in range(8):
        QApplication.processEvents()
    return store, window.tabs.currentWidget().content


def _cards(tab):
    for posts in tab.week.lists():
        for row in range(posts.count()):
            item = posts.item(row)
            yield posts, item, item.data(post_card.POST_ROLE)


def test_a_long_post_shows_four_lines_and_networks_as_whole_names_or_chips(qtbot, tmp_path):
    store, tab = _week(qtbot, tmp_path)
    try:
        posts, item, post = max(_cards(tab), key=lambda card: len(card[2].text))
        assert len(post.text) > 80  # four card lines of a 1366-pixel week
        card = posts.visualItemRect(item)
        delegate = posts.itemDelegate()
        lines = delegate.card_text_lines(post, posts.font(), card.width(), bool(item.data(post_card.OVER_ROLE)))
        assert len([line for line in lines if line.strip()]) >= 4, lines
        assert card.height() >= 6 * posts.fontMetrics().lineSpacing()  # time, status and four text lines
        metrics = posts.fontMetrics()
        for posts, item, post in _cards(tab):
            shown, words = network_row(post, metrics, posts.visualItemRect(item).width() - 30)
            assert "…" not in words and shown >= min(1, len(post.networks))
    finally:
        store.close()
