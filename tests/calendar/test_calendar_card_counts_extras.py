"""The week's and month's cards say « too long » as the post dialog counts: hashtags and signature included."""

from datetime import date, time

from socialdesk.domain.posts import Post, PostStatus
from socialdesk.ui.calendar.post_card import OVER_ROLE
from socialdesk.ui.i18n import install_translators

TEXT = "Pain au levain du jour, cuit ce matin. " * 6 + "Venez tôt"  # 243 characters: under X's 280


def _plan(store) -> None:
    store.calendar.add(Post(day=date(2026, 11, 27), time=time(9, 0), networks=("x",), text=TEXT,
                            status=PostStatus.PLANNED))
    store.calendar.add(Post(networks=("x",), text=TEXT))  # an idea
    store.calendar.save_extras("x", "#boulangerie #levain #lyon", "Commandes au 12 rue des Lilas, ouvert dès 7 h")


def test_a_text_that_hashtags_and_signature_push_over_the_limit_is_marked_on_its_card(tab, store):
    install_translators("fr")
    try:
        _plan(store)
        tab.reload()
        card = tab.week.columns[4].posts.item(0)
        idea = tab.ideas.item(0)
        for item in (card, idea):
            assert [c.network for c in item.data(OVER_ROLE)] == ["x"]
            assert "Trop long pour X (" in item.toolTip() and "/ 280)" in item.toolTip()
        assert "Trop long pour X" in card.text()
    finally:
        install_translators("en")


def test_without_hashtags_or_signature_the_same_card_is_not_marked(tab, store):
    store.calendar.add(Post(day=date(2026, 11, 27), time=time(9, 0), networks=("x",), text=TEXT,
                            status=PostStatus.PLANNED))
    tab.reload()
    assert tab.week.columns[4].posts.item(0).data(OVER_ROLE) == []


def test_the_month_cell_marks_it_too(tab, store):
    _plan(store)
    tab.months.set_mode("month", save=False)
    tab.months.show_month(date(2026, 11, 27))
    cards = [lst.item(0) for lst in tab.months.lists() if lst.day == date(2026, 11, 27)]
    assert [c.network for c in cards[0].data(OVER_ROLE)] == ["x"]
