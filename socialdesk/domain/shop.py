"""The shop's one canonical card (name, address, phone…) that listings are compared against."""

from dataclasses import dataclass, field

from socialdesk.domain.hours.model import OpeningHours


@dataclass
class ShopCard:
    name: str = ""
    trade: str = ""
    address: str = ""  # street and number
    postcode: str = ""
    city: str = ""
    country: str = "FR"  # ISO 3166 alpha-2; used to normalise phone numbers
    phone: str = ""
    email: str = ""
    website: str = ""
    opening_hours: str = ""  # as typed (kept when it could not be read), or the week written out
    hours: OpeningHours | None = None  # the structured week, when known
    languages: list[str] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.name.strip()
