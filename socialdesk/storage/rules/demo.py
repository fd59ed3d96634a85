"""The sample bakery's checklist: five months of ticks and notes, a rule added later, drivers."""

import locale
import random
from datetime import date, datetime, time, timedelta

from socialdesk.domain.community import CommunityGroup as G
from socialdesk.domain.rules.model import Rule
from socialdesk.domain.rules.schedule import due_rules
from socialdesk.domain.weeks import IsoWeek

HISTORY_WEEKS = 22
# How often the bakery keeps each starter rule (share of weeks); the listening tour slips.
_HABITS = {"listen": 0.45, "plan": 0.7, "drivers": 0.6, "customers": 0.75}
_NOTES = {
    "answer": "3 avis Google et 2 messages Instagram, tous répondus",
    "customers": "photo de Mme Roux avec sa couronne des rois",
    "drivers": "appel à Claire pour la fête de quartier",
    "listings": "horaires du dimanche corrigés sur Google et Apple Plans",
}
# The owner's own rule, added six weeks ago.
_LATE_RULE = {
    "fr": {"text": "Photo de la première fournée sur Instagram",
           "why": "Le fournil au petit matin, nos clients ne le voient jamais."},
    "en": {"text": "Posted a photo of the first batch on Instagram",
           "why": "Customers never see the bakehouse at dawn."},
}
# name, group, network, handle, days since contact (None: not yet), next step
_DRIVERS = (
    ("Claire Martin", G.CUSTOMERS, "facebook", "@claire.croixrousse", 5, "Lui proposer une dégustation pour le groupe du quartier"),
    ("Lyon à croquer", G.PRESCRIBERS, "instagram", "@lyonacroquer", 40, "Inviter à la fournée de pains anciens"),
    ("Fromagerie du Plateau", G.PARTNERS, "instagram", "@fromagerieduplateau", 12, "Photo commune du plateau du samedi"),
    ("Moulin Perrin", G.SUPPLIERS, "", "04 74 00 00 00", None, "Fixer la date de la visite du moulin"),
)


def _language(store) -> str:
    chosen = store.settings.get("language") or (locale.getlocale()[0] or "")
    return "fr" if chosen.startswith("fr") else "en"


def seed_demo(store, today: date) -> None:
    repo = store.rules
    current = IsoWeek.of(today)
    start = current.shifted(-HISTORY_WEEKS)
    language = _language(store)
    repo.ensure_starter_set(start.monday, language)
    late = Rule(**_LATE_RULE[language])
    repo.add(late, current.shifted(-6).monday)  # added mid-way: earlier weeks keep their score
    _tick_history(store, start, current)
    for name, group, network, handle, days, next_step in _DRIVERS:
        repo.ensure_driver(name, group.value, handle)
        driver = next(d for d in repo.drivers.drivers() if d.name == name and d.group is group)
        driver.network, driver.handle, driver.next_step = network, handle, next_step
        driver.last_contact = None if days is None else today - timedelta(days=days)
        repo.drivers.update(driver)


def _tick_history(store, start: IsoWeek, current: IsoWeek) -> None:
    repo = store.rules
    chance = random.Random(2011)  # the interview's year: the same sample every time
    rules = repo.rules(include_archived=True)
    week, index = start, 0
    while week.key <= current.key:
        friday = datetime.combine(week.monday + timedelta(days=4), time(18, 15))
        progress = index / HISTORY_WEEKS  # the habits settle in over the months
        for rule in due_rules(rules, week):
            if week == current and rule.position > 4:
                continue  # this week is under way: only the first rules are ticked so far
            habit = _HABITS.get(rule.starter_key, 0.85)
            if chance.random() < habit + (1 - habit) * 0.7 * progress:
                repo.set_done(rule.id, week, True, friday)
                note = _NOTES.get(rule.starter_key)
                if note and chance.random() < 0.4:
                    repo.set_note(rule.id, week, note)
        week, index = week.shifted(1), index + 1
