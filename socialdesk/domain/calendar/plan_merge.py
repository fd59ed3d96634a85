"""A plan file against the plan: which rows are new posts, which update a post, which change nothing."""

from dataclasses import dataclass, field, replace

from socialdesk.domain.calendar.google_post import EXTRA_KEY
from socialdesk.domain.post_text import clean_text
from socialdesk.domain.posts import Post, PostStatus


@dataclass
class ImportPlan:
    new: list[Post] = field(default_factory=list)
    updated: list[Post] = field(default_factory=list)  # the stored posts with the file's values
    unchanged: int = 0
    new_lines: list[int] = field(default_factory=list)  # the file line each new post came from
    updated_lines: list[int] = field(default_factory=list)
    was: list[Post] = field(default_factory=list)  # each updated post as the plan holds it now
    # (line, "gap" | "fold", day, the time the file says, the time kept) of each row that lands on a clock change:
    # a time the clocks skip is kept as the hour it becomes, as the post dialog keeps it (zones.wall_time_shift)
    clock_changes: list[tuple] = field(default_factory=list)

    @property
    def landing(self) -> list[tuple[int, Post]]:
        """(line, post) of every row that changes the plan, in the file's order."""
        return sorted([*zip(self.new_lines, self.new), *zip(self.updated_lines, self.updated)], key=lambda row: row[0])


CSV_FIELDS = ("day", "time", "networks", "status", "pillar", "about", "text", "notes", "alt_text")


def changed_fields(old: Post, new: Post) -> list[str]:
    """Which of a CSV row's fields an update changes, in the file's column order."""
    return [name for name in CSV_FIELDS if getattr(old, name) != getattr(new, name)]


def updated_post(old: Post, row: Post, absent: tuple[str, ...] = ()) -> Post | None:
    """`old` with what a CSV row holds (day, time, networks, status, pillar, about, text, notes, alt text,
    Google kind); None when the row says what `old` already says. What a file cannot hold (variants, image,
    crops, zone, series), an alt text or Google kind the row leaves empty, and the fields of the columns the file
    does not have (`absent`: pillar, about, notes; csv_format.MAY_BE_ABSENT), stay as they were."""
    kept = {name: clean_text(old.notes) if name == "notes" else getattr(old, name) for name in absent}
    row = replace(row, **kept) if kept else row
    alt_text = row.alt_text or old.alt_text
    extra = dict(old.extra)
    if EXTRA_KEY in row.extra:  # only the kind: the title and dates are the post's own
        kept = old.extra.get(EXTRA_KEY)
        extra[EXTRA_KEY] = {**(kept if isinstance(kept, dict) else {}), "kind": row.extra[EXTRA_KEY]["kind"]}
    same = (old.day, old.time, tuple(old.networks), PostStatus(old.status), old.pillar, old.about,
            clean_text(old.text), clean_text(old.notes), clean_text(old.alt_text), old.extra)
    wanted = (row.day, row.time, tuple(row.networks), PostStatus(row.status), row.pillar, row.about, row.text,
              row.notes, clean_text(alt_text), extra)
    if same == wanted:
        return None
    if old.series_id is not None and row.day != old.day:
        extra["exception"] = True  # an occurrence moved out of its series' line, as a drag does
    published_at = old.published_at if row.status is PostStatus.PUBLISHED else None
    return replace(old, day=row.day, time=row.time, networks=tuple(row.networks), status=PostStatus(row.status),
                   pillar=row.pillar, about=row.about, text=row.text, notes=row.notes, extra=extra,
                   published_at=published_at, variants=dict(old.variants), alt_text=alt_text)
