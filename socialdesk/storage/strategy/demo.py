"""The sample bakery's shop card and strategy (Boulangerie Léa, Lyon), for `--demo`."""

import locale
from datetime import date, datetime, time, timedelta

from socialdesk.domain.calendar.closures import Closure
from socialdesk.domain.community import CommunityGroup as G
from socialdesk.domain.hours.model import DayException, OpeningHours, Span, with_exception
from socialdesk.domain.hours.parse import parse_hours
from socialdesk.domain.shop import ShopCard
from socialdesk.domain.strategy import fields as f
from socialdesk.domain.strategy.apply import apply_plan
from socialdesk.domain.strategy.model import Driver, Goal, StrategyPillar

_TEXTS = {
    f.STAND_MESSAGES: "Du pain au levain pétri et cuit sur place chaque matin\nDes farines bio d'un moulin de l'Ain\n"
                      "Une boulangerie de quartier où l'on connaît votre prénom",
    f.STAND_VALUE: "Le seul four à bois de la Croix-Rousse ; des pains qui se gardent trois jours.",
    f.STAND_BENEFITS: "Fraîcheur à 7 h, commande la veille pour les familles, pain sans additif.",
    f.STAND_EVOLUTION: "Les clients achètent moins de baguettes et plus de pains spéciaux ; la livraison arrive.",
    f.community_key(G.CUSTOMERS, "who"): "Familles du quartier, employés des bureaux rue d'Austerlitz, étudiants",
    f.community_key(G.CUSTOMERS, "where"): "Instagram, groupe Facebook « Croix-Rousse entraide », Google Maps",
    f.community_key(G.CUSTOMERS, "expect"): "Savoir ce qui sort du four, les horaires des jours fériés",
    f.community_key(G.EMPLOYEES, "who"): "Hugo (fournil), Aïcha (vente), deux apprentis",
    f.community_key(G.PRESCRIBERS, "who"): "Blogueuse gourmande lyonnaise, conciergerie de l'hôtel voisin",
    f.community_key(G.SUPPLIERS, "who"): "Moulin Perrin (farines), ferme des Monts d'Or (beurre, œufs)",
    f.CONV_PLACES: "Groupe Facebook du quartier, marché du boulevard le dimanche, Instagram #croixrousse",
    f.CONV_TOPICS: "La galette des rois, le pain au levain, les commerces qui ferment en août",
    f.CONV_VOICES: "Les parents d'élèves, la blogueuse « Lyon à croquer »",
    f.CONV_COMPETITORS: "La boulangerie de la place poste ses promotions chaque jour, sans réponse aux commentaires",
    f.CONV_REACTIONS: "Les photos du fournil à 5 h du matin et les portraits de l'équipe",
    f.LISTEN_TOOLS: "weekly_tour,network_insights,google_alerts",
    f.LISTEN_INDICATORS: "Nouveaux avis Google\nCommentaires sur Instagram\nCommandes de la veille par message",
    f.CHANNEL_DAYS: "3,5,6",
    f.CHANNEL_HANDLE: "boulangerielea",
    f.CHANNEL_RESERVE: "tiktok",
    f.CHANNEL_LISTINGS: "google_business,apple,pagesjaunes",
}

DEMO_HOURS = "mar.–sam. 7 h–13 h, 15 h 30–19 h 30 ; dim. 7 h–13 h ; lun. fermé"

_DRIVERS = (
    Driver(G.CUSTOMERS, "Claire Martin", "@claire.croixrousse", "anime le groupe du quartier"),
    Driver(G.PRESCRIBERS, "Lyon à croquer", "@lyonacroquer", "blog gourmand, aime les pains anciens"),
    Driver(G.PARTNERS, "Fromagerie du Plateau", "@fromagerieduplateau", "plateau pain-fromage le samedi"),
    Driver(G.SUPPLIERS, "Moulin Perrin", "", "visite du moulin à filmer au printemps"),
)


def _speaks_french(store) -> bool:
    chosen = store.settings.get("language") or (locale.getlocale()[0] or "")
    return chosen.startswith("fr")


def _next(today: date, month: int, day: int) -> date:
    """The next `day`/`month` from today on."""
    this_year = date(today.year, month, day)
    return this_year if this_year >= today else date(today.year + 1, month, day)


def _closures(today: date) -> list[tuple[date, int, tuple[str, str]]]:
    """(first day, days, (French, English reason)): three weeks' leave in August, and a week of works when the
    new oven goes in, in February after the galettes (Monday to Saturday)."""
    august = date(today.year + (today.month > 8), 8, 3)  # this year's until August is over
    february = _next(today, 2, 9)
    works = february + timedelta(days=-february.weekday() % 7)
    return [(august, 21, ("Congés annuels", "Annual leave")),
            (works, 6, ("Travaux : nouveau four", "Works: new oven"))]


def _holiday_answers(hours: OpeningHours, today: date, french: bool) -> OpeningHours:
    """The owner's answers for the coming Christmas (open in the morning, as bakeries do) and New Year's Day
    (closed), as the holiday buttons write them: a special day each, its reason in the demo's language."""
    answers = ((_next(today, 12, 25), (Span(7 * 60, 13 * 60),), ("Noël", "Christmas Day")),
               (_next(today, 1, 1), (), ("Jour de l'an", "New Year's Day")))
    for day, spans, reason in answers:
        hours = with_exception(hours, DayException(day, spans, reason[not french]))
    return hours


def seed_demo(store, today: date) -> None:
    french = _speaks_french(store)  # the demo's texts follow its language
    store.shop.save(ShopCard(
        name="Boulangerie Léa", trade="Boulangerie artisanale", address="12 rue d'Austerlitz",
        postcode="69004", city="Lyon", country="FR", phone="04 78 00 00 00",
        email="bonjour@boulangerie-lea.example", website="https://boulangerie-lea.example",
        opening_hours=DEMO_HOURS, hours=_holiday_answers(parse_hours(DEMO_HOURS), today, french),
        languages=["français", "anglais"],
    ))
    for first, days, reason in _closures(today):
        store.calendar.closures.add(Closure(first, first + timedelta(days=days - 1), reason[not french]))
    repo = store.strategy
    for key, value in _TEXTS.items():
        repo.set_text(key, value)
    repo.save_goals([Goal("20 avis Google de plus", today + timedelta(days=120)),
                     Goal("10 commandes de galettes par message en janvier", None)])
    for group in G:
        repo.save_drivers(group, [d for d in _DRIVERS if d.group is group])
    for network_key, posts in (("instagram", 3), ("facebook", 2), ("google", 1)):
        repo.set_channel(network_key, posts)
    repo.save_pillars([StrategyPillar("Coulisses du fournil", 40), StrategyPillar("Nos pains et la saison", 40),
                       StrategyPillar("Offres et commandes", 20, sells=True)])
    # The sample shop has applied its cadence and pillars (the calendar plans with them); the
    # listings and people are left to the presence and rules demos, which add their own.
    plan = apply_plan(repo.load())
    repo.record_applied(plan.cadence, plan.pillars, datetime.combine(today, time(9, 0)), plan.days)
