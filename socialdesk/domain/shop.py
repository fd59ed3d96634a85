"""The shop's one canonical card (name, address, phone…) that listings are compared against."""

from dataclasses import dataclass, field

from socialdesk.domain.hours.model import OpeningHours

# Moselle, Bas-Rhin and Haut-Rhin: Good Friday and 26 December are public holidays there (local law, DOMAIN.md)
ALSACE_MOSELLE_DEPARTMENTS = ("57", "67", "68")


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

    @property
    def in_alsace_moselle(self) -> bool:
        """A French postcode of Moselle, Bas-Rhin or Haut-Rhin (57…, 67…, 68…)."""
        code = "".join(self.postcode.split())
        return ((self.country or "FR").strip().upper() == "FR" and len(code) == 5 and code.isdigit()
                and code[:2] in ALSACE_MOSELLE_DEPARTMENTS)
