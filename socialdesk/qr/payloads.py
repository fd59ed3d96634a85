"""What goes inside a QR code: guest Wi-Fi, the shop's contact card (vCard 3.0, MeCard), web links."""

from enum import Enum

from socialdesk.domain.presence.phones import display_e164, to_e164
from socialdesk.domain.shop import ShopCard
from socialdesk.domain.urls import checked_text, safe_http_url


class WifiSecurity(str, Enum):
    WPA = "WPA"  # also right for WPA2 and WPA3; some phones reject "WPA/WPA2"
    WEP = "WEP"
    NONE = "nopass"


class PayloadProblem(str, Enum):
    EMPTY = "empty"
    NO_SSID = "no_ssid"
    NO_PASSWORD = "no_password"
    EMPTY_CARD = "empty_card"
    WEP_KEY = "wep_key"  # WEP keys are 5 or 13 characters, or 10 or 26 hexadecimal digits


class PayloadRefused(ValueError):
    def __init__(self, problem: PayloadProblem):
        super().__init__(problem.value)
        self.problem = problem


_WIFI_SPECIAL = frozenset('\\;,":')
_MECARD_SPECIAL = frozenset('\\;,":')


def _escape(text: str, special: frozenset[str]) -> str:
    return "".join("\\" + char if char in special else char for char in text)


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


def _vcard_text(value: str) -> str:
    value = value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return value.replace("\r\n", "\\n").replace("\n", "\\n")


# ADR's last field is the country NAME (RFC 2426); the shop card keeps the ISO code. Names as the
# shop's own customers write them.
COUNTRY_NAMES = {
    "FR": "France", "BE": "Belgique", "CH": "Suisse", "LU": "Luxembourg", "MC": "Monaco",
    "DE": "Deutschland", "ES": "España", "IT": "Italia", "PT": "Portugal", "NL": "Nederland",
    "AT": "Österreich", "IE": "Ireland", "GB": "United Kingdom", "US": "United States", "CA": "Canada",
}


def country_name(country: str) -> str:
    """"France" for "FR"; a name already written out (or an unknown code) is kept as it is."""
    cleaned = (country or "").strip()
    return COUNTRY_NAMES.get(cleaned.upper(), cleaned)


def international_phone(card: ShopCard) -> str:
    """"+33 4 78 00 00 00" for "04 78 00 00 00" in France; what was typed if it is not a number."""
    e164 = to_e164(card.phone, card.country)
    return display_e164(e164) if e164 else card.phone.strip()


def vcard_payload(card: ShopCard) -> str:
    """THE shop's vCard 3.0 (the link builder and the QR designer both use it): an organisation
    (FN and ORG carry its name), phone in international form, country name in ADR, CRLF ends."""
    if card.is_empty:
        raise PayloadRefused(PayloadProblem.EMPTY_CARD)
    name = _vcard_text(card.name.strip())
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{name};;;;", f"FN:{name}", f"ORG:{name}"]
    if card.phone.strip():
        lines.append(f"TEL;TYPE=WORK,VOICE:{_vcard_text(international_phone(card))}")
    if card.email.strip():
        lines.append(f"EMAIL;TYPE=INTERNET:{_vcard_text(card.email.strip())}")
    if card.website.strip():
        lines.append(f"URL:{_vcard_text(card.website.strip())}")
    if any(part.strip() for part in (card.address, card.postcode, card.city)):
        street, city, postcode = (_vcard_text(p.strip()) for p in (card.address, card.city, card.postcode))
        lines.append(f"ADR;TYPE=WORK:;;{street};{city};;{postcode};{_vcard_text(country_name(card.country))}")
    lines.append("END:VCARD")
    return "\r\n".join(lines)


def mecard_payload(card: ShopCard) -> str:
    """`MECARD:N:<name>;TEL:…;EMAIL:…;URL:…;ADR:…;;` with \\ ; , " : escaped."""
    if card.is_empty:
        raise PayloadRefused(PayloadProblem.EMPTY_CARD)
    address = ", ".join(p.strip() for p in (card.address, f"{card.postcode} {card.city}".strip()) if p.strip())
    fields = [("N", card.name), ("TEL", international_phone(card)), ("EMAIL", card.email), ("URL", card.website),
              ("ADR", address)]
    body = ";".join(f"{key}:{_escape(value.strip(), _MECARD_SPECIAL)}" for key, value in fields if value.strip())
    return f"MECARD:{body};;"
