"""Phone numbers written the many ways people write them, turned into E.164 for comparison."""

import re
import unicodedata

# Calling code, trunk prefix dropped from national numbers, national significant digits (min, max).
_COUNTRIES: dict[str, tuple[str, str, int, int]] = {
    "FR": ("33", "0", 9, 9), "BE": ("32", "0", 8, 9), "CH": ("41", "0", 9, 9), "LU": ("352", "", 4, 11),
    "MC": ("377", "", 8, 9), "DE": ("49", "0", 6, 13), "ES": ("34", "", 9, 9), "IT": ("39", "", 6, 11),
    "PT": ("351", "", 9, 9), "NL": ("31", "0", 9, 9), "AT": ("43", "0", 4, 13), "IE": ("353", "0", 7, 9),
    "GB": ("44", "0", 9, 10), "US": ("1", "1", 10, 10), "CA": ("1", "1", 10, 10),
}
_SEPARATORS = re.compile(r"[\s.\-/()\u00a0\u202f\u2009]")
_TRUNK_IN_BRACKETS = re.compile(r"^\+([0-9]{1,3})\s*\(0\)")


def to_e164(text: str, country: str = "FR") -> str | None:
    """`+33478000000` for "04 78 00 00 00" in France; None when it is not a phone number.

    International forms (+33…, 0033…, +33 (0)4…) are kept in any country; national forms need a
    known default country. Letters, emoji and too few or too many digits give None.
    """
    raw = unicodedata.normalize("NFKC", text or "").strip()  # full-width digits become ASCII
    if raw.lower().startswith("tel:"):
        raw = raw[4:]
    raw = _TRUNK_IN_BRACKETS.sub(r"+\1", raw)
    compact = _SEPARATORS.sub("", raw)
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    if not re.fullmatch(r"\+?[0-9]+", compact):
        return None
    if compact.startswith("+"):
        digits = compact[1:]
        return "+" + digits if 8 <= len(digits) <= 15 and not digits.startswith("0") else None
    rule = _COUNTRIES.get((country or "").upper())
    if rule is None:
        return None
    code, trunk, shortest, longest = rule
    national = compact[len(trunk):] if trunk and compact.startswith(trunk) else compact
    if trunk == "0" and national == compact:
        return None  # a French-style national number must start with its trunk 0
    if not shortest <= len(national) <= longest:
        return None
    return "+" + code + national


def display_e164(e164: str) -> str:
    """+33478000000 → "+33 4 78 00 00 00" (pairs after the first digit, the French habit)."""
    if not e164.startswith("+33") or len(e164) != 12:
        return e164
    national = e164[3:]
    pairs = " ".join(national[i:i + 2] for i in range(1, 9, 2))
    return f"+33 {national[0]} {pairs}"
