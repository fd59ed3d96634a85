"""Decisions the strategy hands to the week: cadence per network and content pillars."""

from dataclasses import dataclass

# network key -> posts per week
Cadence = dict[str, int]


@dataclass(frozen=True)
class Pillar:
    """A content pillar and its target share of the week's posts, in percent."""

    name: str
    share: int = 0
