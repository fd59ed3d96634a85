"""The shop's contact card as vCard 3.0 text: the one builder the link builder and QR codes share."""

import ipaddress
import socket
from enum import Enum
from urllib.parse import urlsplit

from socialdesk.domain.presence.phones import display_e164, to_e164
from socialdesk.domain.shop import ShopCard
from socialdesk.domain.urls import UrlRefused, safe_http_url


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


def _vcard_text(value: str) -> str:
    value = value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return value.replace("\r\n", "\\n").replace("\n", "\\n")


# ADR's last field is the country NAME (RFC 2426); the shop card keeps the ISO code. Names as the
# shop's own customers write them.
COUNTRY_NAMES = {
    "FR": "France", "BE": "Belgique", "CH": "Suisse", "LU": "Luxembourg", "MC": "Monaco",
    "DE": "Deutschland", "ES": "España", "IT": "Italia", "PT": "Portugal", "NL": "Nederland",
    "AT": "Österreich", "IE": "Ireland", "GB": "United Kingdom", "US": "United States", "CA": "Canada",
    "MA": "Maroc", "TN": "Tunisie",  # addresses there are written in French
}


def country_name(country: str) -> str:
    """"France" for "FR"; a name already written out (or an unknown code) is kept as it is."""
    cleaned = (country or "").strip()
    return COUNTRY_NAMES.get(cleaned.upper(), cleaned)


def international_phone(card: ShopCard) -> str:
    """"+33 4 78 00 00 00" for "04 78 00 00 00" in France; what was typed if it is not a number."""
    e164 = to_e164(card.phone, card.country)
    return display_e164(e164) if e164 else card.phone.strip()


def dialable_phone(card: ShopCard) -> str:
    """"+33478000000" (E.164, what TEL in a vCard or MeCard carries) for "04 78 00 00 00" in France;
    what was typed if it is not a number."""
    return to_e164(card.phone, card.country) or card.phone.strip()


def card_website(card: ShopCard) -> str:
    """The shop's website as a contact card carries it: a clean http(s) link ("https://" added, an accented domain in
    punycode, spaces encoded), or "" when what was typed is not a web address (a `javascript:` link, a phone
    number): every link in a code follows the same rule (domain.urls.safe_http_url)."""
    if not card.website.strip():
        return ""
    try:
        link = safe_http_url(card.website)
    except UrlRefused:
        return ""
    return "" if _this_network_only(urlsplit(link).hostname or "") else link


# Names that only a local network resolves (RFC 6761, 6762, 8375, ICANN's .internal, the never-delegated .home,
# .corp and .mail) and the usual home ones (a FRITZ!Box router; attack 34e, F5)
_LOCAL_NAMES = ("localhost", "local", "home.arpa", "internal", "lan", "localdomain", "intranet", "home", "corp", "mail",
                "fritz.box")


def _this_network_only(host: str) -> bool:
    """A host no customer's phone reaches: this computer ("localhost"), a name only the local network knows
    ("router.local"), or a private or local network address, however written (192.168.1.10, "127.1"; attack
    34c, F7 and 34d, F2)."""
    host = host.strip("[]").rstrip(".").lower()
    if any(host == name or host.endswith("." + name) for name in _LOCAL_NAMES):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        try:
            address = ipaddress.ip_address(socket.inet_aton(host))  # the short forms a browser takes: 127.1, 10.1
        except OSError:
            return False
    return not address.is_global


def vcard_payload(card: ShopCard) -> str:
    """THE shop's vCard 3.0 (the link builder and the QR designer both use it): an organisation
    (FN and ORG carry its name), phone in E.164 form, country name in ADR, CRLF ends."""
    if card.is_empty:
        raise PayloadRefused(PayloadProblem.EMPTY_CARD)
    name = _vcard_text(card.name.strip())
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{name};;;;", f"FN:{name}", f"ORG:{name}"]
    if card.phone.strip():
        lines.append(f"TEL;TYPE=WORK,VOICE:{_vcard_text(dialable_phone(card))}")
    if card.email.strip():
        lines.append(f"EMAIL;TYPE=INTERNET:{_vcard_text(card.email.strip())}")
    website = card_website(card)
    if website:
        lines.append(f"URL:{_vcard_text(website)}")
    if any(part.strip() for part in (card.address, card.postcode, card.city)):
        street, city, postcode = (_vcard_text(p.strip()) for p in (card.address, card.city, card.postcode))
        lines.append(f"ADR;TYPE=WORK:;;{street};{city};;{postcode};{_vcard_text(country_name(card.country))}")
    lines.append("END:VCARD")
    return "\r\n".join(lines)
