"""The plan as CSV: our UTF-8-with-BOM export, and imports of it or of Excel's `;`/Windows-1252 files."""

import csv
import io
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time

from socialdesk.domain.calendar.csv_problems import CsvError, CsvProblem  # noqa: F401 (re-exported)
from socialdesk.domain.calendar.csv_bytes import Damage, decode, delimiter, line_of, unclosed_quote
from socialdesk.domain.calendar.google_post import EXTRA_KEY, GoogleKind, GooglePost, google_post
from socialdesk.domain.calendar.plan_words import (HEADERS, Dialect, about_word, google_kind_key, google_kind_word,
                                                   import_words, networks_cell, status_word)
from socialdesk.domain.networks import NETWORKS, network_key_for_word
from socialdesk.domain.post_text import clean_text, has_invisible
from socialdesk.domain.posts import About, Post, PostStatus
from socialdesk.domain.weeks import in_range

COLUMNS = ("date", "time", "networks", "status", "pillar", "about", "text", "notes")
KEY = "id"  # optional: the post's uid, so a file edited in a spreadsheet updates the posts it came from
OPTIONAL = (KEY, "alt_text", "google_kind")  # a file written before these columns still imports
# A spreadsheet of the owner's own may leave these out (« Date;Heure;Réseaux;Statut;Texte »): new posts have none,
# updated posts keep theirs (`CsvImport.absent`). Unless the file has a column we do not know: a misspelt « Thme »
# is then said missing, never read as no theme at all.
MAY_BE_ABSENT = ("pillar", "about", "notes")
_KEY_TEXT = re.compile(r"[A-Za-z0-9._@-]{1,100}")
_FREE_TEXT = ("text", "notes", "alt_text")  # the text of a post: one rule (post_text) wherever it comes from
BOM = "\ufeff"
MAX_ROWS = 100_000
MAX_BYTES = 50 * 1024 * 1024  # a plan file larger than this is refused before it is read
CELL_LIMIT = 16 * 1024 * 1024  # the csv module refuses cells over 128 KB; a long post or notes come back whole
_LIMIT_MB = str(CELL_LIMIT // (1024 * 1024))
# Spreadsheets run a cell starting with these as a formula: a leading apostrophe defuses it.
_DANGEROUS = re.compile(r"^'*[=+\-@\t\r]")
_HEADER_ALIASES = {
    "heure": "time", "réseaux": "networks", "reseaux": "networks", "statut": "status", "thème": "pillar",
    "theme": "pillar", "pilier": "pillar", "sujet": "about", "texte": "text", "identifiant": "id",
    "texte alternatif": "alt_text", "alt text": "alt_text", "type google": "google_kind", "google kind": "google_kind",
}
# Words an owner's own sheet may give its notes; beside a real notes column they are a column of the owner's own
# (SocialDesk's export with a « Commentaire » added: attack 36d, M5)
_NOTES_WORDS = frozenset({"commentaire", "commentaires", "remarque", "remarques", "comment", "comments", "note"})
_STATUS_WORDS = {
    "idée": "idea", "idee": "idea", "brouillon": "draft", "prévu": "planned", "prevu": "planned",
    "planifié": "planned", "publié": "published", "publie": "published", "ignoré": "skipped",
    "ignore": "skipped", "sauté": "skipped", "prévue": "planned", "prevue": "planned", "publiée": "published",
    "publiee": "published", "annulé": "skipped", "annulée": "skipped", "annule": "skipped", "annulee": "skipped",
    "ignorée": "skipped", "ignoree": "skipped", **import_words()[0],
}
_ABOUT_WORDS = {
    "clients": "customers", "équipe": "team", "equipe": "team", "fournisseurs": "suppliers",
    "partenaires": "partners", "vie locale": "local", "local life": "local", "nous": "us",
    "us (the shop)": "us", **import_words()[1],
}
# A networks cell's words; a name of several words ("Google Business Profile") is one, the longest first.
_NAMES = sorted((w for n in NETWORKS for w in n.words if " " in w), key=len, reverse=True)
_NETWORK_WORD = re.compile("|".join([r"\s+".join(map(re.escape, w.split())) + r"(?![^\s,;/])" for w in _NAMES]
                                    + [r"[^\s,;/]+"]), re.IGNORECASE)


@dataclass
class CsvImport:
    posts: list[Post] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)  # the line each post came from
    errors: list[CsvError] = field(default_factory=list)
    encoding: str = "utf-8"
    delimiter: str = ","
    cleaned: int = 0  # cells whose invisible control characters were removed
    dates_guessed: str = ""  # "month/day" or "day/month" when every slashed date could be either
    absent: tuple[str, ...] = ()  # of MAY_BE_ABSENT, the columns the file does not have


