"""Replying to a review, as the owner does it: from a listing or the checklist, fill the blanks, copy, open."""

import re
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.reviews.replies import ReplyCase
from socialdesk.domain.weeks import IsoWeek
from socialdesk.storage.demo import seed_demo
from socialdesk.ui.common import opener
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.presence import tab as tab_module
from socialdesk.ui.presence.reply_dialog import ReplyDialog
from socialdesk.ui.presence.tab import PresenceTab
from socialdesk.ui.rules.tab import RulesTab

NOW = datetime(2026, 12, 7, 9, 0)
CLOCK = fixed_clock(NOW)


@pytest.fixture
def browser(monkeypatch):
    """Every URL handed to the opener; no browser starts."""
    pages = []
    monkeypatch.setattr(opener, "open_url", lambda url: pages.append(url) or True)
    return pages


@pytest.fixture
def demo(store):
    install_translators("en")
    seed_demo(store, NOW.date())
    return store


def _dialog(qtbot, store, listing=None):
    dialog = ReplyDialog(None, store, CLOCK, listing)
    qtbot.addWidget(dialog)
    return dialog


def _listing(store, key):
    return next(item for item in store.presence.listings() if item.platform_key == key)


def _fill(qtbot, dialog, first="Julien", mentioned="the sourdough loaf", signer="Lea"):  # keyClicks types ASCII only
    for edit, text in ((dialog.first_name, first), (dialog.mentioned, mentioned), (dialog.signer, signer)):
        edit.clear()
        qtbot.keyClicks(edit, text)


def test_an_unfilled_blank_keeps_copy_off_and_says_which_then_copy_and_open(qtbot, demo, browser):
    dialog = _dialog(qtbot, demo, _listing(demo, "google_business"))
    dialog.set_rating(5)
    _fill(qtbot, dialog, signer="")
    assert not dialog.copy_button.isEnabled()
    assert "who replies" in dialog.feedback.text() and "[who replies]" in dialog.draft_edit.toPlainText()
    QGuiApplication.clipboard().setText("before")
    dialog._on_copy_clicked()  # what Enter would do: still nothing copied
    assert QGuiApplication.clipboard().text() == "before" and browser == []
    qtbot.keyClicks(dialog.signer, "Lea")
    assert dialog.copy_button.isEnabled()
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "Julien" in copied.splitlines()[0]
    assert "the sourdough loaf" in copied and copied.endswith("Lea") and "[" not in copied
    assert browser == ["https://g.page/boulangerie-lea-lyon"]
    assert "Opened https://g.page/boulangerie-lea-lyon" in dialog.feedback.text()


def test_two_replies_in_a_row_never_read_the_same_and_a_second_copy_does_not_skip_a_wording(qtbot, demo, browser):
    texts = []
    for _ in range(3):
        dialog = _dialog(qtbot, demo, _listing(demo, "google_business"))
        dialog.set_rating(4)
        _fill(qtbot, dialog)
        dialog.copy_button.click()
        dialog.copy_button.click()  # copied twice: still one reply
        texts.append(QGuiApplication.clipboard().text())
    assert texts[0] != texts[1] != texts[2] != texts[0]  # the 4-star case has three wordings
    count = demo.query_one("SELECT count(*) AS n FROM review_replies WHERE case_key = '4'")["n"]
    assert count == 3


def test_facebook_opens_its_reviews_tab(qtbot, demo, browser):
    dialog = _dialog(qtbot, demo, _listing(demo, "facebook"))
    _fill(qtbot, dialog)
    dialog.copy_button.click()
    assert browser == ["https://www.facebook.com/boulangerielea/reviews"]


def test_an_unhappy_review_shows_the_guide_and_a_draft_that_takes_it_offline(qtbot, demo, browser):
    dialog = _dialog(qtbot, demo)
    dialog.set_rating(5)
    assert dialog.guide.isHidden()
    dialog.set_rating(1)
    assert not dialog.guide.isHidden()
    assert "Take it offline" in " ".join(label.text() for label in dialog.guide.findChildren(type(dialog.feedback)))
    _fill(qtbot, dialog, mentioned="the wait on Saturday")
    text = dialog.draft_edit.toPlainText()
    assert demo.shop.get().phone and demo.shop.get().phone in text  # the shop's phone is there to call
    assert "the wait on Saturday" in text and dialog.copy_button.isEnabled()
    dialog.set_rating(2, has_text=False)  # a poor rating without words: nothing mentioned to fill
    assert not dialog.slots_form.isRowVisible(dialog.mentioned) and not dialog.guide.isHidden()


