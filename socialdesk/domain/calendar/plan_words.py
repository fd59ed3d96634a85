"""The plan's words in exported files (CSV headers and values, .ics labels) per language, and the CSV dialects."""

from dataclasses import dataclass
from enum import Enum

from socialdesk.domain.networks import is_network_key, network
from socialdesk.domain.posts import About, PostStatus

LANGUAGES = ("en", "fr")


class Dialect(str, Enum):
    """How a CSV file is cut: the one mapping the window and the command line share."""

    EXCEL_FR = "excel-fr"  # a French Excel splits on ";" and needs the BOM to read UTF-8
    EXCEL = "excel"
    RFC4180 = "rfc4180"  # for other programs: no BOM

    @property
    def delimiter(self) -> str:
        return ";" if self is Dialect.EXCEL_FR else ","

    @property
    def bom(self) -> bool:
        return self is not Dialect.RFC4180


def default_dialect(language: str) -> Dialect:
    return Dialect.EXCEL_FR if language == "fr" else Dialect.EXCEL


# The CSV columns in file order; `id` is the post's stable key (its uid), the same word in both languages.
HEADERS = {
    "en": ("date", "time", "networks", "status", "pillar", "about", "text", "notes", "id", "alt_text", "google_kind"),
    "fr": ("date", "heure", "réseaux", "statut", "thème", "sujet", "texte", "notes", "id",  # thème: the glossary's
           "texte alternatif", "type google"),
}


def column_names(keys: str, language: str) -> str:
    """Columns' keys ("pillar about") as the export in `language` names them: « thème, sujet »."""
    names = dict(zip(HEADERS["en"], HEADERS.get(language, HEADERS["en"])))
    return ", ".join(names.get(key, key) for key in keys.split())


# A Google post's kind (Post.extra["google_post"]["kind"]) in French, as the post dialog names it.
_GOOGLE_KIND_FR = {"update": "Nouveauté", "offer": "Offre", "event": "Événement"}
_STATUS_FR = {PostStatus.IDEA: "Idée", PostStatus.DRAFT: "Brouillon", PostStatus.PLANNED: "Prévue",
              PostStatus.PUBLISHED: "Publiée", PostStatus.SKIPPED: "Annulée"}
_ABOUT_FR = {About.CUSTOMERS: "Clients", About.TEAM: "Équipe", About.SUPPLIERS: "Fournisseurs",
             About.PARTNERS: "Partenaires", About.LOCAL: "Vie locale", About.US: "Nous (la boutique)"}


def status_word(status: PostStatus, language: str) -> str:
    """French: the word the window shows; English: the key (as the files have always held)."""
    status = PostStatus(status)
    return _STATUS_FR[status] if language == "fr" else status.value


def about_word(about: str, language: str) -> str:
    if language == "fr" and about in About._value2member_map_:
        return _ABOUT_FR[About(about)]
    return about


def networks_cell(keys: tuple[str, ...], language: str) -> str:
    """French: the names as shown ("Google Business Profile, Instagram"); English: the keys."""
    if language != "fr":
        return " ".join(keys)
    return ", ".join(network(k).name if is_network_key(k) else k for k in keys)


def google_kind_word(kind: str, language: str) -> str:
    return _GOOGLE_KIND_FR.get(kind, kind) if language == "fr" else kind


def google_kind_key(word: str) -> str | None:
    """"" for an empty cell, the kind for an English or French word, None for an unknown one."""
    word = word.strip().lower()
    known = {k: k for k in _GOOGLE_KIND_FR} | {w.lower(): k for k, w in _GOOGLE_KIND_FR.items()}
    return "" if not word else known.get(word)


def import_words() -> tuple[dict[str, str], dict[str, str]]:
    """Every exported French status and about word, lower case, to its key (import accepts both languages)."""
    return ({w.lower(): s.value for s, w in _STATUS_FR.items()},
            {w.lower(): a.value for a, w in _ABOUT_FR.items()})


@dataclass(frozen=True)
class IcsLabels:
    colon: str  # between the networks and the post's first line
    notes: str
    reminder: str  # {summary}: the event's summary
    alt_text: str = "Alt text"  # before the image's description


ICS_LABELS = {
    "en": IcsLabels(": ", "Notes", "To publish: {summary}"),
    "fr": IcsLabels("\u00a0: ", "Notes", "À publier\u00a0: {summary}", "Texte alternatif"),
}


def ics_labels(language: str) -> IcsLabels:
    return ICS_LABELS.get(language, ICS_LABELS["en"])
