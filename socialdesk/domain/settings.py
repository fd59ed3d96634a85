"""The app's settings and their defaults, declared once."""

import os
from copy import deepcopy
from pathlib import Path
from typing import Any

from socialdesk.domain.brand import DEFAULT_BRAND, valid_brand, valid_logo_text
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
    "backup_folder": "",  # "" keeps the backups beside the data file, else the absolute folder chosen
    "default_networks": [],  # network keys a new post starts with ticked
    "alsace_moselle": False,  # Good Friday and 26 December are public holidays too (Alsace-Moselle)
    "paper": "a4",  # documents (plan, week, checklist) print on PAPERS; cards keep their own stock
    "theme": "system",  # THEMES: light or dark; "system" follows the system's scheme
    "brand": DEFAULT_BRAND,  # the shop's printed look: cards, QR exports, print-cards (domain/brand.py)
    "brand_logo": "",  # the brand's logo as base64 PNG text, a copy kept in the data file ("" none)
    "calendar_view": "week",  # CALENDAR_VIEWS: the calendar tab shows a week or a month
    "welcome": "",  # WELCOME_STATES: "" never opened, "started" a step was begun, "left" the owner closed it
    "due_week": "",  # the ISO week key ("2026-W50") whose "what is due" was last shown
    "card_sheets": {},  # template value ("stickers", "business") -> the code of the sheet last chosen for it
}

LANGUAGES = ("en", "fr")
PAPERS = ("a4", "letter")
THEMES = ("system", "light", "dark")
CALENDAR_VIEWS = ("week", "month")
WELCOME_STATES = ("", "started", "left")
BACKUPS_KEEP_RANGE = (1, 100)


def default(key: str) -> Any:
    """The default of a known setting; unknown keys are a programming error."""
    return DEFAULTS[key]


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


ON_THE_KEY = "key:"  # portable mode: `key:Backups` is the folder `Backups` beside the program, whatever its drive


def _folder_name(value: str) -> bool:
    """An absolute folder name of this system (a name written on another system reads as the default), or in
    portable mode a folder inside the program folder, named relative to it after ON_THE_KEY (no `..`)."""
    rest = value[len(ON_THE_KEY):] if value.startswith(ON_THE_KEY) else None
    inside = bool(rest) and not os.path.isabs(rest) and not os.path.splitdrive(rest)[0] and ".." not in Path(rest).parts
    no_break = not any(c in value for c in "\0\n\r")  # the backups note keeps one folder a line
    return (os.path.isabs(value) or inside) and no_break and len(value) <= 4096


# What a stored value must look like to be used; anything else (a file edited by hand, damaged, or written by
# another version) reads as the default, so no window ever sees a value of the wrong type.
_VALID = {
    "language": lambda v: v == "" or v in LANGUAGES,
    "first_weekday": lambda v: _whole(v) and 0 <= v <= 7,
    "window_geometry": lambda v: isinstance(v, str),
    "window_state": lambda v: isinstance(v, str),
    "last_tab": lambda v: v in TAB_KEYS or (_whole(v) and 0 <= v < len(TAB_KEYS)),
    "backups_keep": lambda v: _whole(v) and BACKUPS_KEEP_RANGE[0] <= v <= BACKUPS_KEEP_RANGE[1],
    "backup_folder": lambda v: isinstance(v, str) and (v == "" or _folder_name(v)),
    "default_networks": lambda v: isinstance(v, list) and all(isinstance(k, str) for k in v),
    "alsace_moselle": lambda v: isinstance(v, bool),
    "paper": lambda v: v in PAPERS,
    "theme": lambda v: v in THEMES,
    "brand": valid_brand,
    "brand_logo": valid_logo_text,
    "calendar_view": lambda v: v in CALENDAR_VIEWS,
    "welcome": lambda v: v in WELCOME_STATES,
    "due_week": lambda v: isinstance(v, str) and len(v) <= 10,
    "card_sheets": lambda v: isinstance(v, dict) and all(isinstance(k, str) and isinstance(c, str) and len(c) <= 20
                                                         for k, c in v.items()),
}


def checked(key: str, value: Any) -> Any:
    """`value` when it fits the known setting `key`, else its default; values of unknown keys pass as they are."""
    valid = _VALID.get(key)
    if valid is None or valid(value):
        return value
    return deepcopy(DEFAULTS[key])  # a copy: the caller may change the list it gets
