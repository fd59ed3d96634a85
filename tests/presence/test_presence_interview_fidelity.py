"""The Add menu credits to the 2011 interview only the names it used, and says Foursquare's app has closed."""

from datetime import date

from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.presence.platforms import legacy_names_for, resolve_platform_key
from socialdesk.ui.presence.tab import PresenceTab


def _menu_texts(qtbot, store, bus) -> list[str]:
    tab = PresenceTab(store, bus, fixed_clock(date(2026, 12, 2)))
    qtbot.addWidget(tab)
    tab.listings.add_menu.aboutToShow.emit()
    return [action.text() for action in tab.listings.add_menu.actions()]


def test_google_is_credited_with_the_interviews_name_only(qtbot, store, bus):
    texts = _menu_texts(qtbot, store, bus)
    google = next(text for text in texts if text.startswith("Google Business Profile"))
    assert google == "Google Business Profile (in the 2011 interview: Google Adresses)"  # « Google Adresses »
    assert "My Business" not in " ".join(texts)  # a 2014 name the interview never used
    assert resolve_platform_key("google_my_business") == "google_business"  # still understood in files
    assert legacy_names_for("yelp") == ["Qype"]  # Qype stays mapped to Yelp in listings


def test_foursquare_is_offered_with_its_closed_app_said(qtbot, store, bus):
    texts = _menu_texts(qtbot, store, bus)
    assert "Foursquare (its app closed in 2024)" in texts
    assert "Foursquare" not in texts


def test_foursquare_in_french(qtbot, store, bus):
    from socialdesk.ui.i18n import install_translators

    install_translators("fr")
    try:
        texts = [text.replace("\u00a0", " ") for text in _menu_texts(qtbot, store, bus)]
    finally:
        install_translators("en")
    assert "Foursquare (son appli a fermé en 2024)" in texts
