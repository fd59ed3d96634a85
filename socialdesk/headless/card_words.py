"""The command line's words for a card that breaks a review rule (the window's are in ui/presence/card_rules)."""

from socialdesk.domain.review_rules import Breach, RuleBroken
from socialdesk.headless.language import N_, _

BREACHES = {  # what the words do that the rule forbids
    Breach.INCENTIVE: N_("it offers something for a review (a discount, a gift, a draw…)"),
    Breach.GATING: N_("it asks only happy customers for a review"),
    Breach.FIVE_STARS: N_("it asks for (or promises) 5 stars"),
    Breach.ASKING: N_("it asks for a review, which this platform forbids: say “Find us on …” instead"),
}

RULE_NAMES = {  # review_rules_table.py's rule name -> the rule in a sentence
    "Google": N_("Google's review rules"),
    "Tripadvisor": N_("Tripadvisor's review rules"),
    "Yelp": N_("Yelp's rules"),
    "FTC rule on consumer reviews (USA, 2024)": N_("the FTC rule on consumer reviews (USA, 2024)"),
    "Code de la consommation, art. L121-4 (France)": N_("the French Code de la consommation (art. L121-4)"),
}


def broken_text(broken: RuleBroken) -> str:
    """“…” breaks Google's review rules: it offers something for a review (rule last checked 2026-12-03)."""
    name = _(RULE_NAMES[broken.rule.name]) if broken.rule.name in RULE_NAMES else broken.rule.name
    return _("“{words}” breaks {rule}: {why} (rule last checked {day}).").format(
        words=" ".join(broken.text.split()), rule=name, why=_(BREACHES[broken.breach]),
        day=broken.rule.last_checked.isoformat())
