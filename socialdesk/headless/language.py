"""The command line's language: `--lang`, else the environment (gettext's rules), else English; no Qt."""

import argparse
import gettext
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from socialdesk.os_words import CATALOGUE
from socialdesk.paths import resource

DOMAIN = CATALOGUE  # resources/translations/<lang>/LC_MESSAGES/socialdesk-cli.mo, compiled from its .po
LANGUAGES = ("en", "fr")

_active: gettext.NullTranslations = gettext.NullTranslations()


def N_(message: str) -> str:
    """Marks a sentence for the catalogue where it is defined; `_()` translates it where it is said."""
    return message


def _(message: str) -> str:
    return _active.gettext(message)


def n_(singular: str, plural: str, count: int) -> str:
    """The form for `count` in the chosen language (French: 0 and 1 take the singular)."""
    return _active.ngettext(singular, plural, count)


def current_language() -> str:
    """The language the command speaks now ("fr" or "en"), for the files it words (CSV, .ics, names)."""
    language = _active.info().get("language", "") if isinstance(_active, gettext.GNUTranslations) else ""
    return language[:2] if language[:2] in LANGUAGES else "en"


def catalogue(lang: str | None) -> gettext.NullTranslations:
    """`lang`'s sentences; without one, LANGUAGE, LC_ALL, LC_MESSAGES then LANG decide, as gettext does;
    English (the sentences as written) when none names a language we have."""
    return gettext.translation(DOMAIN, str(resource("translations")), languages=[lang] if lang else None,
                               fallback=True)


def lang_option(argv: Sequence[str]) -> str | None:
    """The last valid `--lang xx` / `--lang=xx` before `--`: the words are needed before argparse has read it."""
    chosen = None
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        value = argv[index + 1] if arg == "--lang" and index + 1 < len(argv) else (
            arg[len("--lang="):] if arg.startswith("--lang=") else None)
        if value in LANGUAGES:
            chosen = value
    return chosen


@contextmanager
def speaking(lang: str | None) -> Iterator[None]:
    """Our sentences and argparse's own (usage, options, its refusals) in `lang` until the command ends."""
    global _active
    before = _active, argparse._, argparse.ngettext
    _active = catalogue(lang)
    argparse._, argparse.ngettext = _, n_  # argparse looks its words up through these module names
    try:
        yield
    finally:
        _active, argparse._, argparse.ngettext = before
