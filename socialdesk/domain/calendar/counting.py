"""Characters a network counts in a post, and the week's progress against the cadence."""

import re
from dataclasses import dataclass

from socialdesk.domain.calendar.ready_text import NetworkExtras, text_for
from socialdesk.domain.networks import is_network_key, network
from socialdesk.domain.posts import Post, PostStatus

URL = re.compile(r"https?://\S+", re.IGNORECASE)


def char_count(text: str, network_key: str) -> int:
    """Characters as the network counts them (code points; on X every link counts as 23)."""
    link_length = network(network_key).link_length if is_network_key(network_key) else 0
    if link_length:
        return len(URL.sub("x" * link_length, text))
    return len(text)


@dataclass(frozen=True)
class Count:
    network: str
    used: int
    limit: int

    @property
    def over(self) -> bool:
        return self.used > self.limit


def counts(post: Post, limits: dict[str, int], extras: dict[str, NetworkExtras] | None = None,
           image_label: str = "Image") -> list[Count]:
    """Each network's count of the text it is given (`ready_text.text_for`: hashtags and signature included)."""
    return [Count(key, char_count(text_for(key, post, extras or {}, image_label), key), limits.get(key, 0) or 10**9)
            for key in post.networks]


@dataclass(frozen=True)
class Target:
    network: str
    planned: int
    target: int


def cadence_targets(posts: list[Post], cadence: dict[str, int]) -> list[Target]:
    """Posts of the week per network against the strategy's weekly cadence (ideas/skipped left out)."""
    live = [p for p in posts if p.day is not None and p.status not in (PostStatus.SKIPPED, PostStatus.IDEA)]
    targets = []
    for key, wanted in cadence.items():
        if wanted and wanted > 0:
            targets.append(Target(key, sum(1 for p in live if key in p.networks), int(wanted)))
    return targets