def defuse(cell: str) -> str:
    return "'" + cell if _DANGEROUS.match(cell) else cell



def restore(cell: str) -> str:
    """Undo `defuse`: exactly one apostrophe comes off a cell it would have defused."""
    return cell[1:] if cell.startswith("'") and _DANGEROUS.match(cell[1:]) else cell


def export_rows(posts: list[Post], language: str = "en") -> list[list[str]]:
    rows = []
    for post in posts:
        rows.append([
            post.day.isoformat() if post.day else "",
            post.time.strftime("%H:%M") if post.time else "",
            networks_cell(post.networks, language),
            status_word(post.status, language),
            post.pillar, about_word(post.about, language), post.text, post.notes, post.uid, post.alt_text,
            google_kind_word(google_post(post).kind.value, language) if EXTRA_KEY in post.extra else "",
        ])
    return rows


def export_csv(posts: list[Post], delimiter: str = ",", language: str = "en", bom: bool = True) -> bytes:
    """UTF-8 with BOM (Excel then reads accents right), CRLF lines; `;` suits a French Excel."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(HEADERS.get(language, HEADERS["en"]))
    for row in export_rows(posts, language):
        writer.writerow([defuse(cell) for cell in row])
    return ((BOM if bom else "") + out.getvalue()).encode("utf-8")


def export_plan(posts: list[Post], dialect: Dialect, language: str) -> bytes:
    """The one export the window and the command line both write."""
    return export_csv(posts, dialect.delimiter, language, dialect.bom)


def parse_csv(data: bytes) -> CsvImport:
    """Read every line; the result holds posts and errors (import only when there is no error)."""
    with _long_cells():
        return _parse(data)


@contextmanager
def _long_cells() -> Iterator[None]:
    """The csv module's cell limit is process-wide: raised only while a plan file is read, then put back."""
    before = csv.field_size_limit(max(csv.field_size_limit(), CELL_LIMIT))
    try:
        yield
    finally:
        csv.field_size_limit(before)


def _parse(data: bytes) -> CsvImport:
    result = CsvImport()
    decoded = decode(data)
    if not isinstance(decoded, tuple):
        result.errors.append(_not_text(data, decoded))
        return result
    text, result.encoding = decoded
    if not text.strip():
        result.errors.append(CsvError(1, CsvProblem.EMPTY))
        return result
    lines = text.split("\n")
    skipped, sep = _before_header(lines)
    result.delimiter = sep or delimiter("\n".join(lines[skipped:]))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=result.delimiter)
    try:
        for _ in range(skipped):
            next(reader, None)
        first_row = next(reader, [])
        header = _header(first_row)
    except csv.Error as error:
        if _too_large(error):
            result.errors.append(CsvError(1, CsvProblem.CELL_TOO_LARGE, _LIMIT_MB))
            return result
        header = first_row = []
    index = _columns(header, result, first_row)
    if index is None:
        return result
    french = any(unicodedata.normalize("NFC", h.strip().lower()) in _HEADER_ALIASES for h in first_row)
    _read_rows(reader, index, result, french or result.delimiter == ";")  # US Excel never writes `;`
    opened = unclosed_quote(text, result.delimiter, 0)
    if opened is not None:
        result.errors.append(CsvError(line_of(text, opened), CsvProblem.UNCLOSED_QUOTE))
    return result


