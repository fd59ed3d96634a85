"""Two versions of the plan side by side: each answer, and whether it changed, appeared or went."""

from dataclasses import dataclass
from enum import Enum

from socialdesk.domain.strategy.document import PlanDocument


class Difference(str, Enum):
    SAME = "same"
    CHANGED = "changed"
    ADDED = "added"  # blank in the older version
    REMOVED = "removed"  # blank in the newer version


@dataclass(frozen=True)
class ComparedAnswer:
    section: str
    label: str
    older: tuple[str, ...]
    newer: tuple[str, ...]

    @property
    def difference(self) -> Difference:
        if self.older == self.newer:
            return Difference.SAME
        if not self.older:
            return Difference.ADDED
        return Difference.REMOVED if not self.newer else Difference.CHANGED

    def gone_lines(self) -> set[str]:
        """Lines of the older answer the newer one no longer has."""
        return set(self.older) - set(self.newer)

    def new_lines(self) -> set[str]:
        return set(self.newer) - set(self.older)


def _answers(document: PlanDocument) -> dict[tuple[str, str], tuple[str, ...]]:
    return {(s.title, e.label): e.lines for s in document.sections for e in s.entries}


def compare(older: PlanDocument, newer: PlanDocument) -> list[ComparedAnswer]:
    """Every answer of either version, in the newer one's order (answers only the older has follow)."""
    old, new = _answers(older), _answers(newer)
    keys = list(new) + [key for key in old if key not in new]
    return [ComparedAnswer(section, label, old.get((section, label), ()), new.get((section, label), ()))
            for section, label in keys]
