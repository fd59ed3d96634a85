"""The app's settings and their defaults, declared once."""

from typing import Any

# language: "" follows the system locale, else "en" or "fr".
# first_weekday: 0 follows the locale, else ISO 1 (Monday) … 7 (Sunday).
DEFAULTS: dict[str, Any] = {
    "language": "",
    "first_weekday": 0,
    "window_geometry": "",
    "window_state": "",
    "last_tab": 0,
}

LANGUAGES = ("en", "fr")


def default(key: str) -> Any:
    """The default of a known setting; unknown keys are a programming error."""
    return DEFAULTS[key]
