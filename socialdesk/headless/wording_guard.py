"""The command line's review-rules guard: every word it prints (cards, closure line, --caption) checked once."""

import sys

from socialdesk.headless.exits import Refused
from socialdesk.headless.language import _


def refuse_broken_rules(items, args, command: str = "print-cards", closure: str = "", shop=None,
                        identity: tuple[str, ...] = ()) -> None:
    """Refused (exit 2, one line) when words to print break a review rule, naming it; with --wording-checked
    the owner has read the rules: one warning line, and the words print."""
    from socialdesk.domain.review_rules import items_breaking
    from socialdesk.headless.card_words import broken_text
    from socialdesk.headless.messages import WARNING

    found = items_breaking(items, closure, shop, identity)
    if not found:
        return
    if getattr(args, "wording_checked", False):
        print(f"socialdesk {command}: " + _(WARNING).format(message=broken_text(found[0]) + " " + _(
            "Printed all the same: --wording-checked.")), file=sys.stderr)
        return
    advice = _advice(found[0].text, command, closure, shop)
    raise Refused(broken_text(found[0]) + " " + advice + " " + _(
        "(--wording-checked prints it all the same.)"))


def _advice(text: str, command: str, closure: str, shop) -> str:
    """What to change: the words that broke the rule are --caption's, --closure's, the shop card's or a listing's."""
    from socialdesk.domain.review_rules import shop_words

    if command != "print-cards":
        return _("Change --caption before printing.")
    if closure.strip() and text == closure:
        return _("Change --closure before printing.")
    if text in shop_words(shop):
        return _("Change the shop card (name, trade or opening hours, in the Strategy tab) before printing.")
    return _("Change the listing's name or its link before printing.")
