"""The unhappy-review guide: the steps a reply to a poor review follows, as codes the UI words."""

from enum import Enum


class Step(str, Enum):
    """In the order a reply takes them. Sources: the interview (seed/) for PERSON and LISTEN;
    issue 17 for PUBLIC, CALM and OFFLINE; DOMAIN.md "Review rules" for NOTHING_OFFERED."""

    PUBLIC = "public"  # answer under the review, where later readers see it: silence reads as indifference
    CALM = "calm"  # wait until calm; thank, no argument, no blame, no customer details
    PERSON = "person"  # "être humain, parler en tant que personne": a first name signs it
    LISTEN = "listen"  # say back what they mentioned, so they know it was read
    OFFLINE = "offline"  # give a phone or email to settle it in person, not in a public thread
    NOTHING_OFFERED = "nothing_offered"  # nothing in exchange for changing or removing the review


GUIDE: tuple[Step, ...] = tuple(Step)
