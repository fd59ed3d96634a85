"""Posts ready for each network: hashtags and signature on copy and in the count, alt text, Google posts."""

import shutil
import sqlite3
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from PIL import Image
from PySide6.QtCore import QLocale
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from socialdesk.domain.calendar.counting import counts
from socialdesk.domain.calendar.google_post import GoogleKind, GoogleProblem, google_post, google_problems
from socialdesk.domain.calendar.ready_text import NetworkExtras, text_for
from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.storage import open_store
from socialdesk.storage.calendar.media import import_image
from socialdesk.ui.calendar.extras_dialog import ExtrasDialog
from socialdesk.ui.calendar.post_dialog import PostDialog
from socialdesk.ui.calendar.publish_dialog import PublishDialog
from socialdesk.ui.common import opener
from socialdesk.ui.i18n import install_translators

DATA = Path(__file__).parent.parent / "data"
CLOCK = fixed_clock(date(2026, 11, 26))
EXTRAS = {"instagram": NetworkExtras("boulangerie, #Lyon", "Lien dans la bio")}


@pytest.fixture
def opened(monkeypatch):
    browser = SimpleNamespace(pages=[])
    monkeypatch.setattr(opener, "open_url", lambda url: browser.pages.append(url) or True)
    return browser


@pytest.fixture(params=["en", "fr"])
def language(request):
    install_translators(request.param)
    yield request.param
    install_translators("en")


def _image(store, tmp_path) -> str:
    path = tmp_path / "brioche.png"
    Image.new("RGB", (800, 1000), "orange").save(path)
    return import_image(store, path)


def _dialog(qtbot, store, post, save=None) -> PostDialog:
    dialog = PostDialog(None, post, store, None, True, clock=CLOCK, save=save)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


# ----- domain
def test_text_for_adds_the_missing_hashtags_and_the_signature_once():
    post = Post(networks=("instagram", "facebook"), text="Brioche du dimanche #lyon")
    assert text_for("instagram", post, EXTRAS) == "Brioche du dimanche #lyon\n\nLien dans la bio\n\n#boulangerie"
    assert text_for("facebook", post, EXTRAS) == "Brioche du dimanche #lyon"  # no set for Facebook
    signed = Post(networks=("instagram",), text="Brioche. Lien dans la bio #boulangerie #lyon")
    assert text_for("instagram", signed, EXTRAS) == signed.text


def test_the_count_is_the_count_of_the_copied_text():
    post = Post(networks=("instagram",), text="é" * 2190)
    assert counts(post, {"instagram": 2200})[0].over is False
    counted = counts(post, {"instagram": 2200}, EXTRAS)[0]
    assert counted.used == len(text_for("instagram", post, EXTRAS)) and counted.over


@pytest.mark.parametrize("text, found", [
    ("Commandez au 04 78 00 00 00 !", True), ("Appelez le +33 6 12 34 56 78", True),
    ("Ouvert le 12/03/2026 de 9 h à 19 h, brioche à 12,50 €", False), ("Brioche du dimanche", False)])
def test_google_finds_a_phone_number_in_the_text(text, found):
    assert (GoogleProblem.PHONE_IN_TEXT in google_problems(google_post(Post()), text, "FR")) is found


# ----- post dialog
def test_the_counter_counts_hashtags_and_signature(qtbot, store):
    store.calendar.save_extras("instagram", "#boulangerie #lyon", "Lien dans la bio")
    dialog = _dialog(qtbot, store, Post(day=date(2026, 11, 27), networks=("instagram",), text="Brioche"))
    expected = len("Brioche\n\nLien dans la bio\n\n#boulangerie #lyon")
    assert f"Instagram: {QLocale().toString(expected)} / {QLocale().toString(2200)}" in dialog.counts_label.text()


@pytest.mark.parametrize("status", [PostStatus.PLANNED, PostStatus.PUBLISHED])  # "Published" is no way round
def test_a_planned_image_post_without_alt_text_is_refused(qtbot, file_store, tmp_path, language, status):
    saved = []
    post = Post(day=date(2026, 11, 27), networks=("instagram",), text="Brioche", status=status,
                image=_image(file_store, tmp_path))
    dialog = _dialog(qtbot, file_store, post, save=lambda choice: saved.append(choice.post) or True)
    assert dialog.alt_edit.isVisible()
    dialog.ok_button.click()
    assert dialog.isVisible() and not saved
    refusal = dialog.findChild(type(dialog.counts_label), "postRefusal")
    assert refusal.isVisible()
    assert ("alt text" if language == "en" else "texte alternatif") in refusal.text()
    dialog.alt_edit.setPlainText("Une brioche dorée sur une planche")
    dialog.ok_button.click()
    assert not dialog.isVisible() and saved[0].alt_text == "Une brioche dorée sur une planche"
    file_store.calendar.add(saved[0])
    stored = sqlite3.connect(file_store.path).execute("SELECT alt_text FROM posts").fetchone()
    assert stored == ("Une brioche dorée sur une planche",)


