"""A network is one record: every table about networks is derived from it and cannot drift."""

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from socialdesk.domain.calendar.counting import char_count
from socialdesk.domain.calendar.csv_format import parse_csv
from socialdesk.domain.networks import NETWORKS, Network, network_key_for_word, words_table
from socialdesk.domain.presence import platforms as catalogue_module
from socialdesk.domain.presence.links import UrlShape, review_url_shape, url_shape
from socialdesk.domain.presence.platforms import (
    PLATFORMS, CardWording, PlatformKind, catalogue, network_platform, platform_for_network, resolve_platform_key,
)
from socialdesk.domain.strategy import apply

PACKAGE = Path(__file__).resolve().parents[2] / "socialdesk"
KEYS = [n.key for n in NETWORKS]
SNAPCHAT = Network("snapchat", "Snapchat", 250, "#FFFC00", "S", url_hosts=("snapchat.com",),
                   profile_url="https://www.snapchat.com/add/{handle}", page_path=r"^/add/[^/]+/?$",
                   aliases=("snap",), link_length=0)


def _csv(networks_cell: str) -> bytes:
    return f"date,time,networks,status,pillar,about,text,notes\r\n2025-01-06,09:00,{networks_cell},draft,,,hi,\r\n".encode()


@pytest.mark.parametrize("item", NETWORKS, ids=KEYS)
def test_every_network_is_a_listing_whose_facts_come_from_its_record(item):
    found = platform_for_network(item.key)
    assert found is not None and found.key == item.listing_key and found.network_key == item.key
    assert (found.name, found.short_name) == (item.name, item.short_name or item.name)
    assert (found.url_hosts, found.profile_url, found.reviews_may_be_asked) == (
        item.url_hosts, item.profile_url, item.reviews_may_be_asked)
    assert (found.page_path, found.review_url) == (item.page_path, item.review_url)
    assert found.kind is (PlatformKind.LOCAL if item.local else PlatformKind.SOCIAL)
    assert found.wording is (CardWording.FIND if item.local else CardWording.FOLLOW)
    assert resolve_platform_key(item.key) == found.key == apply.platform_for_network(item.key)


def test_the_google_network_is_the_google_business_listing_the_stored_keys_use():
    assert apply.platform_for_network("google") == "google_business"
    assert platform_for_network("google").short_name == "Google"
    assert [p.key for p in PLATFORMS][:5] == ["google_business", "apple", "bing", "facebook", "instagram"]


def test_a_network_added_to_the_record_gets_a_listing_and_plan_file_words():
    grown = catalogue(NETWORKS + (SNAPCHAT,))
    assert grown[-1] == network_platform(SNAPCHAT) and len(grown) == len(PLATFORMS) + 1
    assert grown[-1].key == "snapchat" and grown[-1].profile_url == SNAPCHAT.profile_url
    assert grown[-1].kind is PlatformKind.SOCIAL and grown[-1].page_path == SNAPCHAT.page_path
    words = words_table(NETWORKS + (SNAPCHAT,))
    assert words["snapchat"] == words["snap"] == "snapchat" and words["twitter"] == "x"


def test_a_network_whose_listing_key_is_already_a_platforms_is_refused():
    with pytest.raises(ValueError):
        catalogue(NETWORKS + (Network("yelp", "Yelp", 500, "#D32323", "Y"),))


@pytest.mark.parametrize("clash", [
    Network("twitter", "Twitter", 280, "#1DA1F2", "T"),  # a key that is X's alias
    Network("gbp", "Google Business", 1500, "#4285F4", "G"),  # a name that is Google's alias
    Network("fb", "FB", 500, "#1877F2", "f", aliases=("facebook",)),  # an alias that is a key
])
def test_one_plan_file_word_never_names_two_networks(clash):
    with pytest.raises(ValueError):
        words_table(NETWORKS + (clash,))


@pytest.mark.parametrize("item", NETWORKS, ids=KEYS)
def test_a_plan_file_names_each_network_by_key_name_or_alias(item):
    for word in item.words:
        assert network_key_for_word(word.upper()) == item.key
    result = parse_csv(_csv(";".join(item.words)))
    assert not result.errors and result.posts[0].networks == (item.key,)


@pytest.mark.parametrize("cell, keys", [
    ("Google Business Profile, Twitter", ("google", "x")),
    ("google  business/Instagram", ("google", "instagram")),
    ("Instagram Google Business Profile", ("instagram", "google")),
])
def test_a_network_named_in_several_words_is_read_whole(cell, keys):
    result = parse_csv(_csv(f'"{cell}"'))
    assert not result.errors and result.posts[0].networks == keys


def test_a_word_that_only_starts_like_a_name_is_still_refused():
    result = parse_csv(_csv("Google Businessman"))
    assert [e.value for e in result.errors] == ["Businessman"]


