"""How it will look: a web address is a link only where the network makes it one (each network's `text_links`)."""

from datetime import date

import pytest

from socialdesk.domain.calendar.image_shapes import NO_LINKS, link_style
from socialdesk.domain.networks import network
from socialdesk.domain.calendar.preview import preview
from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.ui.calendar.post_dialog import PostDialog
from socialdesk.ui.i18n import install_translators

CLOCK = fixed_clock(date(2026, 11, 26))
TEXT = "Tulipes ! https://fleurs-exemple.fr/tulipes\nwww.fleurs-exemple.fr aussi."
FULL, BARE = "https://fleurs-exemple.fr/tulipes", "www.fleurs-exemple.fr"
NETWORKS = ("instagram", "tiktok", "facebook", "linkedin", "x", "google")


def _links(network: str) -> list[str]:
    post = Post(day=date(2026, 12, 1), networks=(network,), text=TEXT, status=PostStatus.PLANNED)
    return [words for words, is_link in preview(network, post, {}, "Image", None).pieces if is_link]


@pytest.mark.parametrize("network, links", [
    ("instagram", []), ("tiktok", []),  # captions: nothing can be tapped
    ("facebook", [FULL, BARE]), ("linkedin", [FULL, BARE]), ("x", [FULL, BARE]),  # www. is a link there
    ("google", [FULL]),
])
def test_each_network_shows_the_links_it_makes(network, links):
    assert _links(network) == links


def test_the_link_style_lives_in_the_one_table():
    assert network("instagram").text_links == network("tiktok").text_links == NO_LINKS
    assert link_style("instagram") == NO_LINKS and link_style("mastodon") not in (NO_LINKS,)


@pytest.mark.parametrize("language, tip", [("en", "Instagram shows the links of a caption as plain text"),
                                           ("fr", "Instagram affiche les liens d'une légende en texte simple")])
def test_the_mockups_draw_links_only_where_they_work_and_say_so(qtbot, store, language, tip):
    install_translators(language)
    try:
        dialog = PostDialog(None, Post(day=date(2026, 12, 1), networks=NETWORKS, text=TEXT,
                                       status=PostStatus.PLANNED), store, None, False, clock=CLOCK)
        qtbot.addWidget(dialog)
        shown = dialog.open_preview(modal=False)
        qtbot.addWidget(shown)
        mockups = shown.mockups
        assert "<a " not in mockups["instagram"].text.text() and "<a " not in mockups["tiktok"].text.text()
        assert tip in mockups["instagram"].link_tip.text() and not mockups["instagram"].link_tip.isHidden()
        assert mockups["facebook"].link_tip.isHidden()
        assert f'<a href="https://{BARE}">{BARE}</a>' in mockups["facebook"].text.text()
        assert f'<a href="{FULL}">' in mockups["linkedin"].text.text()
    finally:
        install_translators("en")
