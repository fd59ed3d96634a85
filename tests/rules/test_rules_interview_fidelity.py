"""The checklist follows the interview: plan only when there is a lot to post, silence is fine, sources shown."""

import json
import sqlite3
from datetime import datetime

import pytest
from socialdesk.paths import resource
from socialdesk.storage import open_store
from socialdesk.storage.rules.starter_file import starter_entries, starter_key_of
from socialdesk.ui.common.bus import DataBus
from socialdesk.ui.rules.tab import RulesTab

NOW = datetime(2026, 12, 2, 9, 0)


def make_tab(qtbot, store):
    tab = RulesTab(store, DataBus(), clock=lambda: NOW)
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.show()
    return tab


@pytest.fixture
def french():
    from socialdesk.ui.i18n import install_translators

    install_translators("fr")
    yield
    install_translators("en")


def _rules_list(tab) -> dict[str, tuple[str, str]]:
    """Each rule's first line -> (its second line, its tooltip), as the Rules page shows them."""
    tab.pages.setCurrentWidget(tab.rules_page)
    items = (tab.rules_page.list.item(row) for row in range(tab.rules_page.list.count()))
    return {item.text().split("\n")[0]: (item.text().split("\n")[1], item.toolTip()) for item in items}


def test_the_planning_rule_asks_to_plan_when_several_posts_are_ready(qtbot, store):
    shown = _rules_list(make_tab(qtbot, store))
    assert "When several posts are ready, plan them" in shown
    assert "Planned next week's posts" not in shown


def test_the_planning_rule_in_french(qtbot, store, french):
    shown = _rules_list(make_tab(qtbot, store))
    assert "Quand plusieurs publications sont prêtes, les programmer" in shown
    assert "Préparer les publications de la semaine prochaine" not in shown


def test_a_file_with_the_old_planning_words_still_knows_its_built_in_rule(tmp_path, qtbot, french):
    path = tmp_path / "old.sqlite3"
    store = open_store(path)
    store.rules.rules()  # first use: the starter rules
    store.close()
    with sqlite3.connect(path) as db:  # as an earlier version of SocialDesk wrote it
        db.execute("UPDATE rules SET text = ?, why = ?, starter_key = '' WHERE starter_key = 'plan'",
                   ["Planned next week's posts",
                    "Planning ahead leaves the week free for real conversations instead of last-minute posting."])
    assert starter_key_of("Planned next week's posts",
                          "Planning ahead leaves the week free for real conversations instead of last-minute "
                          "posting.") == "plan"
    store = open_store(path)
    try:
        shown = _rules_list(make_tab(qtbot, store))  # built-in: shown in today's words, in French
        assert "Quand plusieurs publications sont prêtes, les programmer" in shown
    finally:
        store.close()


def test_an_empty_week_is_fine_when_there_is_nothing_to_say(qtbot, store, french):
    tab = make_tab(qtbot, store)
    summary = tab.week_page.posts_summary.text().replace("\u00a0", " ")
    assert summary.startswith("Aucune publication : rien de grave s'il n'y a rien à dire.")
    assert "Prévoyez" not in summary


def test_every_starter_rule_names_its_source_in_the_file():
    data = json.loads(resource("rules", "starter_rules.json").read_text(encoding="utf-8"))
    sources = {entry["key"]: entry["source"] for entry in data["rules"]}
    assert set(sources.values()) == {"interview", "socialdesk"}
    assert sources["answer"] == "socialdesk"  # a good rule, but the interview does not give it
    assert sources["silence"] == sources["drivers"] == sources["plan"] == "interview"
    assert len(sources) == len(starter_entries())


def test_the_rules_page_shows_where_each_starter_rule_comes_from(qtbot, store):
    shown = _rules_list(make_tab(qtbot, store))
    line, tip = shown["Answered every comment, message and review"]
    assert line.endswith("· SocialDesk's advice") and "the interview does not give it" in tip
    line, tip = shown["Posted nothing just to fill the feed"]
    assert line.endswith("· from the interview") and "comes from the 2011 interview" in tip


def test_the_source_tag_in_french_and_not_on_the_owners_rules(qtbot, store, french):
    from socialdesk.domain.rules.model import Rule

    tab = make_tab(qtbot, store)  # first use: the starter rules
    store.rules.add(Rule(text="Photo du fournil le samedi"), NOW.date())
    tab.rules_page.reload()
    shown = _rules_list(tab)
    assert shown["Répondre à chaque commentaire, message et avis"][0].endswith("· conseil de SocialDesk")
    assert shown["Parler de nos clients, pas seulement de nous"][0].endswith("· tirée de l'interview")
    assert "·" not in shown["Photo du fournil le samedi"][0]
