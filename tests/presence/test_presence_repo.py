"""The presence repository and the contracts other tabs call: ensure_listing, url_for_network, cards."""

from dataclasses import replace
from datetime import date

import pytest

from socialdesk.domain.changes import Area
from socialdesk.domain.presence.listings import Listing, ListingStatus
from socialdesk.storage import open_store


def test_ensure_listing_adds_once_as_to_claim(store):
    assert store.presence.ensure_listing("facebook", "boulangerie.lea") is True
    assert store.presence.ensure_listing("facebook", "other") is False
    listings = store.presence.listings()
    assert len(listings) == 1
    assert listings[0].status is ListingStatus.TO_CLAIM
    assert listings[0].handle == "boulangerie.lea"


def test_ensure_listing_fills_an_empty_handle_but_keeps_a_reserved_one(store):
    store.presence.ensure_listing("instagram")
    store.presence.ensure_listing("instagram", "@lea")
    assert store.presence.listing_for("instagram").handle == "@lea"
    store.presence.ensure_listing("instagram", "@someone_else")
    assert store.presence.listing_for("instagram").handle == "@lea"


@pytest.mark.parametrize("given, stored", [
    ("google", "google_business"), ("qype", "yelp"), ("lafourchette", "thefork"),
    ("google_places", "google_business"), ("Yelp", "yelp"),
])
def test_ensure_listing_maps_network_keys_and_the_interviews_names(store, given, stored):
    assert store.presence.ensure_listing(given) is True
    assert store.presence.listings()[0].platform_key == stored


@pytest.mark.parametrize("key", ["cityvox", "myspace", ""])
def test_ensure_listing_refuses_unknown_platforms(store, key):
    with pytest.raises(ValueError):
        store.presence.ensure_listing(key)
    assert store.presence.listings() == []


def test_url_for_network_uses_the_url_then_the_handle(store):
    store.presence.ensure_listing("instagram", "@boulangerie.lea")
    store.presence.ensure_listing("google")
    assert store.presence.url_for_network("instagram") == "https://www.instagram.com/boulangerie.lea/"
    assert store.presence.url_for_network("google") is None
    google = store.presence.listing_for("google_business")
    store.presence.save(replace(google, url="g.page/boulangerie-lea"))
    assert store.presence.url_for_network("google") == "https://g.page/boulangerie-lea"
    assert store.presence.url_for_network("tiktok") is None


def test_url_for_network_ignores_unsafe_urls_and_not_relevant_listings(store):
    store.presence.ensure_listing("facebook")
    facebook = store.presence.listing_for("facebook")
    store.presence.save(replace(facebook, url="javascript:alert(1)"))
    assert store.presence.url_for_network("facebook") is None
    store.presence.save(replace(facebook, url="https://www.facebook.com/lea", status=ListingStatus.NOT_RELEVANT))
    assert store.presence.url_for_network("facebook") is None


def _CODES(wording, name: str) -> str:
    return f"{wording.value} {name}"


def _marked(store, key, **fields):
    store.presence.ensure_listing(key)
    listing = store.presence.listing_for(key)
    store.presence.save(replace(listing, print_card=True, **fields))


def test_cards_to_print_words_google_as_a_review_and_yelp_as_find_us(store):
    _marked(store, "google_business", review_url="https://search.google.com/local/writereview?placeid=ChIJabc")
    _marked(store, "yelp", url="https://www.yelp.fr/biz/boulangerie-lea-lyon",
            review_url="https://www.yelp.fr/writeareview/biz/x")
    store.presence.ensure_listing("instagram", "lea")  # not marked for print
    english = store.presence.cards_to_print(_CODES)  # the words themselves are the UI's (test_presence_card_words)
    assert [c.call_to_action for c in english] == ["review Google", "find Yelp"]
    assert [c.call_to_action for c in store.presence.cards_to_print()] == ["", ""]
    assert english[0].payload.endswith("placeid=ChIJabc")
    assert english[1].payload == "https://www.yelp.fr/biz/boulangerie-lea-lyon"
    assert english[1].address == "yelp.fr/biz/boulangerie-lea-lyon"


def test_cards_to_print_skips_listings_without_a_link(store):
    _marked(store, "apple")
    _marked(store, "facebook", handle="boulangerie.lea")
    cards = store.presence.cards_to_print(_CODES)
    assert [(c.caption, c.call_to_action) for c in cards] == [("Facebook", "follow Facebook")]


def test_writes_return_presence_changes_and_delete_restore_round_trips(store):
    change = store.presence.add(Listing(platform_key="custom", custom_name="Cityvox"))  # as "Another platform…"
    assert change.concerns(Area.PRESENCE)
    listing = store.presence.listing(change.ids[0])
    assert listing.name == "Cityvox" and listing.is_custom
    store.presence.delete(listing.id)
    assert store.presence.listings() == []
    store.presence.restore(listing)
    assert store.presence.listings() == [listing]


def test_listings_survive_reopening_the_file(tmp_path):
    path = tmp_path / "shop.sqlite3"
    first = open_store(path)
    first.presence.add(Listing(platform_key="waze", nap_phone="04 78 00 00 00", last_checked=date(2026, 1, 5),
                               notes="Pin à déplacer 🥐", print_card=True))
    first.close()
    again = open_store(path)
    try:
        listing = again.presence.listing_for("waze")
        assert listing.last_checked == date(2026, 1, 5) and listing.notes.endswith("🥐") and listing.print_card
    finally:
        again.close()


def test_link_values_are_remembered(store):
    store.presence.set_link_value("place_id", "ChIJ123")
    store.presence.set_link_value("wifi_hidden", True)
    assert store.presence.link_values() == {"place_id": "ChIJ123", "wifi_hidden": True}


def test_demo_listings_include_agreeing_differing_and_stale_ones(store):
    from socialdesk.domain.presence.nap import check_listing
    from socialdesk.storage.demo import seed_demo

    today = date(2026, 11, 26)
    seed_demo(store, today)
    checks = {l.platform_key: check_listing(store.shop.get(), l, today) for l in store.presence.listings()}
    google = checks["google_business"]
    assert {google.name.state.value, google.address.state.value, google.phone.state.value} == {"match"}
    assert not google.stale
    assert checks["bing"].address.state.value == "different" and checks["bing"].stale
    assert [c.caption for c in store.presence.cards_to_print()] == ["Google", "Instagram", "Yelp"]
    cards = store.presence.cards_to_print()
    assert cards[2].address == "yelp.fr/biz/boulangerie-léa-lyon"
    assert cards[0].payload.startswith("https://search.google.com/local/writereview?placeid=")
    assert cards[0].address == cards[0].payload.removeprefix("https://")  # the code's own target, not g.page


@pytest.mark.parametrize("network_key, handle, url", [
    ("x", "@boulangerielea", "https://x.com/boulangerielea"),
    ("tiktok", "boulangerielea", "https://www.tiktok.com/@boulangerielea"),
    ("bluesky", "lea.bsky.social", "https://bsky.app/profile/lea.bsky.social"),
    ("youtube", "boulangerielea", "https://www.youtube.com/@boulangerielea"),
    ("mastodon", "@lea@piaille.fr", None),  # no single site to build a link on
    ("instagram", "boulangerie lea", None),  # a space is not a handle
])
def test_url_for_network_builds_profile_links_from_reserved_handles(store, network_key, handle, url):
    store.presence.ensure_listing(network_key, handle)
    assert store.presence.url_for_network(network_key) == url
