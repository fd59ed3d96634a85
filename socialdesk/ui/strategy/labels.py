"""The strategy tab's words for its codes: steps, community groups, aspects, tools, and what Apply does."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from socialdesk.domain.community import CommunityGroup as G
from socialdesk.domain.strategy.fields import Step
from socialdesk.tabs import QT_TRANSLATE_NOOP
from socialdesk.ui.common.labels import Labels
from socialdesk.ui.common.words import fill

if TYPE_CHECKING:  # Apply's plan and report: loaded when the owner applies, not before the first paint
    from socialdesk.domain.strategy.apply import ApplyPlan
    from socialdesk.storage.strategy.applying import ApplyReport

STEP_TITLES = Labels("StrategyTexts", {  # the wizard's steps
    Step.SHOP: "The shop",
    Step.STAND: "What we stand for",
    Step.COMMUNITY: "Our community",
    Step.CONVERSATIONS: "Conversations",
    Step.LISTENING: "Listening",
    Step.CHANNELS: "Channels and rhythm",
    Step.SUMMARY: "Summary",
})

GROUP_NAMES = Labels("StrategyTexts", {  # the community's groups
    G.CUSTOMERS: "Customers",
    G.EMPLOYEES: "Employees",
    G.COMPETITORS: "Competitors",
    G.PRESCRIBERS: "Recommenders",
    G.PARTNERS: "Partners",
    G.SUPPLIERS: "Suppliers",
})

GROUP_EXAMPLES = Labels("StrategyTexts", {  # who a group's members are, by example
    G.CUSTOMERS: "e.g. families of the district, office workers at lunch, hotel guests",
    G.EMPLOYEES: "e.g. the baker at the oven, the florist who makes the bouquets, the receptionist",
    G.COMPETITORS: "e.g. the bakery on the square, the supermarket flower stand, chain hotels",
    G.PRESCRIBERS: "e.g. a food blogger, a hotel concierge, the tourist office",
    G.PARTNERS: "e.g. the cheese shop next door, a wedding planner, a bike rental",
    G.SUPPLIERS: "e.g. the miller, a rose grower, the local brewery",
})

ASPECT_LABELS = Labels("StrategyTexts", {  # what the owner notes about each group
    "who": "Who they are",
    "where": "Where they are online",
    "expect": "What they expect from us",
})

ASPECT_EXAMPLES = Labels("StrategyTexts", {  # "who" takes the group's own example
    "where": "e.g. Instagram, the district's Facebook group, Google Maps reviews",
    "expect": "e.g. what comes out of the oven, holiday opening hours, a quick answer",
})

TOOL_NOTES = Labels("StrategyTexts", {  # a listening tool, in a few words
    "weekly_tour": "A weekly look round, by hand: your networks, your Google listing, local groups (free, 20 minutes)",
    "network_insights": "The networks' own statistics (Meta Business Suite, Google Business Profile performance)",
    "google_alerts": "free e-mail alerts on the web; does not cover social networks",
    "talkwalker_alerts": "free e-mail alerts, including some social media",
    "mention": "paid monitoring of the web and social networks",
    "brand24": "paid monitoring of the web and social networks",
    "alerti": "French monitoring service, named in the interview; still exists",
    "hootsuite": "named in the interview; still exists, paid",
    "sprout_social": "named in the interview; still exists, paid",
    "klout": "named in the interview; closed in 2018",
    "postrank": "named in the interview; bought by Google in 2011 and shut down",
})

TOOL_NAMES = Labels("StrategyTexts", {  # tools without a brand name
    "weekly_tour": "Weekly tour",
    "network_insights": "Network statistics",
})

APPLY = Labels("ApplyWords", {  # what Apply will do and what it did
    "no_network": "no network in use yet (the calendar keeps no weekly target)",
    "sets": "Apply will update the rest of SocialDesk:",
    "cadence": "Calendar, posts per week: %1",
    "days": "Calendar, usual posting days: %1",
    "no_days": "none chosen",
    "pillars": "Calendar, main themes: %1",
    "listings": "Local presence, listings to claim or names to reserve: %1",
    "drivers": "Checklist, people to contact: %1",
    "kept": "Nothing is added twice: what is already there is kept as it is.",
    "applied_nothing": "Applied. Calendar: no weekly target (no network in use yet).",
    "listings_done": "Local presence: %1 added, %2 already there.",
    "listings_refused": "Platforms Local presence does not know: %1.",
    "drivers_done": "People to contact (Checklist): %1 added, %2 already there.",
})
# Counted sentences (Qt's %n: French and English plural forms in strategy_fr.ts / strategy_en.ts).
APPLIED_POSTS = QT_TRANSLATE_NOOP("ApplyWords", "Applied. Calendar: %n post(s) a week (%1).")
APPLIED_PILLARS = QT_TRANSLATE_NOOP("ApplyWords", "%n theme(s).")


def _counted(source: str, count: int) -> str:
    return QCoreApplication.translate("ApplyWords", source, None, count)


def tool_name(tool) -> str:
    return TOOL_NAMES[tool.key] if tool.key in TOOL_NAMES else tool.name


def platform_name(key: str) -> str:
    """A local listing's name from the presence catalogue (brand names: not translated)."""
    from socialdesk.domain.presence.platforms import platform

    try:
        return platform(key).name
    except KeyError:
        return key


def _cadence(cadence: dict[str, int]) -> str:
    if not cadence:
        return APPLY["no_network"]
    from socialdesk.domain.networks import network  # the networks' table loads with a plan to word, not with the tab

    return ", ".join(f"{network(k).name} {n}" for k, n in cadence.items())


def _days(days: frozenset[int]) -> str:
    """The usual posting days in the app's language ("Tue, Thu, Sat"), Monday first."""
    short = QLocale.FormatType.ShortFormat
    return ", ".join(QLocale().dayName(day, short) for day in sorted(days)) or APPLY["no_days"]


def confirm_text(plan: "ApplyPlan") -> str:
    """What Apply will do, read before the owner agrees."""
    listings = ", ".join(platform_name(k) for k, _ in plan.listings) or "0"
    lines = [
        APPLY["sets"],
        "• " + fill(APPLY["cadence"], _cadence(plan.cadence)),
        "• " + fill(APPLY["days"], _days(plan.days)),
        "• " + fill(APPLY["pillars"], str(len(plan.pillars))),
        "• " + fill(APPLY["listings"], listings),
        "• " + fill(APPLY["drivers"], str(len(plan.drivers))),
        "",
        APPLY["kept"],
    ]
    return "\n".join(lines)


def report_text(report: "ApplyReport") -> str:
    """What Apply did."""
    posts = sum(report.cadence.values())
    parts = [fill(_counted(APPLIED_POSTS, posts), _cadence(report.cadence)) if report.cadence and posts
             else APPLY["applied_nothing"], _counted(APPLIED_PILLARS, report.pillar_count)]
    if report.listings_wanted:
        parts.append(fill(APPLY["listings_done"], str(len(report.listings_added)), str(len(report.listings_known))))
    if report.listings_refused:
        parts.append(fill(APPLY["listings_refused"], ", ".join(report.listings_refused)))
    if report.drivers_wanted:
        parts.append(fill(APPLY["drivers_done"], str(len(report.drivers_added)), str(len(report.drivers_known))))
    return " ".join(parts)
