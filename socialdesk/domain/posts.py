"""A planned post as other tabs see it (the calendar owns and extends it)."""

from dataclasses import dataclass, field
import datetime as dt
from datetime import date, datetime
from enum import Enum


class PostStatus(str, Enum):
    IDEA = "idea"
    DRAFT = "draft"
    PLANNED = "planned"
    PUBLISHED = "published"
    SKIPPED = "skipped"


class About(str, Enum):
    """Who a post is about: the interview asks to talk about others, not only about us."""

    CUSTOMERS = "customers"
    TEAM = "team"
    SUPPLIERS = "suppliers"
    PARTNERS = "partners"
    LOCAL = "local"
    US = "us"


@dataclass
class Post:
    id: int | None = None
    day: date | None = None  # None: an unscheduled idea
    time: dt.time | None = None  # local wall-clock time, optional
    networks: tuple[str, ...] = ()
    text: str = ""
    status: PostStatus = PostStatus.IDEA
    published_at: datetime | None = None  # local wall-clock time of publication
    pillar: str = ""
    about: str = ""  # an About value, or "" when not said
    notes: str = ""
    extra: dict = field(default_factory=dict)
    zone: str = ""  # IANA zone name the wall-clock time belongs to ("" = the local zone)
    variants: dict[str, str] = field(default_factory=dict)  # network key -> its own text
    image: str = ""  # file name inside the media folder beside the data file
    series_id: int | None = None  # set when the post is one occurrence of a recurring series
    uid: str = ""  # stable identity for calendar exports, set when first saved
    alt_text: str = ""  # what the image shows, for screen readers (required before an image post is planned)
    crops: dict[str, tuple] = field(default_factory=dict)  # network key -> its crop of the image (0–1 fractions)

    def text_for(self, network_key: str) -> str:
        """The text to publish on one network: its variant if it has one, else the main text."""
        variant = self.variants.get(network_key, "")
        return variant if variant.strip() else self.text

    @property
    def first_line(self) -> str:
        for line in self.text.splitlines():
            if line.strip():
                return line.strip()
        return ""
