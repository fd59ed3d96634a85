"""A strategy with every answer filled as a busy owner would: the worst case for the one-page plan."""

from datetime import date

from socialdesk.domain.community import CommunityGroup
from socialdesk.domain.shop import ShopCard
from socialdesk.domain.strategy import fields as f
from socialdesk.domain.strategy.model import Driver, Goal, StrategyPillar

SENTENCE = "Sourdough and special breads baked on site every morning, with flour from the mill in the valley"


def fill_everything(store) -> None:
    store.shop.save(ShopCard(name="Boulangerie du Marché", trade="Bakery", address="12 rue de la République",
                             postcode="69002", city="Lyon", phone="04 78 00 00 03", email="bonjour@example.fr",
                             website="https://boulangerie.example", opening_hours="Tue–Sun 7 a.m.–7:30 p.m.",
                             languages=("français", "English")))
    repo = store.strategy
    repo.set_text(f.STAND_MESSAGES, "\n".join(f"Message {n}: {SENTENCE}" for n in range(1, 6)))
    for key in (f.STAND_VALUE, f.STAND_BENEFITS, f.STAND_EVOLUTION):
        repo.set_text(key, SENTENCE)
    repo.save_goals([Goal(f"Goal {n}: 20 more Google reviews and 10 wedding cakes ordered online", date(2027, n, 1))
                     for n in range(1, 6)])
    for group in CommunityGroup:
        for aspect in f.COMMUNITY_ASPECTS:
            repo.set_text(f.community_key(group, aspect), f"{SENTENCE} ({group.value}, {aspect})")
        repo.save_drivers(group, [Driver(group, f"Driver {n} of {group.value}", f"@{group.value}{n}",
                                         "met at the Christmas market, shares our posts") for n in (1, 2)])
    for key in f.CONVERSATION_KEYS:
        repo.set_text(key, SENTENCE)
    repo.set_text(f.LISTEN_TOOLS, "weekly_tour,network_insights,google_alerts,talkwalker_alerts,mention")
    repo.set_text(f.LISTEN_OTHER, "The district's WhatsApp group, the market's newsletter")
    repo.set_text(f.LISTEN_INDICATORS, "\n".join(f"Indicator {n}: reviews, shares and questions" for n in range(1, 6)))
    repo.set_text(f.CHANNEL_DAYS, "2,4,6")
    repo.set_text(f.CHANNEL_HANDLE, "@boulangeriedumarche")
    repo.set_text(f.CHANNEL_RESERVE, "tiktok,bluesky,threads")
    repo.set_text(f.CHANNEL_LISTINGS, "google_business,apple,bing,tripadvisor,pagesjaunes")
    for key, count in (("instagram", 3), ("facebook", 2), ("google", 1), ("tiktok", 1)):
        repo.set_channel(key, count)
    repo.save_pillars([StrategyPillar(f"Pillar {n}: behind the oven", 16) for n in range(1, 5)]
                      + [StrategyPillar("Orders and offers", 20, True)])
