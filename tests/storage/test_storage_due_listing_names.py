"""The listings a holiday's to-do names are read with plain queries, as the presence repository reads them."""

from socialdesk.domain.presence.listings import Listing, ListingStatus
from socialdesk.storage.due import listing_names


def test_listing_names_are_the_relevant_listings_in_the_owners_order(store):
    store.presence.add(Listing("google"))
    store.presence.add(Listing("custom", custom_name="Cityvox"))
    store.presence.add(Listing("custom", custom_name="Vieux guide", status=ListingStatus.NOT_RELEVANT))
    store.presence.add(Listing("pagesjaunes"))
    store.presence.add(Listing("custom", custom_name=""))
    wanted = {f"custom:{listing.id}" if listing.is_custom else listing.platform_key: listing.name
              for listing in store.presence.listings() if listing.status is not ListingStatus.NOT_RELEVANT}
    assert listing_names(store) == wanted
    assert list(listing_names(store)) == list(wanted)
    assert "Vieux guide" not in listing_names(store).values()
    assert "Cityvox" in listing_names(store).values()
    assert len(wanted) == 4
