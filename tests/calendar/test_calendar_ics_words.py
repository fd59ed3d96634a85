""".ics from the window: no reminder for what is done (published, skipped); every label in the app's language."""

from datetime import date, time

import pytest
from icalendar import Calendar

from socialdesk.cli import main
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.storage import open_store
from socialdesk.ui.i18n import install_translators

LABELS = {  # summary, the notes line, the reminder
    "en": ("Instagram: Galette", "— Notes:\nfève", "To publish: Instagram: Galette"),
    "fr": ("Instagram\u00a0: Galette", "— Notes\u00a0:\nfève", "À publier\u00a0: Instagram\u00a0: Galette"),
}


@pytest.fixture(params=["en", "fr"])
def language(qapp, request):
    install_translators(request.param)
    yield request.param
    install_translators("en")


def _plan(store):
    for status, text in ((PostStatus.PLANNED, "Galette"), (PostStatus.PUBLISHED, "Bûche"),
                         (PostStatus.SKIPPED, "Marché"), (PostStatus.DRAFT, "Vitrine")):
        store.calendar.add(Post(day=date(2026, 12, 1), time=time(9), networks=("instagram",), text=text,
                                status=status, notes="fève"))


def _events(data: bytes) -> dict:
    return {str(e["summary"]).split(": ")[-1].split("\u00a0: ")[-1]: e for e in Calendar.from_ical(data).walk("VEVENT")}


def test_the_windows_ics_reminds_only_what_is_still_to_publish_in_the_apps_language(tab, store, tmp_path,
                                                                                    monkeypatch, language):
    _plan(store)
    target = tmp_path / "plan.ics"
    monkeypatch.setattr(tab.files, "ask_save_path", lambda *a: target)
    tab.files.export_ics()
    events = _events(target.read_bytes())
    assert {name: bool(e.walk("VALARM")) for name, e in events.items()} == {
        "Galette": True, "Bûche": False, "Marché": False, "Vitrine": True}
    galette = events["Galette"]
    summary, notes, reminder = LABELS[language]
    assert str(galette["summary"]) == summary
    assert str(galette["description"]).endswith(notes)
    assert str(galette.walk("VALARM")[0]["description"]) == reminder


def test_the_command_lines_ics_speaks_its_language(tmp_path):
    db = tmp_path / "shop.sqlite3"
    store = open_store(db)
    _plan(store)
    store.close()
    out = tmp_path / "plan.ics"
    assert main(["export", "ics", "--lang", "fr", "-o", str(out), "--db", str(db)]) == 0
    events = _events(out.read_bytes())
    assert not events["Bûche"].walk("VALARM") and not events["Marché"].walk("VALARM")
    assert str(events["Galette"].walk("VALARM")[0]["description"]) == LABELS["fr"][2]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_ics_categories_are_the_networks_names_as_shown(tmp_path, lang):
    db = tmp_path / "shop.sqlite3"
    store = open_store(db)
    store.calendar.add(Post(day=date(2026, 12, 1), time=time(9), networks=("google", "instagram"), text="Galette",
                            status=PostStatus.PLANNED))
    store.close()
    out = tmp_path / "plan.ics"
    assert main(["export", "ics", "--lang", lang, "-o", str(out), "--db", str(db)]) == 0
    event = Calendar.from_ical(out.read_bytes()).walk("VEVENT")[0]
    assert [str(c) for c in event["categories"].cats] == ["Google Business Profile", "Instagram"]  # not "google"