@pytest.mark.parametrize("item", NETWORKS, ids=KEYS)
def test_a_networks_record_is_well_formed(item):
    assert re.fullmatch(r"[a-z][a-z0-9_]*", item.key) and item.name.strip()
    assert re.fullmatch(r"#[0-9A-Fa-f]{6}", item.color) and 1 <= len(item.letter) <= 2
    assert item.default_limit > 0 and item.link_length >= 0
    assert all(alias == alias.lower().strip() for alias in item.aliases)
    for pattern in (item.page_path, item.review_url):
        re.compile(pattern)
    if item.profile_url:
        assert "{handle}" in item.profile_url
        host = urlsplit(item.profile_url).hostname
        assert any(host == h or host.endswith("." + h) for h in item.url_hosts), host


@pytest.mark.parametrize("item", [n for n in NETWORKS if n.profile_url], ids=lambda n: n.key)
def test_a_reserved_handles_profile_link_passes_its_own_page_check(item):
    link = item.profile_url.replace("{handle}", "boulangerielea")
    expected = UrlShape.OK if item.page_path else UrlShape.UNCHECKED
    assert url_shape(item.listing_key, link) is expected


def test_review_checks_come_from_the_records():
    assert review_url_shape("facebook", "https://www.facebook.com/boulangerielea/reviews") is UrlShape.OK
    assert review_url_shape("instagram", "https://www.instagram.com/boulangerielea/") is UrlShape.UNCHECKED
    reviewed = {p.key for p in PLATFORMS if p.review_url}
    assert {n.listing_key for n in NETWORKS if n.review_url} <= reviewed


@pytest.mark.parametrize("item", NETWORKS, ids=KEYS)
def test_a_link_counts_as_the_record_says(item):
    text = "Pain https://example.com/" + "a" * 60
    assert char_count(text, item.key) == (len("Pain ") + item.link_length if item.link_length else len(text))


@pytest.mark.parametrize("item", NETWORKS, ids=KEYS)
def test_a_badge_is_painted_in_the_records_colour(qapp, item):
    from socialdesk.ui.calendar.icons import network_pixmap

    image = network_pixmap(item.key, 16).toImage()
    painted = image.pixelColor(3, 16)
    brand = [int(item.color[i:i + 2], 16) for i in (1, 3, 5)]
    # the record's colour, deepened at most a few steps where its letter would not read at 4.5:1 (Facebook)
    assert max(abs(a - b) for a, b in zip((painted.red(), painted.green(), painted.blue()), brand)) <= 40


def test_a_new_file_has_a_limit_row_for_every_network(store):
    assert [row[0] for row in store.calendar.limit_rows()] == KEYS
    assert store.calendar.limits() == {n.key: n.default_limit for n in NETWORKS}


def test_a_file_made_before_a_network_was_added_reads_and_saves_its_limit(store):
    store.conn.execute("DELETE FROM network_limits WHERE network = 'youtube'")
    assert store.calendar.limits()["youtube"] == 5000
    store.calendar.set_limit("youtube", 4000)
    assert store.calendar.limits()["youtube"] == 4000


_TABLE_ENTRY = re.compile(r"""(["'])({keys})\1\s*:|==\s*(["'])({keys})\3|\.get\(\s*(["'])({keys})\5""".replace(
    "{keys}", "|".join(re.escape(k) for k in sorted({*KEYS, *(n.listing_key for n in NETWORKS)}, key=len,
                                                     reverse=True))))


def test_no_second_hand_written_table_is_keyed_by_network():
    """Dicts keyed by a network, `key == "x"` tests and `.get("google")` belong in networks.py only."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name in ("networks.py", "demo.py"):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _TABLE_ENTRY.search(line):
                found.append(f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}")
    assert not found, "\n".join(found)


def test_the_catalogue_module_lists_no_network_but_by_reference():
    hand_written = {p.key for p in catalogue_module._NOT_NETWORKS}
    assert not hand_written & {n.listing_key for n in NETWORKS} and not hand_written & set(KEYS)


@pytest.mark.parametrize("key", ["x", "tiktok", "instagram"])
def test_a_badges_ring_is_a_faint_white_not_yellow(qapp, key):
    """Attack 37, L1: the ring was written #RRGGBBAA and read by Qt as #AARRGGBB, an opaque pale yellow."""
    from PySide6.QtGui import QColor, QImage, QPainter

    from socialdesk.ui.calendar.icons import network_pixmap

    image = QImage(32, 32, QImage.Format.Format_ARGB32)
    image.fill(QColor("#000000"))  # a dark card
    painter = QPainter(image)
    painter.drawPixmap(0, 0, network_pixmap(key, 32, 1.0))
    painter.end()
    ring = image.pixelColor(16, 0)  # the top edge's middle: the ring alone, over the card
    assert ring.blue() >= min(ring.red(), ring.green()) - 24, ring.name()  # white over the brand's edge, not yellow
    assert max(ring.red(), ring.green(), ring.blue()) <= 230, ring.name()  # translucent: the card shows through
