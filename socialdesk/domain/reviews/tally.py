"""The weekly count the owner types: reviews received and reviews answered."""

from dataclasses import dataclass

from socialdesk.domain.weeks import IsoWeek

MAX_COUNT = 999


@dataclass(frozen=True)
class ReviewTally:
    week: IsoWeek
    received: int = 0
    answered: int = 0  # may exceed `received`: last week's reviews answered this week

    def __post_init__(self):
        for count in (self.received, self.answered):
            if not 0 <= count <= MAX_COUNT:
                raise ValueError(f"a count is 0 to {MAX_COUNT}, not {count}")

    @property
    def more_answered(self) -> bool:
        """More answers than reviews received: earlier weeks' reviews, or a slip; shown, never capped."""
        return self.answered > self.received


def totals(tallies: list[ReviewTally]) -> tuple[int, int]:
    """(answered, received) over the weeks given; a week counts at most the answers to its own reviews,
    so one week's extra answers never hide another week's unanswered reviews (the typed counts are kept)."""
    return sum(min(t.answered, t.received) for t in tallies), sum(t.received for t in tallies)
