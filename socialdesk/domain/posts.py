"""A planned post as other tabs see it (the calendar owns and extends it)."""

from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import Enum


class PostStatus(str, Enum):
    IDEA = "idea"
    DRAFT = "draft"
    PLANNED = "planned"
    PUBLISHED = "published"
    SKIPPED = "skipped"


@dataclass
class Post:
    id: int | None = None
    day: date | None = None  # None: an unscheduled idea
    time: time | None = None  # local wall-clock time, optional
    networks: tuple[str, ...] = ()
    text: str = ""
    status: PostStatus = PostStatus.IDEA
    published_at: datetime | None = None
    pillar: str = ""
    about: str = ""
    notes: str = ""
    extra: dict = field(default_factory=dict)
