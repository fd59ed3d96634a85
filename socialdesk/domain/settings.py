"""The app's settings and their defaults, declared once."""

from typing import Any

from socialdesk.tabs import TAB_KEYS

# language: "" follows the system locale, else "en" or "fr".
# first_weekday: 0 follows the locale, else ISO 1 (Monday) … 7 (Sunday).
DEFAULTS: dict[str, Any] = {
    "language": "",
    "first_weekday": 0,
    "window_geometry": "",
    "window_state": "",
    "last_tab": TAB_KEYS[0],  # the key of the tab shown at close (older files: its index)
    "backups_keep": 10,  # how many backups of the data file are kept
    "default_networks": [],  # network keys a new post starts with ticked
    "paper": "a4",  # documents (plan, week, checklist) print on PAPERS; cards keep their own stock
}

LANGUAGES = ("en", "fr")
PAPERS = ("a4", "letter")
BACKUPS_KEEP_RANGE = (1, 100)


def default(key: str) -> Any:
    """The default of a known setting; unknown keys are a programming error."""
    return DEFAULTS[key]
