"""Google Business Profile posts: Update, Offer or Event, and what Google rejects before it is sent."""

from dataclasses import dataclass
from datetime import date
from enum import Enum

from socialdesk.domain.posts import Post

GOOGLE = "google"
EXTRA_KEY = "google_post"  # in Post.extra: {"kind", "title", "start", "end"}
TEXT_LIMIT = 1500  # DOMAIN.md "Posting limits": Google Business Profile
TITLE_LIMIT = 58  # an offer's or event's title (Google's LocalPost API, checked 2026-12)


class GoogleKind(str, Enum):
    UPDATE = "update"
    OFFER = "offer"
    EVENT = "event"


class GoogleProblem(str, Enum):
    PHONE_IN_TEXT = "phone_in_text"  # Google rejects a post whose text holds a phone number (use the Call button)
    TOO_LONG = "too_long"
    TITLE_MISSING = "title_missing"
    TITLE_TOO_LONG = "title_too_long"
    DATES_MISSING = "dates_missing"
    END_BEFORE_START = "end_before_start"


@dataclass(frozen=True)
class GooglePost:
    kind: GoogleKind = GoogleKind.UPDATE
    title: str = ""
    start: date | None = None
    end: date | None = None

    def to_extra(self) -> dict:
        return {"kind": self.kind.value, "title": self.title.strip(),
                "start": self.start.isoformat() if self.start else "",
                "end": self.end.isoformat() if self.end else ""}


def _day(raw) -> date | None:
    try:
        return date.fromisoformat(raw) if raw else None
    except (TypeError, ValueError):
        return None


def google_post(post: Post) -> GooglePost:
    """The post's Google form; a missing or damaged record reads as a plain update."""
    raw = post.extra.get(EXTRA_KEY)
    if not isinstance(raw, dict):
        return GooglePost()
    try:
        kind = GoogleKind(raw.get("kind", "update"))
    except ValueError:
        kind = GoogleKind.UPDATE
    return GooglePost(kind, str(raw.get("title", "")), _day(raw.get("start")), _day(raw.get("end")))


def phone_numbers(text: str, country: str = "FR") -> list[str]:
    """The phone numbers written in a text, as written (phonenumbers' matcher, national forms read for
    the shop's country)."""
    import phonenumbers  # loaded when a Google post is first checked, not at start-up

    region = (country or "FR").strip().upper()
    return [match.raw_string for match in phonenumbers.PhoneNumberMatcher(text, region)]


def google_problems(form: GooglePost, text: str, country: str = "FR") -> list[GoogleProblem]:
    """What Google would reject in this post, or what it needs before it can be sent."""
    problems = []
    if phone_numbers(text, country):
        problems.append(GoogleProblem.PHONE_IN_TEXT)
    if len(text) > TEXT_LIMIT:
        problems.append(GoogleProblem.TOO_LONG)
    if form.kind is not GoogleKind.UPDATE:
        if not form.title.strip():
            problems.append(GoogleProblem.TITLE_MISSING)
        elif len(form.title.strip()) > TITLE_LIMIT:
            problems.append(GoogleProblem.TITLE_TOO_LONG)
        if form.start is None or form.end is None:
            problems.append(GoogleProblem.DATES_MISSING)
        elif form.end < form.start:
            problems.append(GoogleProblem.END_BEFORE_START)
    return problems