def test_an_edit_that_offers_something_is_refused(qtbot, demo, browser):
    dialog = _dialog(qtbot, demo)
    _fill(qtbot, dialog)
    dialog.draft_edit.moveCursor(dialog.draft_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(dialog.draft_edit, " A free croissant on your next visit!")
    assert not dialog.copy_button.isEnabled() and "offers something" in dialog.feedback.text()


def test_the_listings_page_opens_the_dialog_for_the_selected_listing_and_publishes_the_reply(
        qtbot, demo, bus, monkeypatch, browser):
    monkeypatch.setattr(tab_module, "qr_page_available", lambda: False)
    tab = PresenceTab(demo, bus, CLOCK)
    qtbot.addWidget(tab)
    page = tab.listings
    page.select_row(next(r for r in range(page.model.rowCount()) if page.model.listing_at(r).name == "Facebook"))
    published = []
    bus.changed.connect(lambda change, initiator: published.append(change))

    def answer(parent, store, clock, listing=None):  # the owner fills and copies in the real dialog
        dialog = _dialog(qtbot, store, listing)
        _fill(qtbot, dialog)
        dialog.copy_button.click()
        return dialog.recorded

    monkeypatch.setattr(ReplyDialog, "ask", answer)
    page.reply_button.click()
    assert browser == ["https://www.facebook.com/boulangerielea/reviews"]
    assert published and demo.rules.reviews.last_variant(ReplyCase(5), "en") is not None


def test_the_checklist_week_takes_the_typed_tally_and_the_history_shows_it(qtbot, demo, bus, monkeypatch):
    tab = RulesTab(demo, bus, CLOCK)
    qtbot.addWidget(tab)
    box = tab.week_page.reviews_box
    for spin, typed in ((box.received, "6"), (box.answered, "5")):
        spin.lineEdit().selectAll()
        qtbot.keyClicks(spin, typed)
        qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert demo.rules.reviews.tally(IsoWeek.of(NOW.date())).received == 6
    history = tab.history_page.reviews_label.text()
    assert "week 50: 5 of 6" in history and "25 of 30 received" in history  # the history reloaded from the bus
    tab.show_week(IsoWeek.of(NOW.date()).shifted(1))
    assert not box.received.isEnabled()  # next week's reviews are not in yet
    tab.show_week(IsoWeek.of(NOW.date()).shifted(-1))
    assert (box.received.value(), box.answered.value()) == (4, 3)  # the demo's last week
    asked = []
    monkeypatch.setattr(ReplyDialog, "ask", lambda *args: asked.append(args) and None)
    box.reply_button.click()
    assert asked and asked[0][1] is demo


def test_the_dialog_and_the_guide_speak_french(qtbot, demo):
    install_translators("fr")
    try:
        dialog = _dialog(qtbot, demo)
        dialog.set_rating(1)
        assert dialog.windowTitle() == "Répondre à un avis"
        guide = " ".join(label.text() for label in dialog.guide.findChildren(type(dialog.feedback)))
        assert "hors ligne" in guide or "de vive voix" in guide
        assert "[prénom]" in dialog.draft_edit.toPlainText()  # the reply follows the app's language
    finally:
        install_translators("en")


def test_the_owners_own_lines_survive_a_corrected_blank_and_a_new_wording_asks_first(qtbot, demo, monkeypatch):
    asked = []
    monkeypatch.setattr(ReplyDialog, "_ask_replace", lambda self: asked.append(True) or False, raising=False)
    dialog = _dialog(qtbot, demo, _listing(demo, "google_business"))
    dialog.set_rating(5)
    _fill(qtbot, dialog)
    dialog.draft_edit.setPlainText(dialog.draft_edit.toPlainText() + "\nSee you on Mother's Day!")
    qtbot.keyClicks(dialog.signer, ", baker")  # the owner corrects who replies, letter by letter
    text = dialog.draft_edit.toPlainText()
    assert "See you on Mother's Day!" in text and "Lea, baker" in text and "Julien" in text and asked == []
    dialog.other_button.click()  # another wording: asked, and "keep" keeps the owner's text
    dialog.language_combo.setCurrentIndex(0)  # French: asked too
    assert len(asked) == 2 and dialog.draft_edit.toPlainText() == text
    monkeypatch.setattr(ReplyDialog, "_ask_replace", lambda self: True)
    dialog.other_button.click()
    assert "See you on Mother's Day!" not in dialog.draft_edit.toPlainText()


def test_two_reviews_answered_in_one_sitting_get_two_wordings_and_both_are_recorded(qtbot, demo, browser):
    dialog = _dialog(qtbot, demo, _listing(demo, "google_business"))
    dialog.set_rating(4)
    _fill(qtbot, dialog, first="Zoe", mentioned="the roses")
    dialog.copy_button.click()
    first = QGuiApplication.clipboard().text()
    dialog.copy_button.click()  # the same reply copied again: still one
    _fill(qtbot, dialog, first="Marc", mentioned="the tulips")
    dialog.copy_button.click()
    second = QGuiApplication.clipboard().text()
    assert "Marc" in second and "the tulips" in second
    assert first.replace("Zoe", "X").replace("the roses", "Y") != second.replace("Marc", "X").replace("the tulips", "Y")
    count = demo.query_one("SELECT count(*) AS n FROM review_replies WHERE case_key = '4'")["n"]
    assert count == 2


def test_a_team_typed_as_who_replies_turns_the_unhappy_draft_into_we(qtbot, demo, browser):
    dialog = _dialog(qtbot, demo, _listing(demo, "google_business"))
    dialog.set_rating(1)
    _fill(qtbot, dialog, mentioned="Julie's welcome", signer="Lea")
    qtbot.keyClicks(dialog.contact, "04 78 00 00 00")
    as_lea = dialog.draft_edit.toPlainText()
    assert " I " in as_lea and as_lea.endswith("\nLea")
    dialog.signer.clear()
    qtbot.keyClicks(dialog.signer, "the team")
    as_team = dialog.draft_edit.toPlainText()
    assert as_team.endswith("\nThe team") and "Julie's welcome" in as_team
    assert not re.search(r"\b(?:I|me|my|myself)\b", as_team), as_team
    assert dialog.copy_button.isEnabled()
