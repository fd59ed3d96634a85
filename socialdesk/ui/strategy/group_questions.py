"""What step "Our community" asks about each group, and its examples: competitors are not customers."""

from socialdesk.domain.community import CommunityGroup as G
from socialdesk.ui.common.labels import Labels
from socialdesk.ui.strategy.labels import ASPECT_EXAMPLES, ASPECT_LABELS, GROUP_EXAMPLES

QUESTIONS = Labels("GroupQuestions", {  # (group, aspect) asked otherwise than ASPECT_LABELS
    (G.EMPLOYEES, "who"): "Who speaks for the shop online",
    (G.EMPLOYEES, "expect"): "What they can show from behind the counter",
    (G.COMPETITORS, "expect"): "What they do well, and what we do differently",
    (G.PRESCRIBERS, "expect"): "What would make them recommend us",
    (G.PARTNERS, "expect"): "What we can show together",
    (G.SUPPLIERS, "expect"): "What we can show together",
})

EXAMPLES = Labels("GroupQuestions", {  # (group, aspect) examples that fit the group
    (G.EMPLOYEES, "who"): "e.g. Julie, who bakes at dawn, posts the morning batch; Marc answers the reviews",
    (G.EMPLOYEES, "where"): "e.g. their own Instagram, LinkedIn, the trade's Facebook groups",
    (G.EMPLOYEES, "expect"): "e.g. the oven at 5 a.m., a new recipe, the apprentice's first cake",
    (G.COMPETITORS, "where"): "e.g. the bakery on the square posts daily on Instagram; the chain runs Facebook ads",
    (G.COMPETITORS, "expect"): "e.g. they open at 6 a.m.; we bake over a wood fire and deliver on Sundays",
    (G.PRESCRIBERS, "where"): "e.g. a food blog, the tourist office's website, the local paper's Facebook page",
    (G.PRESCRIBERS, "expect"): "e.g. a tasting before the season, news worth passing on, someone who answers",
    (G.PARTNERS, "where"): "e.g. the cheese shop's Instagram, the wedding planner's Pinterest",
    (G.PARTNERS, "expect"): "e.g. a bread-and-cheese pairing each Friday, a shared stand at the Christmas market",
    (G.SUPPLIERS, "where"): "e.g. the mill's Facebook page, the rose grower's Instagram",
    (G.SUPPLIERS, "expect"): "e.g. a visit to the mill, the first roses of the season, where our flour comes from",
})


def question(group: G, aspect: str) -> str:
    """The question the step asks about `group`'s `aspect` (who, where, expect)."""
    return QUESTIONS[(group, aspect)] if (group, aspect) in QUESTIONS else ASPECT_LABELS[aspect]


def example(group: G, aspect: str) -> str:
    if (group, aspect) in EXAMPLES:
        return EXAMPLES[(group, aspect)]
    return GROUP_EXAMPLES[group] if aspect == "who" else ASPECT_EXAMPLES[aspect]
