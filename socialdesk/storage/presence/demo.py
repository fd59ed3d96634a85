"""The sample bakery's listings for `--demo`: some agree with the shop card, some do not."""

from datetime import date, timedelta

from socialdesk.domain.presence.links import review_link
from socialdesk.domain.presence.listings import Listing, ListingStatus as S

_PLACE_ID = "ChIJd8BlQ2BZwokRjMKtTjMezRw"  # a made-up Place ID of the right shape


def _listings(today: date) -> list[Listing]:
    days = lambda n: today - timedelta(days=n)  # noqa: E731
    return [
        Listing("google_business", status=S.VERIFIED, url="https://g.page/boulangerie-lea-lyon",
                nap_name="Boulangerie Léa", nap_address="12 Rue d'Austerlitz, 69004 Lyon",
                nap_phone="+33 4 78 00 00 00", last_checked=days(12), print_card=True,
                review_url=review_link(_PLACE_ID), notes="Horaires de Noël à ajouter début décembre.",
                nap_hours="Mar–sam 7 h–13 h, 15 h 30–19 h 30, dim 7 h–13 h"),
        Listing("apple", status=S.CLAIMED, nap_name="Boulangerie Lea", nap_address="12 r. Austerlitz, 69004 Lyon",
                nap_phone="04 78 00 00 00", last_checked=days(40),
                nap_hours="Mon 9am-noon, Tue-Sat 7am-7:30pm, Sun 7am-1pm",
                notes="Apple montre encore les horaires d'avant : lundi matin ouvert, pas de coupure à midi."),
        Listing("bing", status=S.TO_CLAIM, nap_name="Boulangerie Léa", nap_address="14 rue d'Austerlitz, 69004 Lyon",
                nap_phone="04 78 00 00 01", last_checked=days(200), notes="Ancien numéro et mauvais numéro de rue."),
        Listing("facebook", status=S.VERIFIED, url="https://www.facebook.com/boulangerielea", handle="boulangerielea",
                nap_name="Boulangerie Léa", nap_address="12 rue d'Austerlitz 69004 Lyon",
                nap_phone="04.78.00.00.00", last_checked=days(30)),
        Listing("instagram", status=S.VERIFIED, handle="boulangerielea", last_checked=days(5), print_card=True),
        Listing("yelp", status=S.CLAIMED, url="https://www.yelp.fr/biz/boulangerie-l%C3%A9a-lyon",
                nap_name="Boulangerie Léa", nap_address="12 rue d'Austerlitz, 69001 Lyon",
                nap_phone="0478000000", last_checked=days(95), print_card=True,
                notes="Reprend l'ancienne fiche Qype de 2011."),
        Listing("pagesjaunes", status=S.CLAIMED, url="https://www.pagesjaunes.fr/pros/00000000",
                nap_name="BOULANGERIE LEA", nap_address="12 R D'AUSTERLITZ 69004 LYON",
                nap_phone="04 78 00 00 00", last_checked=days(60)),
        Listing("thefork", status=S.NOT_RELEVANT, notes="Pas de restaurant : pas de réservation."),
        Listing("tiktok", status=S.TO_CLAIM, handle="boulangerielea", notes="Nom réservé, aucun post prévu."),
        Listing("custom", custom_name="Cityvox", status=S.TO_CLAIM,
                notes="Cité dans l'entretien de 2011 ; vérifier que le service existe encore."),
    ]


def seed_demo(store, today: date) -> None:
    for listing in _listings(today):
        store.presence.add(listing)
    store.presence.set_link_value("place_id", _PLACE_ID)
    store.presence.set_link_value("wifi_ssid", "Boulangerie Léa – invités")
    store.presence.set_link_value("wifi_security", "WPA")
