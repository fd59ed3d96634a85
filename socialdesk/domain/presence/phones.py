"""Phone numbers as people write them, read with phonenumbers (E.164 to compare and encode)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from phonenumbers import PhoneNumber


def _parse(text: str, country: str) -> PhoneNumber | None:
    # Imported here: phonenumbers and its region data load when a number is first read, not at start-up.
    import phonenumbers

    region = (country or "").strip().upper() or None
    try:
        number = phonenumbers.parse(text or "", region)
    except phonenumbers.NumberParseException:
        return None
    reason = phonenumbers.is_possible_number_with_reason(number)
    return number if reason == phonenumbers.ValidationResult.IS_POSSIBLE else None


def to_e164(text: str, country: str = "FR") -> str | None:
    """`+33478000000` for "04 78 00 00 00" in France; None when it is not a phone number.

    International forms (+33…, 0033…, +33 (0)4…, +33 0 4…) are read in any country; national forms
    need the shop's country (ISO code). Too few or too many digits for that country give None; an
    extension ("ext. 12") is not part of the number dialled.
    """
    number = _parse(text, country)
    if number is None:
        return None
    import phonenumbers

    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def display_e164(e164: str) -> str:
    """+33478000000 → "+33 4 78 00 00 00": grouped as the number's own country groups it."""
    number = _parse(e164, "")
    if number is None:
        return e164
    import phonenumbers

    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def display_phone(text: str, country: str) -> str:
    """How the shop's customers write it: "04 78 00 00 00" in France, "+212 6 12 34 56 78" for a
    Moroccan number seen from France; the text as typed when it is not a phone number."""
    number = _parse(text, country)
    if number is None:
        return (text or "").strip()
    import phonenumbers

    home = number.country_code == phonenumbers.country_code_for_region((country or "").strip().upper())
    style = phonenumbers.PhoneNumberFormat.NATIONAL if home else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    return phonenumbers.format_number(number, style)
