"""The rule "contact or thank a driver" follows the drivers: ticked the weeks one of them was contacted."""

from collections.abc import Iterable

from socialdesk.domain.rules.model import Driver, Rule
from socialdesk.domain.rules.schedule import due_rules
from socialdesk.domain.weeks import IsoWeek

DRIVERS_RULE_KEY = "drivers"  # the starter rule's key in resources/rules/starter_rules.json


def drivers_rule(rules: Iterable[Rule], week: IsoWeek) -> Rule | None:
    """The week's "contacted or thanked a driver" rule, if the checklist has it that week."""
    return next((rule for rule in due_rules(list(rules), week) if rule.starter_key == DRIVERS_RULE_KEY), None)


def contacted_in(drivers: Iterable[Driver], week: IsoWeek) -> bool:
    """Whether any driver's last contact falls in `week`."""
    return any(d.last_contact is not None and IsoWeek.of(d.last_contact) == week for d in drivers)
