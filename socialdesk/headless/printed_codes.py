"""print-cards' guard and inventory: review rules checked before drawing, each printed code recorded after."""

import sys

from socialdesk.domain.clock import system_clock
from socialdesk.headless.exits import EXIT_FAILED, EXIT_OK, Refused
from socialdesk.headless.language import _

CLOCK = system_clock  # the one source of "now" for the command; tests put a fixed clock here


def refuse_broken_rules(items) -> None:
    """Refused (exit 2, one line) when a card's headline or caption breaks a review rule, naming it."""
    from socialdesk.domain.review_rules import items_breaking
    from socialdesk.headless.card_words import broken_text

    found = items_breaking(items)
    if found:
        raise Refused(broken_text(found[0]) + " " + _("Change the listing's name or its link before printing."))


def record(args, items) -> int:
    """Remember what was printed, what it opens, where (--place) and when; EXIT_FAILED after one line if the
    data file cannot be written (the PDF is made all the same)."""
    from socialdesk.headless.common import open_data_file
    from socialdesk.storage.errors import StoreError

    store = open_data_file(args, "print-cards", write=True)
    if store is None:
        return EXIT_FAILED
    try:
        store.presence.printed.record(items, args.template, getattr(args, "place", None) or "", CLOCK())
    except StoreError:
        print("socialdesk print-cards: " + _("the cards are made, but the data file could not record where they "
                                             "are"), file=sys.stderr)
        return EXIT_FAILED
    finally:
        store.close()
    return EXIT_OK