_SEP_LINE = re.compile(r"sep=([,;\t|])", re.IGNORECASE)


def _before_header(lines: list[str]) -> tuple[int, str]:
    """How many lines come before the header (blank ones, empty rows, and Excel's « sep=; » line), and the separator
    that line names ("" when none does)."""
    skipped, sep = 0, ""
    for line in lines:
        bare = line.strip().strip(_INVISIBLE)
        named = _SEP_LINE.fullmatch(bare.strip('"'))
        if bare.strip(",;\t|") and not named:  # Excel writes an empty row as « ;;; »
            break
        sep = named.group(1) if named else sep
        skipped += 1
    return skipped, sep


def _not_text(data: bytes, damage: Damage | None) -> CsvError:
    if damage is None:
        return CsvError(1, CsvProblem.NOT_TEXT)
    if damage.byte < 0:
        return CsvError(damage.line, CsvProblem.DAMAGED_UTF16)
    column = ""
    if damage.column >= 0:
        body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
        text = body.decode("utf-8", errors="replace")
        names = _header(next(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter(text)), []))
        column = names[damage.column] if damage.column < len(names) else str(damage.column + 1)
    return CsvError(damage.line, CsvProblem.DAMAGED_UTF8, f"0x{damage.byte:02X}", column)


_INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060"  # byte-order marks and zero-width spaces a copy may bring


def _header(first_row: list[str]) -> list[str]:
    # "e" + U+0300 is "è"; a byte-order mark or a zero-width space pasted before « Date » is no part of it
    names = [unicodedata.normalize("NFC", h.strip().strip(_INVISIBLE).strip().lower()) for h in first_row]
    mapped = [_HEADER_ALIASES.get(name, name) for name in names]
    notes = "notes" in mapped
    return [("notes" if not notes and name in _NOTES_WORDS else name) for name in mapped]


def _columns(header: list[str], result: CsvImport, raw: list[str]) -> dict[str, int] | None:
    """Where each of our columns is; None (and the errors said) when one is missing or there twice. `raw`: the
    header's cells as written, to name them (« Statu », « Commentaire »)."""
    missing = [c for c in COLUMNS if c not in header]
    unknown = [i for i, name in enumerate(header) if name.strip() and name not in (*COLUMNS, *OPTIONAL)]
    misspelt = {i: key for i in unknown for key in missing if _looks_like(header[i], key)}
    needed = [c for c in missing if c not in MAY_BE_ABSENT or c in misspelt.values()]  # what the owner must fix
    if needed:
        named = ", ".join(raw[i].strip() for i in misspelt)  # never a column of the owner's own (« Photo »)
        result.errors.append(CsvError(1, CsvProblem.NO_HEADER, " ".join(needed), named))
        return None
    result.absent = tuple(missing)  # a column of the owner's own (« Photo ») is left aside, as ever
    twice = [c for c in (*COLUMNS, *OPTIONAL) if header.count(c) > 1]
    for name in twice:  # two `text` columns: no guessing which one the owner meant; named as the file names them
        written = [raw[i].strip() for i, h in enumerate(header) if h == name]
        own = {name, *(HEADERS[language][(*COLUMNS, *OPTIONAL).index(name)] for language in HEADERS)}
        other = len({w.casefold() for w in written}) > 1 or any(w.casefold() not in own for w in written)
        shown = ", ".join(written) if other else ""  # « Commentaire, commentaire » as the file writes them
        result.errors.append(CsvError(1, CsvProblem.DUPLICATE_COLUMN, name, shown))
    known = [name for name in (*COLUMNS, *OPTIONAL) if name in header]
    return None if twice else {name: header.index(name) for name in known}


