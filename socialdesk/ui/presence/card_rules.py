"""Words for a card that breaks a review rule, and the question asked before it is printed anyway."""

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from socialdesk.domain.review_rules import Breach, RuleBroken, items_breaking  # noqa: F401 (the UI's guard)
from socialdesk.ui.common.labels import Labels
from socialdesk.ui.common.words import fill

BREACHES = Labels("CardWords", {  # what the words do that the rule forbids
    Breach.INCENTIVE: "it offers something for a review (a discount, a gift, a draw…)",
    Breach.GATING: "it asks only happy customers for a review",
    Breach.FIVE_STARS: "it asks for (or promises) 5 stars",
    Breach.ASKING: "it asks for a review, which this platform forbids: say “Find us on …” instead",
})

RULE_NAMES = Labels("CardWords", {  # review_rules_table.py's rule name -> the rule in a sentence
    "Google": "Google's review rules",
    "Tripadvisor": "Tripadvisor's review rules",
    "Yelp": "Yelp's rules",
    "FTC rule on consumer reviews (USA, 2024)": "the FTC rule on consumer reviews (USA, 2024)",
    "Code de la consommation, art. L121-4 (France)": "the French Code de la consommation (art. L121-4)",
})


HEADLINES = Labels("CardWords", {  # a card's headline for a kind of code (qr_payload_form's pages)
    1: "Scan to join our Wi-Fi",
    2: "Scan to save our contact details",
})


def suggested_headline(kind_index: int) -> str:
    return HEADLINES[kind_index] if kind_index in HEADLINES else ""


def _tr(text: str) -> str:
    return QCoreApplication.translate("CardWords", text)


def rule_name(broken: RuleBroken) -> str:
    return RULE_NAMES[broken.rule.name] if broken.rule.name in RULE_NAMES else broken.rule.name


def broken_text(broken: RuleBroken) -> str:
    """“…” breaks Google's review rules: it offers something for a review (rule last checked 03/12/2026)."""
    day = broken.rule.last_checked
    checked = QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
    return fill(_tr("“%1” breaks %2: %3 (rule last checked %4)."), " ".join(broken.text.split()),
                rule_name(broken), BREACHES[broken.breach], checked)


class CardRulesDialogs:
    """The question before printing a card that breaks a rule; tests replace `ask_print_anyway`."""

    @staticmethod
    def ask_print_anyway(parent, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.warning(
            parent, _tr("Review rules"), text + "\n\n" + _tr("Print anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes


def words_allowed(parent, items, closure: str = "", shop=None, identity: tuple[str, ...] = ()) -> tuple[bool, str]:
    """The one question before any output prints words (cards, Export PDF/PNG/SVG, Print): (go on, the rules
    broken); a word breaking a review rule prints only if the owner says so, knowing which rule."""
    found = items_breaking(items, closure, shop, identity)
    if not found:
        return True, ""
    text = "\n".join(broken_text(broken) for broken in found)
    return CardRulesDialogs.ask_print_anyway(parent, text), text
