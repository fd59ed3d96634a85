"""What the strategy hands to the week besides its cadence: the content pillars."""

from dataclasses import dataclass

@dataclass(frozen=True)
class Pillar:
    """A content pillar and its target share of the week's posts, in percent."""

    name: str
    share: int = 0