def _looks_like(name: str, key: str) -> bool:
    """Whether a column we do not know misspells column `key` (« Thme », « Statu »), in either language."""
    from difflib import SequenceMatcher  # with a header short of a column, not with every export or import

    from socialdesk.domain.review_rules import without_accents

    plain = without_accents(name)
    return any(SequenceMatcher(None, plain, without_accents(word)).ratio() >= 0.75
               for word in (key, *(HEADERS[language][COLUMNS.index(key)] for language in HEADERS)))


def _read_rows(reader, index: dict[str, int], result: CsvImport, french: bool) -> None:
    """Every row is read first: the file's dates decide together whether 1/12 is 1 December or 12 January."""
    pending: list[tuple[dict[str, str], int]] = []
    late = _collect_rows(reader, index, result, pending)
    order = _date_order([(cells["date"].strip(), line) for cells, line in pending], french, result)
    if order is not None:
        for cells, line in pending:
            _read_row(cells, line, result, order)
    result.errors.extend(late)


def _collect_rows(reader, index: dict[str, int], result: CsvImport, pending: list) -> list[CsvError]:
    line = reader.line_num + 1
    keys: set[str] = set()
    try:
        for row in reader:
            cells = {name: restore(row[i]) if i < len(row) else "" for name, i in index.items()}
            cells.update({name: "" for name in result.absent})
            cells[KEY] = _key(cells.get(KEY, ""), keys)
            for name in _FREE_TEXT:
                cells.setdefault(name, "")
                if has_invisible(cells[name]):
                    result.cleaned += 1
                cells[name] = clean_text(cells[name])
            if any(cells[name].strip() for name in COLUMNS):
                if len(pending) >= MAX_ROWS:
                    return [CsvError(line, CsvProblem.TOO_MANY_ROWS, str(MAX_ROWS))]
                pending.append((cells, line))
            line = reader.line_num + 1
    except csv.Error as error:
        too_large = _too_large(error)
        return [CsvError(line, CsvProblem.CELL_TOO_LARGE if too_large else CsvProblem.NOT_TEXT,
                         _LIMIT_MB if too_large else "")]
    return []


_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(?:\d{2}|\d{4})")


def _date_order(dates: list[tuple[str, int]], french: bool, result: CsvImport) -> str | None:
    """"dm" or "md" for the whole file: a 13 or more in one place decides; a file holding both orders is refused
    (None); when every slashed date could be either, US Excel's m/d/yyyy (no leading zero, `,`, English headers)
    reads month first, and a file written day first elsewhere (French headers, `;`, or 01/12/2026 with a leading
    zero, as UK and French Excel save dd/mm/yyyy) reads day first; `dates_guessed` says which."""
    day_first = month_first = None
    for raw, line in dates:
        match = _SLASHED.fullmatch(raw)
        if match:
            if int(match[1]) > 12 and day_first is None:
                day_first = (raw, line)
            if int(match[2]) > 12 and month_first is None:
                month_first = (raw, line)
    if day_first and month_first:
        later = max(day_first, month_first, key=lambda seen: seen[1])
        result.errors.append(CsvError(later[1], CsvProblem.MIXED_DATE_ORDER, f"{day_first[0]} / {month_first[0]}"))
        return None
    if day_first or month_first:
        return "dm" if day_first else "md"
    slashed = [match for raw, _ in dates if (match := _SLASHED.fullmatch(raw))]
    day_first_here = french or any(part.startswith("0") for match in slashed for part in match.groups())
    if slashed:
        result.dates_guessed = "day/month" if day_first_here else "month/day"
    return "dm" if day_first_here else "md"


def _key(cell: str, seen: set[str]) -> str:
    """The row's post key; "" for none, a mangled one, or a key already taken by an earlier row
    (a row copied in the spreadsheet, key and all, is a new post, not the same one twice)."""
    key = cell.strip()
    if not _KEY_TEXT.fullmatch(key) or key in seen:
        return ""
    seen.add(key)
    return key


