"""Starter rules follow the app's language; the owner's own words never change."""

import shutil
import sqlite3
import subprocess
from dataclasses import replace
from datetime import date, datetime

import pytest

from socialdesk.storage import open_store
from socialdesk.storage.rules.starter_file import starter_entries
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.rules.tab import RulesTab

NOW = datetime(2026, 11, 26, 17, 30)  # Thursday of ISO week 48
MADE = date(2026, 10, 5)  # the file was made seven weeks earlier: closed weeks were missed
EN_AUTHENTIC = "Stayed authentic: we sound like the small shop we are"
FR_AUTHENTIC = "Rester authentique\u00a0: parler comme le petit commerce que nous sommes"
FR_PERSON = "Écrire en tant que personne, avec un prénom, pas au nom de «\u00a0l'entreprise\u00a0»"
FR_PERSON_BEFORE = "Écrire en personne, avec un prénom, pas au nom de «\u00a0l'entreprise\u00a0»"  # wording until Dec 2026
OWN_WORDS = "Sounded like Léa behind the counter"


@pytest.fixture
def french():
    install_translators("fr")
    yield
    install_translators("en")


def _tab(qtbot, store, bus):
    tab = RulesTab(store, bus, clock=lambda: NOW)
    qtbot.addWidget(tab)
    return tab


def _shown(tab) -> dict:
    """What the owner reads: week boxes, the rules list, the history's missed lines, the printed sheet."""
    boxes = [box.text() for box in tab.week_page.rule_boxes.values()]
    listed = [tab.rules_page.list.item(row).text() for row in range(tab.rules_page.list.count())]
    return {"week": "\n".join(boxes), "list": "\n".join(listed), "history": tab.history_page.missed_label.text()}


def _printed(tab, tmp_path) -> str:
    pdf = tab.save_pdf(tmp_path / "checklist.pdf")
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext is not installed")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(text.split())


def _edit_first_rule(store, text):
    rule = store.rules.rules()[0]
    store.rules.update(replace(rule, text=text))


def test_a_file_made_in_english_shows_french_rules_in_french(qtbot, file_store, bus, french, tmp_path):
    file_store.rules.ensure_starter_set(MADE, "en")
    tab = _tab(qtbot, file_store, bus)
    shown = _shown(tab)
    for where, text in shown.items():
        assert "Rester authentique" in text and FR_PERSON.split(",")[0] in text, where
        assert "Stayed authentic" not in text, where
    assert "Rester authentique" in _printed(tab, tmp_path)
    assert "Stayed authentic" not in _printed(tab, tmp_path)


def test_a_file_made_in_french_shows_english_rules_in_english(qtbot, store, bus):
    store.rules.ensure_starter_set(MADE, "fr")
    shown = _shown(_tab(qtbot, store, bus))
    assert all(EN_AUTHENTIC in text and "Rester" not in text for text in shown.values()), shown


def test_a_rule_the_owner_edited_keeps_the_owners_words_in_french(qtbot, store, bus, french):
    store.rules.ensure_starter_set(MADE, "en")
    _edit_first_rule(store, OWN_WORDS)
    shown = _shown(_tab(qtbot, store, bus))
    for where, text in shown.items():
        assert OWN_WORDS in text and "Rester authentique" not in text, where
        assert FR_PERSON.split(",")[0] in text, where  # the untouched ones follow the language


def test_changing_only_the_frequency_keeps_the_rule_translated(qtbot, store, bus, french):
    store.rules.ensure_starter_set(MADE, "en")
    rule = store.rules.rules()[0]
    store.rules.update(replace(rule, month_week=2))
    assert "Rester authentique" in _shown(_tab(qtbot, store, bus))["list"]


def _old_file(tmp_path):
    """A file as the version before this change left it: English starters, one edited (its key
    kept, as edits used to), a tick and a note; migration 0006 not applied."""
    path = tmp_path / "old.sqlite3"
    made = open_store(path)
    made.rules.ensure_starter_set(MADE, "en")
    made.close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE rules SET text = ? WHERE position = 1", (OWN_WORDS,))
        conn.execute("UPDATE rules SET starter_key = '' WHERE position = 2")  # no key at all
        conn.execute("INSERT INTO rule_checks (rule_id, week, done, done_at, note) "
                     "SELECT id, '2026-W45', 1, '2026-11-04T10:00:00', 'fait' FROM rules WHERE position = 0")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0006_starter_rule_keys'")
    conn.close()
    return path


def test_an_old_file_is_linked_to_its_starter_rules_and_keeps_its_history(qtbot, tmp_path, bus, french):
    path = _old_file(tmp_path)
    before = sqlite3.connect(path).execute("SELECT * FROM rule_checks").fetchall()
    opened = open_store(path)
    try:
        shown = _shown(_tab(qtbot, opened, bus))
        for where, text in shown.items():
            assert OWN_WORDS in text and "Ne rien publier juste pour remplir" in text, where
            assert "Stayed authentic" not in text, where
        assert "Rester authentique" in shown["week"] and "Rester authentique" in shown["list"]
    finally:
        opened.close()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT * FROM rule_checks").fetchall() == before
    keys = dict(conn.execute("SELECT position, starter_key FROM rules"))
    assert keys[0] == "authentic" and keys[1] == "" and keys[2] != ""
    assert conn.execute("SELECT text FROM rules WHERE position = 0").fetchone()[0] == EN_AUTHENTIC


def _old_french_file(tmp_path):
    """A file made in French before the French starter rules were reworded: the earlier words, no keys,
    migration 0006 not applied."""
    path = tmp_path / "old-fr.sqlite3"
    made = open_store(path)
    made.rules.ensure_starter_set(MADE, "fr")
    made.close()
    earlier = {entry["key"]: entry["earlier"][0] for entry in starter_entries() if entry.get("earlier")}
    conn = sqlite3.connect(path)
    with conn:
        for key, words in earlier.items():
            conn.execute("UPDATE rules SET text = ?, why = ?, starter_key = '' WHERE starter_key = ?",
                         (words["text"], words["why"], key))
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0006_starter_rule_keys'")
    conn.close()
    return path, earlier


def test_an_old_french_file_with_the_earlier_french_words_shows_the_new_ones(qtbot, tmp_path, bus, french):
    path, earlier = _old_french_file(tmp_path)
    assert FR_PERSON_BEFORE == earlier["person"]["text"]
    opened = open_store(path)
    try:
        shown = _shown(_tab(qtbot, opened, bus))
        for where, text in shown.items():
            assert FR_PERSON in text and "Ne rien publier juste pour remplir le fil" in text, where
            assert FR_PERSON_BEFORE not in text, where
    finally:
        opened.close()
    keys = [key for (key,) in sqlite3.connect(path).execute("SELECT starter_key FROM rules ORDER BY position")]
    assert set(earlier) <= set(keys) and "" not in keys
