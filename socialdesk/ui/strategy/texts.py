"""The wizard's long prose: the interview's advice and SocialDesk's own tips at the head of each step."""

from socialdesk.domain.strategy.fields import Step
from socialdesk.ui.common.labels import Labels

# What the 2011 interview says, each opening with a short quote: the English source renders it
# faithfully, the French catalogue gives the interview's own words (shared/seed), verbatim.
ADVICE = Labels("StrategyTexts", {
    Step.SHOP: (
        "“Being present on social media is the bare minimum.” The first reflex: reserve your brand "
        "name on the networks and check your Google listing."),
    Step.COMMUNITY: (
        "“First analyse your community in the sense of an ecosystem”: customers, employees, "
        "competitors, people who recommend you, partners, suppliers. A few hours are enough, with a "
        "search engine and a brainstorm with the team. You rarely create a community: you bring "
        "together one that exists by winning over its key people."),
    Step.CONVERSATIONS: (
        "“The second step is to identify the conversations”: where your audience meets, which topics "
        "people talk about, who talks about them, what competitors do and which subjects get the most "
        "reactions."),
    Step.LISTENING: (
        "“The third step is listening”, with tools if you wish, but “you must always adapt your "
        "dashboard to your needs”."),
    Step.STAND: (
        "“Only once you have this overview do you have the tools in hand to define your strategy.” "
        "Social media is a tool, not a strategy: decide your key messages, the value you add, what "
        "makes customers buy, and where your trade is heading."),
    Step.CHANNELS: (
        "“If you have nothing to say, you must know how to stay silent.” A small, reactive community "
        "beats thousands of fans who never read you. Speak as a person and limit automation. The shop "
        "itself should run its social media, after training or working in tandem, because it has the "
        "expertise."),
    Step.SUMMARY: "",
})

# SocialDesk's own advice, shown apart from the interview's.
TIPS = Labels("StrategyTexts", {
    Step.SHOP: (
        "This card is the one name, address and phone that the Local presence tab compares your "
        "listings with."),
    Step.COMMUNITY: "",
    Step.CONVERSATIONS: "",
    Step.LISTENING: (
        "Three to five indicators you note every week are worth more than a report nobody reads."),
    Step.STAND: "Goals you can check have a number and a date: 20 Google reviews by June.",
    Step.CHANNELS: (
        "Choose few networks and a rhythm you can keep; plan ahead only when several posts are ready."),
    Step.SUMMARY: (
        "Your plan on one page. Apply it so the week changes, and revisit it every few months with "
        "“Start a review”: the old version stays readable."),
})

# Who posts and answers, a decision in Channels and a line of the printed plan.
RUNNER_CHOICES = Labels("StrategyTexts", {
    "shop": "Someone in the shop",
    "agency_tandem": "An agency, only to start, in tandem with the shop",
})

# A listing whose consumer app has closed (Foursquare's City Guide, 2024) says so where it is offered.
CLOSED_APP = Labels("StrategyTexts", {
    "label": "%1 (app closed in %2)",  # %1: the platform, %2: the year
    "note": "%1's consumer app closed in %2; its venue data still feeds other services. Claim it last.",
})


def listing_choice(key: str) -> tuple[str, str]:
    """A local listing's check box words and tooltip ("" when there is nothing to warn about)."""
    from socialdesk.domain.presence.platforms import is_platform_key, platform
    from socialdesk.ui.common.words import fill

    if not is_platform_key(key):
        return key, ""
    found = platform(key)
    if not found.app_closed_in:
        return found.name, ""
    year = str(found.app_closed_in)
    return fill(CLOSED_APP["label"], found.name, year), fill(CLOSED_APP["note"], found.name, year)