@pytest.mark.parametrize("status", [PostStatus.DRAFT, PostStatus.IDEA, PostStatus.SKIPPED])
def test_a_draft_image_post_may_wait_for_its_alt_text(qtbot, file_store, tmp_path, status):
    post = Post(day=date(2026, 11, 27), networks=("instagram",), text="Brioche", status=status,
                image=_image(file_store, tmp_path))
    dialog = _dialog(qtbot, file_store, post, save=lambda choice: True)
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_google_phone_number_warning_and_offer_fields(qtbot, store, language):
    dialog = _dialog(qtbot, store, Post(day=date(2026, 11, 27), networks=("google",),
                                        text="Commandez au 04 78 00 00 00 !"))
    assert dialog.google_group.isVisible()
    phone = "phone number" if language == "en" else "numéro de téléphone"
    assert phone in dialog.google_warnings.text()
    dialog.text_edit.setPlainText("Brioche du dimanche")
    assert dialog.google_warnings.text() == ""
    dialog.google_kind.setCurrentIndex(dialog.google_kind.findData(GoogleKind.OFFER.value))
    assert dialog.google_warnings.text()  # an offer needs a title
    dialog.google_title.setText("−20 % sur les brioches")
    assert dialog.google_warnings.text() == ""
    form = google_post(dialog.post())
    assert form.kind is GoogleKind.OFFER and form.title == "−20 % sur les brioches" and form.start


def test_google_form_hidden_without_google(qtbot, store):
    dialog = _dialog(qtbot, store, Post(day=date(2026, 11, 27), networks=("instagram",), text="Brioche"))
    assert not dialog.google_group.isVisible()


# ----- publishing assistant
def test_the_assistant_copies_the_domain_text_and_offers_the_alt_text(qtbot, file_store, tmp_path, opened):
    file_store.calendar.save_extras("instagram", "#boulangerie #lyon", "Lien dans la bio")
    post = Post(day=date(2026, 11, 27), networks=("instagram", "google"), text="Brioche du dimanche",
                status=PostStatus.PLANNED, image=_image(file_store, tmp_path), alt_text="Une brioche dorée")
    dialog = PublishDialog(None, post, file_store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.buttons["instagram"].click()
    copied = QGuiApplication.clipboard().text()
    assert copied == text_for("instagram", post, file_store.calendar.extras())
    assert copied == "Brioche du dimanche\n\nLien dans la bio\n\n#boulangerie #lyon"
    assert dialog.image_buttons["instagram"].isDefault()  # the next step: the image, then its alt text
    dialog.alt_buttons["instagram"].click()
    assert QGuiApplication.clipboard().text() == "Une brioche dorée"
    assert "google" not in dialog.alt_buttons  # no alt field on Google: the description goes in the text
    dialog.buttons["google"].click()
    assert QGuiApplication.clipboard().text() == "Brioche du dimanche\n\nImage: Une brioche dorée"


def test_hashtags_and_signatures_dialog_saves_what_was_typed(qtbot, store, monkeypatch):
    dialog = ExtrasDialog(None, {})
    qtbot.addWidget(dialog)
    dialog.set_row("instagram", "#boulangerie", "Link in bio")
    assert dialog.changed() == {"instagram": NetworkExtras("#boulangerie", "Link in bio")}
    monkeypatch.setattr(ExtrasDialog, "ask", classmethod(lambda cls, parent, extras: dialog.changed()))
    from socialdesk.ui.calendar.tab import CalendarTab
    from socialdesk.ui.common.bus import DataBus

    tab = CalendarTab(store, DataBus(), CLOCK)
    qtbot.addWidget(tab)
    tab.edits.extras.trigger()
    assert store.calendar.extras() == {"instagram": NetworkExtras("#boulangerie", "Link in bio")}


# ----- data file
def test_an_old_file_gains_alt_text_and_extras_read_back_with_sqlite3(tmp_path):
    path = tmp_path / "old.sqlite3"
    shutil.copy(DATA / "socialdesk-v1.sqlite3", path)
    store = open_store(path)
    try:
        store.calendar.save_extras("instagram", "#lyon", "Lien dans la bio")
        store.calendar.add(Post(day=date(2026, 11, 27), text="Brioche", image="a.png", alt_text="Une brioche"))
    finally:
        store.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT hashtags, signature FROM network_extras").fetchall() == [
            ("#lyon", "Lien dans la bio")]
        assert ("Une brioche",) in conn.execute("SELECT alt_text FROM posts").fetchall()
        assert "0014_ready_posts" in [n for (n,) in conn.execute("SELECT name FROM _sqlite_migrations")]


def test_the_demo_has_hashtags_a_signature_and_a_google_event(tmp_path):
    from socialdesk.storage.demo import build_demo_file

    store = build_demo_file(tmp_path / "demo.sqlite3", date(2026, 11, 26), "fr")  # the English demo: "Link in bio"
    try:
        assert store.calendar.extras()["instagram"].signature == "Lien dans la bio"
        events = [google_post(p) for p in store.calendar.all_posts() if google_post(p).kind is GoogleKind.EVENT]
        assert events and events[0].title and events[0].start == date(2026, 11, 28)
    finally:
        store.close()


def _whole(label) -> bool:
    """A wrapped label shows all its lines (its layout gave it the height its width needs)."""
    return label.heightForWidth(label.width()) <= label.height()


def test_alt_step_and_google_warnings_leave_every_line_whole(qtbot, file_store, tmp_path, opened, language):
    post = Post(day=date(2026, 11, 27), networks=("instagram", "google"), status=PostStatus.PLANNED,
                text="Commandez au 04 78 00 00 00 !", image=_image(file_store, tmp_path), alt_text="Une brioche")
    dialog = PublishDialog(None, post, file_store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.alt_buttons["instagram"].y() > dialog.buttons["instagram"].y()  # under it, not beside the words
    from PySide6.QtWidgets import QLabel

    assert all(_whole(label) for label in dialog.findChildren(QLabel) if label.text() and label.isVisible())
    editor = _dialog(qtbot, file_store, post)
    qtbot.waitExposed(editor)
    qtbot.wait(10)
    assert editor.google_warnings.text() and _whole(editor.google_warnings)
