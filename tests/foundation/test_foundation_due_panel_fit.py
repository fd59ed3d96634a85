"""What is due in the smallest window: kinds whole, links cut at their end, "and N more" opens the rest."""

import html
from datetime import time, timedelta

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from socialdesk.domain.posts import Post, PostStatus
from socialdesk.domain.presence.listings import Listing
from socialdesk.domain.rules.model import Rule
from socialdesk.domain.shop import ShopCard
from socialdesk.domain.weeks import IsoWeek
from socialdesk.storage import open_store
from tests.foundation.test_foundation_first_week import MONDAY, _click, _current_tab, _window

RULES = ["Stayed authentic: we sound like the small shop we are, never like an advertising agency",
         "Posted no press release and nothing only to fill the feed, whatever the week brought",
         "Talked about our customers, never about ourselves first, and always with their consent",
         "Answered every review within two days, the kind ones and the unkind ones alike",
         "Showed the hands that make the bread, not only the finished loaves on the counter"]
POSTS = [f"Post number {n} of today: the new spring bouquets are in the window\nSecond line {n}" for n in range(5)]
LISTINGS = ["yelp", "bing", "tripadvisor", "thefork", "facebook"]


@pytest.fixture
def busy_week(tmp_path):
    new_file = open_store(tmp_path / "busy.sqlite3")
    yield _fill(new_file)
    new_file.close()


def _fill(new_file):
    today = MONDAY.date()
    new_file.shop.save(ShopCard(name="Fleurs de Jade"))
    posts = [new_file.calendar.add(Post(day=today, time=time(9 + n), status=PostStatus.PLANNED, text=text,
                                        networks=("instagram",))).ids[0] for n, text in enumerate(POSTS)]
    rules = [new_file.rules.add(Rule(text=text), today - timedelta(days=21)).ids[0] for text in RULES]
    listings = [new_file.presence.add(Listing(platform_key=key, last_checked=today - timedelta(days=120))).ids[0]
                for key in LISTINGS]
    return new_file, posts, rules, listings


def _panel(qtbot, store, language="en"):
    from socialdesk.ui.main_window import SMALLEST

    window = _window(qtbot, store, language=language)
    window.guide.check_due()
    window.resize(SMALLEST)
    QApplication.processEvents()
    qtbot.wait(20)
    return window, window.guide.due_panel


@pytest.mark.parametrize("language", ["en", "fr"])
def test_at_880_by_540_nothing_in_the_panel_is_cut_without_an_ellipsis(qtbot, busy_week, language):
    window, panel = _panel(qtbot, busy_week[0], language)
    assert (window.width(), window.height()) == (880, 540)
    assert panel.height() <= 540 // 5 + 4, panel.height()  # about a fifth: the month grid keeps the rest
    shown = [w for w in panel.findChildren(QLabel) + panel.findChildren(QPushButton) if w.isVisible()]
    assert len(shown) >= 4 + 3 * 3 + 3
    for widget in shown:
        text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        wide = widget.fontMetrics().horizontalAdvance(text)
        room = widget.contentsRect().width() if isinstance(widget, QLabel) else widget.width() - 2  # a link's line
        assert wide <= room or text.endswith("…"), (text, wide, room)
    for button in panel.buttons:
        text = button.text().replace("&&", "&")
        if button.objectName().startswith(("due_post_", "due_rule_")):  # long texts: cut at their end in 880 px
            assert text.endswith("…") and len(text) > 6, text
        assert button.accessibleName().startswith(text[:-1].rstrip()), (text, button.accessibleName())
        assert button.fontMetrics().horizontalAdvance(text) <= button.width() - 2


def test_tooltips_carry_the_whole_text_and_and_n_more_opens_the_place_listing_them(qtbot, busy_week):
    store, posts, rules, listings = busy_week
    window, panel = _panel(qtbot, store)
    first_post = panel.findChild(QPushButton, f"due_post_{posts[0]}")
    assert html.escape(POSTS[0]).replace("\n", "<br>") in first_post.toolTip()  # both lines, uncut
    first_rule = panel.findChild(QPushButton, f"due_rule_{rules[0]}")
    assert html.escape(RULES[0]) in first_rule.toolTip()
    more = panel.more_links
    assert [link.text() for link in more.values()] == ["and 2 more"] * 3
    _click(qtbot, more[next(k for k in more if k.value == "post")])
    calendar = window.tabs.currentWidget().content
    assert _current_tab(window) == "calendarTab" and sorted(calendar.selected_ids()) == sorted(posts[3:])
    _click(qtbot, more[next(k for k in more if k.value == "rule")])
    checklist = window.tabs.currentWidget().content
    assert _current_tab(window) == "rulesTab" and checklist.week == IsoWeek.of(MONDAY.date()).shifted(-1)
    assert checklist.week_page.rule_boxes[rules[3]].hasFocus()
    _click(qtbot, more[next(k for k in more if k.value == "listing")])
    presence = window.tabs.currentWidget().content
    assert _current_tab(window) == "presenceTab" and presence.pages.currentWidget() is presence.listings
    assert presence.listings.selected().id not in [int(b.objectName().rsplit("_", 1)[1])
                                                   for b in panel.buttons if "listing" in b.objectName()]
