"""Which steps hold something: the progress indicator and the summary's "empty" marks."""

from socialdesk.domain.shop import ShopCard
from socialdesk.domain.strategy import fields as f
from socialdesk.domain.strategy.fields import Step
from socialdesk.domain.strategy.model import Strategy, StrategyPillar

_SHOP_FIELDS = ("name", "trade", "address", "postcode", "city", "phone", "email", "website", "opening_hours")


def _any_text(strategy: Strategy, keys) -> bool:
    return any(strategy.text(k).strip() for k in keys)


def step_filled(step: Step, strategy: Strategy, shop: ShopCard) -> bool:
    """True when the owner wrote anything in that step (the summary counts when others are)."""
    if step is Step.SHOP:
        return any(getattr(shop, name).strip() for name in _SHOP_FIELDS) or bool(shop.languages)
    if step is Step.STAND:
        return _any_text(strategy, f.STAND_KEYS) or bool(strategy.goals)
    if step is Step.COMMUNITY:
        return _any_text(strategy, f.COMMUNITY_KEYS) or bool(strategy.drivers)
    if step is Step.CONVERSATIONS:
        return _any_text(strategy, f.CONVERSATION_KEYS)
    if step is Step.LISTENING:
        return _any_text(strategy, f.LISTENING_KEYS)
    if step is Step.CHANNELS:
        return (_any_text(strategy, f.CHANNEL_KEYS) or bool(strategy.pillars)
                or any(n > 0 for n in strategy.channels.values()))
    return all(step_filled(s, strategy, shop) for s in f.STEPS if s is not Step.SUMMARY)


def filled_count(strategy: Strategy, shop: ShopCard) -> int:
    """How many of the six content steps hold something (the summary is not counted)."""
    return sum(step_filled(s, strategy, shop) for s in f.STEPS if s is not Step.SUMMARY)


def sell_share(pillars: list[StrategyPillar]) -> int:
    """The target share of selling pillars, in percent of the declared shares."""
    total = pillar_total(pillars)
    if total <= 0:
        return 0
    return round(100 * sum(p.share for p in pillars if p.sells) / total)


def pillar_total(pillars: list[StrategyPillar]) -> int:
    return sum(p.share for p in pillars)
