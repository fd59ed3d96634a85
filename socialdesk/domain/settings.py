"""The app's settings and their defaults, declared once."""

from copy import deepcopy
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


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


# What a stored value must look like to be used; anything else (a file edited by hand, damaged, or written by
# another version) reads as the default, so no window ever sees a value of the wrong type.
_VALID = {
    "language": lambda v: v == "" or v in LANGUAGES,
    "first_weekday": lambda v: _whole(v) and 0 <= v <= 7,
    "window_geometry": lambda v: isinstance(v, str),
    "window_state": lambda v: isinstance(v, str),
    "last_tab": lambda v: v in TAB_KEYS or (_whole(v) and 0 <= v < len(TAB_KEYS)),
    "backups_keep": lambda v: _whole(v) and BACKUPS_KEEP_RANGE[0] <= v <= BACKUPS_KEEP_RANGE[1],
    "default_networks": lambda v: isinstance(v, list) and all(isinstance(k, str) for k in v),
    "paper": lambda v: v in PAPERS,
}


def checked(key: str, value: Any) -> Any:
    """`value` when it fits the known setting `key`, else its default; values of unknown keys pass as they are."""
    valid = _VALID.get(key)
    if valid is None or valid(value):
        return value
    return deepcopy(DEFAULTS[key])  # a copy: the caller may change the list it gets