def _too_large(error: csv.Error) -> bool:
    """The csv module says a cell passed its limit only in its message ("field larger than field limit")."""
    return "field limit" in str(error)


def _read_row(cells: dict[str, str], line: int, result: CsvImport, order: str = "dm") -> None:
    errors = []
    day = _parse_date(cells["date"].strip(), line, errors, order)
    at = _parse_time(cells["time"].strip(), line, errors)
    if at is not None and day is None and not errors:
        errors.append(CsvError(line, CsvProblem.TIME_WITHOUT_DATE, cells["time"]))
    networks = []
    for word in _NETWORK_WORD.findall(cells["networks"]):
        if word:
            key = network_key_for_word(" ".join(word.split()))
            if key is None:
                errors.append(CsvError(line, CsvProblem.UNKNOWN_NETWORK, word))
            elif key not in networks:
                networks.append(key)
    status = _word(cells["status"], {s.value: s.value for s in PostStatus} | _STATUS_WORDS)
    if status is None:
        errors.append(CsvError(line, CsvProblem.UNKNOWN_STATUS, cells["status"]))
    about = _word(cells["about"], {a.value: a.value for a in About} | _ABOUT_WORDS)
    if about is None:
        errors.append(CsvError(line, CsvProblem.UNKNOWN_ABOUT, cells["about"]))
    if errors:
        result.errors.extend(errors)
        return
    default = PostStatus.PLANNED if day else PostStatus.IDEA
    result.posts.append(Post(day=day, time=at, networks=tuple(networks), status=PostStatus(status or default),
                             pillar=cells["pillar"], about=about or "", text=cells["text"], notes=cells["notes"],
                             uid=cells[KEY], alt_text=cells["alt_text"], extra=_google_extra(cells)))
    result.lines.append(line)


def _google_extra(cells: dict[str, str]) -> dict:
    """The row's Google post kind as the post keeps it; an empty or unknown cell says nothing."""
    kind = google_kind_key(cells.get("google_kind", "")) or ""
    return {EXTRA_KEY: GooglePost(GoogleKind(kind)).to_extra()} if kind else {}


def _word(raw: str, known: dict[str, str]) -> str | None:
    """"" for an empty cell, the key for a known word, None for an unknown one."""
    word = raw.strip().lower()
    return "" if not word else known.get(word)


def _parse_date(raw: str, line: int, errors: list, order: str = "dm") -> date | None:
    """`order` reads a slashed date: "dm" (30/11/2026) or "md" (11/30/2026, US Excel); ISO is never ambiguous."""
    if not raw:
        return None
    slashed = ("%m/%d/%Y", "%m/%d/%y") if order == "md" else ("%d/%m/%Y", "%d/%m/%y")
    for pattern in ("%Y-%m-%d", *slashed, "%d.%m.%Y"):
        try:
            day = datetime.strptime(raw, pattern).date()
        except ValueError:
            continue
        if in_range(day):
            return day
        errors.append(CsvError(line, CsvProblem.DATE_OUT_OF_RANGE, raw))
        return None
    errors.append(CsvError(line, CsvProblem.BAD_DATE, raw))
    return None


def _parse_time(raw: str, line: int, errors: list) -> time | None:
    if not raw:
        return None
    match = re.fullmatch(r"(\d{1,2})[:hH](\d{2})(?::(\d{2}))?", raw)
    if match and int(match[1]) < 24 and int(match[2]) < 60:
        if match[3] in (None, "00"):  # Excel saves 09:30 as 09:30:00
            return time(int(match[1]), int(match[2]))
        if int(match[3]) < 60:
            errors.append(CsvError(line, CsvProblem.TIME_WITH_SECONDS, raw))
            return None
    errors.append(CsvError(line, CsvProblem.BAD_TIME, raw))
    return None
