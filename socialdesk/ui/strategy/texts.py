"""The wizard's long prose: the interview's advice at the head of each step (short words: labels.py)."""

from socialdesk.domain.strategy.fields import Step
from socialdesk.ui.common.labels import Labels

ADVICE = Labels("StrategyTexts", {  # the interview's advice, one page each
    Step.SHOP: (
        "Being present is the minimum. The interview's first reflex: reserve your name and check your "
        "Google listing. This card is the one name, address and phone that the Local presence tab "
        "compares your listings with."),
    Step.STAND: (
        "Social media is a tool, not a strategy. Before posting, decide which messages to push, the value "
        "you add, the benefits that make customers buy, and where your trade is heading."),
    Step.COMMUNITY: (
        "See your community as an ecosystem, not just customers. A few hours with a search engine and a "
        "brainstorm with the team are enough. You rarely create a community: you bring together one that "
        "exists by recruiting its drivers."),
    Step.CONVERSATIONS: (
        "Find the conversations before joining them: where your audience meets, which topics buzz, who "
        "talks, what competitors do and which subjects get the most reactions."),
    Step.LISTENING: (
        "Listen before you speak. Tools help, but the dashboard must fit your own needs: three to five "
        "indicators you note every week are worth more than a report nobody reads."),
    Step.CHANNELS: (
        "A small, reactive community beats thousands of passive fans: choose few networks and a rhythm "
        "you can keep. Speak as a person, limit automation, and if you have nothing to say, stay silent."),
    Step.SUMMARY: (
        "Your plan on one page. Apply it so the week changes, and revisit it every few months with "
        "\"Start a review\": the old version stays readable."),
})
