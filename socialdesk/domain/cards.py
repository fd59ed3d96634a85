"""What one printed QR card carries, whoever chose it (a listing, the link builder)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class CardItem:
    payload: str  # the exact text encoded in the QR code
    caption: str = ""  # e.g. the platform's name
    call_to_action: str = ""  # e.g. "Laissez-nous un avis sur Google"
    small_url: str = ""  # printed under the code for people who do not scan
