"""The wizard's words: step titles, the interview's advice, groups and tools, in one place.

Marked with QT_TRANSLATE_NOOP so lupdate collects them; `t()` translates at display time.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from socialdesk.domain.community import CommunityGroup as G
from socialdesk.domain.strategy.fields import Step

CONTEXT = "StrategyTexts"


def t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


STEP_TITLES = {
    Step.SHOP: QT_TRANSLATE_NOOP("StrategyTexts", "The shop"),
    Step.STAND: QT_TRANSLATE_NOOP("StrategyTexts", "What we stand for"),
    Step.COMMUNITY: QT_TRANSLATE_NOOP("StrategyTexts", "Our community"),
    Step.CONVERSATIONS: QT_TRANSLATE_NOOP("StrategyTexts", "Conversations"),
    Step.LISTENING: QT_TRANSLATE_NOOP("StrategyTexts", "Listening"),
    Step.CHANNELS: QT_TRANSLATE_NOOP("StrategyTexts", "Channels and rhythm"),
    Step.SUMMARY: QT_TRANSLATE_NOOP("StrategyTexts", "Summary"),
}

ADVICE = {
    Step.SHOP: QT_TRANSLATE_NOOP(
        "StrategyTexts",
        "Being present is the minimum. The interview's first reflex: reserve your name and check your "
        "Google listing. This card is the one name, address and phone that the Local presence tab "
        "compares your listings with."),
    Step.STAND: QT_TRANSLATE_NOOP(
        "StrategyTexts",
        "Social media is a tool, not a strategy. Before posting, decide which messages to push, the value "
        "you add, the benefits that make customers buy, and where your trade is heading."),
    Step.COMMUNITY: QT_TRANSLATE_NOOP(
        "StrategyTexts",
        "See your community as an ecosystem, not just customers. A few hours with a search engine and a "
        "brainstorm with the team are enough. You rarely create a community: you bring together one that "
        "exists by recruiting its drivers."),
    Step.CONVERSATIONS: QT_TRANSLATE_NOOP(
        "StrategyTexts",
        "Find the conversations before joining them: where your audience meets, which topics buzz, who "
        "talks, what competitors do and which subjects get the most reactions."),
    Step.LISTENING: QT_TRANSLATE_NOOP(
        "StrategyTexts",
        "Listen before you speak. Tools help, but the dashboard must fit your own needs: three to five "
        "indicators you note every week are worth more than a report nobody reads."),
    Step.CHANNELS: QT_TRANSLATE_NOOP(
        "StrategyTexts",
        "A small, reactive community beats thousands of passive fans: choose few networks and a rhythm "
        "you can keep. Speak as a person, limit automation, and if you have nothing to say, stay silent."),
    Step.SUMMARY: QT_TRANSLATE_NOOP(
        "StrategyTexts",
        "Your plan on one page. Apply it so the week changes, and revisit it every few months with "
        "\"Start a review\": the old version stays readable."),
}

GROUP_NAMES = {
    G.CUSTOMERS: QT_TRANSLATE_NOOP("StrategyTexts", "Customers"),
    G.EMPLOYEES: QT_TRANSLATE_NOOP("StrategyTexts", "Employees"),
    G.COMPETITORS: QT_TRANSLATE_NOOP("StrategyTexts", "Competitors"),
    G.PRESCRIBERS: QT_TRANSLATE_NOOP("StrategyTexts", "Prescribers"),
    G.PARTNERS: QT_TRANSLATE_NOOP("StrategyTexts", "Partners"),
    G.SUPPLIERS: QT_TRANSLATE_NOOP("StrategyTexts", "Suppliers"),
}

GROUP_EXAMPLES = {
    G.CUSTOMERS: QT_TRANSLATE_NOOP("StrategyTexts", "e.g. families of the district, office workers at lunch, hotel guests"),
    G.EMPLOYEES: QT_TRANSLATE_NOOP("StrategyTexts", "e.g. the baker at the oven, the florist who makes the bouquets, the receptionist"),
    G.COMPETITORS: QT_TRANSLATE_NOOP("StrategyTexts", "e.g. the bakery on the square, the supermarket flower stand, chain hotels"),
    G.PRESCRIBERS: QT_TRANSLATE_NOOP("StrategyTexts", "e.g. a food blogger, a hotel concierge, the tourist office"),
    G.PARTNERS: QT_TRANSLATE_NOOP("StrategyTexts", "e.g. the cheese shop next door, a wedding planner, a bike rental"),
    G.SUPPLIERS: QT_TRANSLATE_NOOP("StrategyTexts", "e.g. the miller, a rose grower, the local brewery"),
}

ASPECT_LABELS = {
    "who": QT_TRANSLATE_NOOP("StrategyTexts", "Who they are"),
    "where": QT_TRANSLATE_NOOP("StrategyTexts", "Where they are online"),
    "expect": QT_TRANSLATE_NOOP("StrategyTexts", "What they expect from us"),
}

ASPECT_EXAMPLES = {
    "where": QT_TRANSLATE_NOOP("StrategyTexts", "e.g. Instagram, the district's Facebook group, Google Maps reviews"),
    "expect": QT_TRANSLATE_NOOP("StrategyTexts", "e.g. what comes out of the oven, holiday opening hours, a quick answer"),
}

TOOL_NOTES = {
    "weekly_tour": QT_TRANSLATE_NOOP(
        "StrategyTexts", "A weekly manual tour: your networks, your Google listing, local groups (free, 20 minutes)"),
    "network_insights": QT_TRANSLATE_NOOP(
        "StrategyTexts", "The networks' own statistics (Meta Business Suite, Google Business Profile performance)"),
    "google_alerts": QT_TRANSLATE_NOOP("StrategyTexts", "free e-mail alerts on the web; does not cover social networks"),
    "talkwalker_alerts": QT_TRANSLATE_NOOP("StrategyTexts", "free e-mail alerts, including some social media"),
    "mention": QT_TRANSLATE_NOOP("StrategyTexts", "paid monitoring of the web and social networks"),
    "brand24": QT_TRANSLATE_NOOP("StrategyTexts", "paid monitoring of the web and social networks"),
    "alerti": QT_TRANSLATE_NOOP("StrategyTexts", "French monitoring service, named in the interview; still exists"),
    "hootsuite": QT_TRANSLATE_NOOP("StrategyTexts", "named in the interview; still exists, paid"),
    "sprout_social": QT_TRANSLATE_NOOP("StrategyTexts", "named in the interview; still exists, paid"),
    "klout": QT_TRANSLATE_NOOP("StrategyTexts", "named in the interview; closed in 2018"),
    "postrank": QT_TRANSLATE_NOOP("StrategyTexts", "named in the interview; bought by Google in 2011 and shut down"),
    "qype": QT_TRANSLATE_NOOP("StrategyTexts", "named in the interview; closed on 30 October 2013, merged into Yelp"),
}

TOOL_NAMES = {
    "weekly_tour": QT_TRANSLATE_NOOP("StrategyTexts", "Weekly tour"),
    "network_insights": QT_TRANSLATE_NOOP("StrategyTexts", "Network statistics"),
}


def tool_name(tool) -> str:
    return t(TOOL_NAMES[tool.key]) if tool.key in TOOL_NAMES else tool.name


def platform_name(key: str) -> str:
    """A local listing's name from the presence catalogue (brand names: not translated)."""
    from socialdesk.domain.presence.platforms import platform

    try:
        return platform(key).name
    except KeyError:
        return key
