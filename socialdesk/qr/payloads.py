"""What goes inside a QR code: guest Wi-Fi, the shop's contact card (vCard 3.0, MeCard), web links."""

from enum import Enum

from socialdesk.domain.presence.contact_card import (  # the vCard and its refusals live below QR codes
    COUNTRY_NAMES, PayloadProblem, PayloadRefused, card_website, country_name, dialable_phone, international_phone,
    vcard_payload,
)
from socialdesk.domain.shop import ShopCard
from socialdesk.domain.urls import checked_text, safe_http_url


class WifiSecurity(str, Enum):
    WPA = "WPA"  # also right for WPA2 and WPA3; some phones reject "WPA/WPA2"
    WEP = "WEP"
    NONE = "nopass"


_WIFI_SPECIAL = frozenset('\\;,":')
_MECARD_SPECIAL = frozenset('\\;,":')


def _escape(text: str, special: frozenset[str]) -> str:
    return "".join("\\" + char if char in special else char for char in text)


def _one_line(value: str) -> str:
    """A MeCard field on one line: it has no way to write a line break, and one would end the field for a reader."""
    return " ".join(part.strip() for part in value.splitlines() if part.strip())


def escape_wifi(text: str) -> str:
    """Backslash before each of \\ ; , " : (segno's helper forgets the comma)."""
    return _escape(text, _WIFI_SPECIAL)


def wifi_payload(ssid: str, password: str = "", security: WifiSecurity | str = WifiSecurity.WPA,
                 hidden: bool = False) -> str:
    """`WIFI:T:<sec>;S:<ssid>;P:<password>;H:<true|false>;;`; an open network has no P field."""
    security = WifiSecurity(security)
    if not ssid:
        raise PayloadRefused(PayloadProblem.NO_SSID)
    if security is not WifiSecurity.NONE and not password:
        raise PayloadRefused(PayloadProblem.NO_PASSWORD)
    if security is WifiSecurity.WEP and not _valid_wep_key(password):
        raise PayloadRefused(PayloadProblem.WEP_KEY)
    fields = [f"T:{security.value}", f"S:{escape_wifi(ssid)}"]
    if security is not WifiSecurity.NONE:
        fields.append(f"P:{escape_wifi(password)}")
    fields.append(f"H:{'true' if hidden else 'false'}")
    return "WIFI:" + ";".join(fields) + ";;"


def _valid_wep_key(key: str) -> bool:
    if len(key) in (5, 13):
        return True
    return len(key) in (10, 26) and all(c in "0123456789abcdefABCDEF" for c in key)


def url_payload(text: str) -> str:
    """A clean http(s) link (raises socialdesk.domain.urls.UrlRefused for anything else)."""
    return safe_http_url(text)


def text_payload(text: str) -> str:
    """Text as typed; if a phone would open it as a link it must pass the link checks (raises
    UrlRefused) and the clean link is returned."""
    if not text.strip():  # blanks alone scan as nothing a customer can use
        raise PayloadRefused(PayloadProblem.EMPTY)
    return checked_text(text)


def mecard_payload(card: ShopCard) -> str:
    """`MECARD:N:<name>;TEL:…;EMAIL:…;URL:…;ADR:…;;` with \\ ; , " : escaped."""
    if card.is_empty:
        raise PayloadRefused(PayloadProblem.EMPTY_CARD)
    address = ", ".join(p.strip() for p in (card.address, f"{card.postcode} {card.city}".strip()) if p.strip())
    fields = [("N", card.name), ("TEL", dialable_phone(card)), ("EMAIL", card.email), ("URL", card_website(card)),
              ("ADR", address)]
    body = ";".join(f"{key}:{_escape(_one_line(value), _MECARD_SPECIAL)}" for key, value in fields if value.strip())
    return f"MECARD:{body};;"


__all__ = [
    "COUNTRY_NAMES", "PayloadProblem", "PayloadRefused", "WifiSecurity", "card_website", "country_name",
    "dialable_phone", "escape_wifi", "international_phone", "mecard_payload", "text_payload", "url_payload",
    "vcard_payload", "wifi_payload",
]
