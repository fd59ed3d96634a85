"""The week and month count only the networks whose text could be too long: the networks found too long, and
their counts, are those of counting every network in full (texts near the limits, links on X, variants,
hashtags without their "#", signatures, image descriptions)."""

import random
from datetime import date

from socialdesk.domain.calendar import week_plan
from socialdesk.domain.calendar.counting import counts
from socialdesk.domain.calendar.ready_text import NetworkExtras
from socialdesk.domain.posts import Post

NETWORKS = ("x", "instagram", "facebook", "google", "tiktok", "unknown_net")
PIECES = ("pain", "brioche", "#lyon", "http://a.fr", "HTTPS://boulangerie.fr/noel", "x.com/abc", "é", "🎄", "\n",
          "  ", "Link in bio", "www.exemple.fr")


def _text(draw: random.Random, length: int) -> str:
    words = []
    while sum(len(w) + 1 for w in words) < length:
        words.append(draw.choice(PIECES))
    return " ".join(words)


def _case(draw: random.Random):
    networks = tuple(draw.sample(NETWORKS, draw.randint(1, 4)))
    limits = {key: draw.choice([0, 40, 80, 140, 280]) for key in networks if draw.random() < 0.8}
    extras = {key: NetworkExtras(hashtags=draw.choice(["", "boulangerie lyon", "#pain,#lyon", "a b c d e f"]),
                                 signature=draw.choice(["", "— La Fournée", "https://lafournee.fr"]))
              for key in networks if draw.random() < 0.6}
    variants = {key: _text(draw, draw.randint(0, 300)) for key in networks if draw.random() < 0.3}
    post = Post(day=date(2026, 12, 21), networks=networks, text=_text(draw, draw.randint(0, 320)), variants=variants,
                image=draw.choice(["", "photo.jpg"]), alt_text=draw.choice(["", "Une brioche dorée sur la table"]))
    return post, limits, extras


def test_the_short_cut_finds_exactly_what_counting_everything_finds():
    draw = random.Random(2026)
    found = skipped = 0
    counted_in_full = []
    real_counts = week_plan.counts

    def spying(post, *args):
        counted_in_full.append(len(post.networks))
        return real_counts(post, *args)

    week_plan.counts = spying
    try:
        for _ in range(4000):
            post, limits, extras = _case(draw)
            label = draw.choice(["Image", "Photo", ""])
            full = [c for c in counts(post, limits, extras, label) if c.over]
            counted_in_full.clear()
            assert week_plan.over_limit(post, limits, extras, label) == full, (post, limits, extras)
            found += bool(full)
            skipped += len(post.networks) - sum(counted_in_full)
    finally:
        week_plan.counts = real_counts
    assert found > 300  # the cases reach past the limits often enough to tell
    assert skipped > 4000  # and most networks were not counted in full
