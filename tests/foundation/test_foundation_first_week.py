"""A first week that guides itself: the welcome page of a new file, empty states with one button, what is due."""

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.guide import WelcomeStep
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.domain.presence.listings import Listing
from socialdesk.domain.presence.platform_keys import GOOGLE_KEY
from socialdesk.domain.shop import ShopCard
from socialdesk.domain.strategy.fields import STEPS, Step
from socialdesk.domain.weeks import IsoWeek
from socialdesk.storage import open_store
from socialdesk.storage.demo import build_demo_file

MONDAY = datetime(2026, 12, 7, 9, 0)
CLOCK = fixed_clock(MONDAY)


def _window(qtbot, store, clock=CLOCK, language="en"):
    from socialdesk.ui.common.bus import DataBus
    from socialdesk.ui.i18n import install_translators
    from socialdesk.ui.main_window import MainWindow

    install_translators(language)
    window = MainWindow(store, DataBus(), clock)
    qtbot.addWidget(window)
    window.guide.on_open()  # what the application does before the first paint
    window.show()
    qtbot.waitExposed(window)
    return window


def _show_tab(window, index):
    window.show_tab(index)
    QApplication.processEvents()  # a widget added to a shown window shows at the next turn of the loop


def _click(qtbot, widget):
    QApplication.processEvents()
    assert widget.isVisible(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _current_tab(window) -> str:
    return window.tabs.currentWidget().objectName()


@pytest.fixture
def new_file(tmp_path):
    store = open_store(tmp_path / "new.sqlite3")
    yield store
    store.close()


def test_a_new_file_opens_on_the_welcome_page_through_the_real_start_up(controller, tmp_path):
    assert controller.open(tmp_path / "new.sqlite3")
    window = controller.window
    assert window.guide.welcome_shown
    assert window.guide.stack.currentWidget().widget().objectName() == "welcomePage"  # in its scroll area


@pytest.mark.parametrize("button, tab", [("welcome_shop_card_button", "strategyTab"),
                                         ("welcome_first_week_button", "calendarTab"),
                                         ("welcome_review_card_button", "presenceTab")])
def test_each_step_button_ends_in_its_real_tab(qtbot, new_file, button, tab):
    window = _window(qtbot, new_file)
    assert window.guide.welcome_shown
    _click(qtbot, window.findChild(QPushButton, button))
    assert not window.guide.welcome_shown and window.tabs.isVisible()
    assert _current_tab(window) == tab
    content = window.tabs.currentWidget().content
    QApplication.processEvents()
    focused = QApplication.focusWidget()
    if tab == "strategyTab":
        assert content.stack.currentIndex() == STEPS.index(Step.SHOP)  # the shop card's fields
        assert focused is content.current_page().first_field()  # the shop's name, not the steps (attack 37, L5)
    elif tab == "calendarTab":
        assert content.start == date(2026, 12, 7)
        assert focused is content.week.empty.button  # an empty week: its one button, not the page itself
    else:  # no review link known yet: the listings, where it goes (with one, the QR designer: tests below)
        assert content.pages.currentWidget() is content.listings
        assert focused is content.listings.empty.button  # its one button, not the tab bar (attack 37d, L3)
    assert new_file.settings.get("welcome") == "started"  # it comes back at the next start until done or left


def _google(store, review_url: str) -> None:
    from dataclasses import replace

    store.presence.ensure_listing(GOOGLE_KEY)
    store.presence.save(replace(store.presence.listing_for(GOOGLE_KEY), url="https://maps.google.com/?cid=1",
                                review_url=review_url))
    store.settings.set("welcome", "started")  # the owner came back to the welcome page after adding it


def test_the_review_card_step_offers_the_review_link_the_listings_already_know(qtbot, new_file):
    """Attack 34a, F6: the step opened an empty designer with its PDF button off, though the Google review link
    was in the listings."""
    link = "https://search.google.com/local/writereview?placeid=ChIJ_fleurs_de_lise"
    _google(new_file, link)
    window = _window(qtbot, new_file)
    _click(qtbot, window.findChild(QPushButton, "welcome_review_card_button"))
    page = window.tabs.currentWidget().content.qr_page
    assert page.payload_form.payload() == link
    assert page.design_form.call_to_action.text().startswith("Leave us a review")


def test_the_review_card_step_keeps_a_link_the_owner_already_typed(qtbot, new_file):
    _google(new_file, "https://search.google.com/local/writereview?placeid=ChIJ_fleurs_de_lise")
    window = _window(qtbot, new_file)
    _click(qtbot, window.findChild(QPushButton, "welcome_review_card_button"))
    page = window.tabs.currentWidget().content.qr_page
    page.payload_form.url.setText("https://fleurs-de-lise.fr/bouquets")
    window.guide.go_to_step(WelcomeStep.REVIEW_CARD)
    assert page.payload_form.payload() == "https://fleurs-de-lise.fr/bouquets"


def test_the_review_card_step_follows_a_review_link_corrected_since_it_filled_it(qtbot, new_file):
    """Attack 34c, F1: the link the step had put there stayed after the owner corrected it in the listings."""
    _google(new_file, "https://g.page/r/OLD/review")
    window = _window(qtbot, new_file)
    window.guide.go_to_step(WelcomeStep.REVIEW_CARD)
    page = window.tabs.currentWidget().content.qr_page
    assert page.payload_form.payload() == "https://g.page/r/OLD/review"
    _google(new_file, "https://g.page/r/NEW/review")
    window.guide.go_to_step(WelcomeStep.REVIEW_CARD)
    assert page.payload_form.payload() == "https://g.page/r/NEW/review"
    page.design_form.caption.setText("Table 4 — merci !")  # the owner's words now: kept from here on
    _google(new_file, "https://g.page/r/NEWER/review")
    window.guide.go_to_step(WelcomeStep.REVIEW_CARD)
    assert page.payload_form.payload() == "https://g.page/r/NEWER/review"  # still the app's, untouched
    assert page.design_form.caption.text() == "Table 4 — merci !"
    page.payload_form.url.setText("https://g.page/r/MINE/review")  # the owner's link: the card is theirs
    _google(new_file, "https://g.page/r/NEWEST/review")
    window.guide.go_to_step(WelcomeStep.REVIEW_CARD)
    assert page.payload_form.payload() == "https://g.page/r/MINE/review"


def test_the_review_card_step_keeps_the_caption_and_headline_the_owner_typed(qtbot, new_file):
    """Attack 34c, F2: an empty link was filled, and the owner's caption and headline replaced."""
    _google(new_file, "https://g.page/r/REVIEW/review")
    window = _window(qtbot, new_file)
    window.guide.go_to_step(WelcomeStep.FIRST_WEEK)
    presence = window.guide._tab("presence")
    page = presence.qr_page
    page.design_form.caption.setText("Table 4 — merci !")
    page.design_form.call_to_action.setText("Scan for our menu")
    window.guide.go_to_step(WelcomeStep.REVIEW_CARD)
    assert page.payload_form.payload() == "https://g.page/r/REVIEW/review"
    assert (page.design_form.caption.text(), page.design_form.call_to_action.text()) == (
        "Table 4 — merci !", "Scan for our menu")


@pytest.mark.parametrize("field", ["caption", "call_to_action"])
def test_the_owners_words_stay_when_the_suggested_link_follows_a_correction(qtbot, new_file, field):
    """Attack 34d, F3: the second run of the step, after a corrected link, replaced the owner's caption."""
    _google(new_file, "https://g.page/r/OLD/review")
    window = _window(qtbot, new_file)
    window.guide.go_to_step(WelcomeStep.FIRST_WEEK)
    page = window.guide._tab("presence").qr_page
    getattr(page.design_form, field).setText("Table 4 - merci !")
    window.guide.go_to_step(WelcomeStep.REVIEW_CARD)
    _google(new_file, "https://g.page/r/NEW/review")
    window.guide.go_to_step(WelcomeStep.REVIEW_CARD)
    assert page.payload_form.payload() == "https://g.page/r/NEW/review"
    assert getattr(page.design_form, field).text() == "Table 4 - merci !"


def test_a_review_link_taken_out_of_the_listings_leaves_the_suggested_card(qtbot, new_file):
    """Attack 34d, F4: the old link stayed in the designer, ready to print."""
    _google(new_file, "https://g.page/r/OLD/review")
    window = _window(qtbot, new_file)
    window.guide.go_to_step(WelcomeStep.REVIEW_CARD)
    _google(new_file, "")
    window.guide.go_to_step(WelcomeStep.REVIEW_CARD)
    presence = window.tabs.currentWidget().content
    assert presence.qr_page.payload_form.holds_nothing()
    assert presence.pages.currentWidget() is presence.listings  # where the review link goes


def test_a_wifi_code_drops_the_review_words_the_app_filled(qtbot, new_file):
    """Attack 34e, F1: a Wi-Fi card kept "Leave us a review on Google" and "Google"."""
    _google(new_file, "https://g.page/r/REVIEW/review")
    window = _window(qtbot, new_file)
    window.guide.go_to_step(WelcomeStep.REVIEW_CARD)
    page = window.tabs.currentWidget().content.qr_page
    page.payload_form.kind.setCurrentIndex(1)  # Guest Wi-Fi
    assert page.design_form.caption.text() == ""
    assert "review" not in page.design_form.call_to_action.text().lower()


def test_the_owners_link_behind_an_empty_text_kind_is_kept(qtbot, new_file):
    """Attack 34e, F2: the owner's link was replaced when the designer sat on an empty Text kind."""
    _google(new_file, "https://g.page/r/REVIEW/review")
    window = _window(qtbot, new_file)
    window.guide.go_to_step(WelcomeStep.FIRST_WEEK)
    page = window.guide._tab("presence").qr_page
    page.payload_form.url.setText("https://myshop.example/avis")
    page.payload_form.kind.setCurrentIndex(3)  # Text, left empty
    window.guide.go_to_step(WelcomeStep.REVIEW_CARD)
    assert page.payload_form.url.text() == "https://myshop.example/avis"


def test_a_corrected_review_link_reaches_the_suggested_card_without_the_step(qtbot, new_file):
    """Attack 34e, F3: the old link stayed, checked green, until step 3 ran again."""
    from socialdesk.domain.changes import Area, Change

    _google(new_file, "https://g.page/r/OLD/review")
    window = _window(qtbot, new_file)
    window.guide.go_to_step(WelcomeStep.REVIEW_CARD)
    page = window.tabs.currentWidget().content.qr_page
    _google(new_file, "https://g.page/r/NEW/review")
    window.bus.publish(Change(Area.PRESENCE), None)  # as the listings page tells the others
    assert page.payload_form.payload() == "https://g.page/r/NEW/review"


def test_a_step_shows_done_when_the_data_says_so(qtbot, new_file):
    new_file.shop.save(ShopCard(name="Fleurs de Jade", address="3 rue Neuve", phone="04 78 00 00 00"))
    new_file.settings.set("welcome", "started")
    window = _window(qtbot, new_file)
    cards = window.guide.welcome.cards
    states = {step.value: card.state.text() for step, card in cards.items()}
    assert states == {"shop_card": "Done ✓", "first_week": "To do", "review_card": "To do"}
    assert window.findChild(QPushButton, "welcome_first_week_button").property("primary")  # the next step


def test_skip_closes_it_for_good_and_help_brings_it_back(qtbot, new_file):
    window = _window(qtbot, new_file)
    _click(qtbot, window.findChild(QPushButton, "welcomeSkip"))
    assert not window.guide.welcome_shown and window.tabs.isVisible()
    assert new_file.settings.get("welcome") == "left"
    window.close()
    again = _window(qtbot, new_file)
    assert not again.guide.welcome_shown  # the owner left it: an empty file opens on the tabs now
    again.guide.welcome_action.trigger()  # Help ▸ Getting started
    assert again.guide.welcome_shown
    again.show_tab(1)  # Ctrl+2 leaves it for the tab
    assert not again.guide.welcome_shown and _current_tab(again) == "calendarTab"


def test_the_demo_and_a_file_in_use_open_on_their_tabs(qtbot, tmp_path, new_file):
    demo = build_demo_file(tmp_path / "demo.sqlite3", MONDAY.date(), "en")
    window = _window(qtbot, demo)
    try:
        assert not window.guide.welcome_shown
    finally:
        window.close()
        demo.close()
    new_file.calendar.add(Post(day=MONDAY.date(), status=PostStatus.PLANNED, text="Hello"))
    assert not _window(qtbot, new_file).guide.welcome_shown


def test_the_welcome_speaks_french(qtbot, new_file):
    window = _window(qtbot, new_file, language="fr")
    assert window.guide.welcome.title.text() == "Bienvenue dans SocialDesk"
    assert window.findChild(QPushButton, "welcomeSkip").text() != "S&kip, show me the app"


# ----- empty states

def test_an_empty_week_offers_to_plan_a_post_and_the_button_opens_the_post_dialog(qtbot, new_file):
    window = _window(qtbot, new_file)
    _show_tab(window, 1)
    calendar = window.tabs.currentWidget().content
    empty = calendar.week.empty
    assert empty.isVisible()
    seen = []

    def answer():  # the dialog is closed as soon as it shows: nothing waits
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        seen.append(type(dialog).__name__)
        dialog.reject()

    QTimer.singleShot(0, answer)
    _click(qtbot, empty.button)
    assert seen == ["PostDialog"]
    new_file.calendar.add(Post(day=MONDAY.date(), time=time(10), status=PostStatus.PLANNED, text="Hello"))
    calendar.reload()
    assert not empty.isVisible()










# ----- what is due, once a week

def _due_file(store):
    today = MONDAY.date()
    post_id = store.calendar.add(Post(day=today, time=time(18), status=PostStatus.PLANNED,
                                      text="Visit to the mill", networks=("instagram",))).ids[0]
    store.shop.save(ShopCard(name="Fleurs de Jade"))
    from socialdesk.domain.rules.model import Rule

    rule_id = store.rules.add(Rule(text="Answer every review"), today - timedelta(days=21)).ids[0]
    listing_id = store.presence.add(Listing(platform_key="yelp", last_checked=today - timedelta(days=120))).ids[0]
    return post_id, rule_id, listing_id


def test_a_weeks_first_open_shows_what_is_due_one_click_from_each_item(qtbot, new_file):
    post_id, rule_id, listing_id = _due_file(new_file)
    window = _window(qtbot, new_file)
    assert not window.guide.welcome_shown
    window.guide.check_due()  # what the application does once the window has painted
    QApplication.processEvents()
    panel = window.guide.due_panel
    assert panel is not None and panel.isVisible()
    assert window.tabs.count() == 4  # no fifth tab
    _click(qtbot, panel.findChild(QPushButton, f"due_post_{post_id}"))
    calendar = window.tabs.currentWidget().content
    assert _current_tab(window) == "calendarTab" and calendar.selected_ids() == [post_id]
    _click(qtbot, panel.findChild(QPushButton, f"due_listing_{listing_id}"))
    presence = window.tabs.currentWidget().content
    assert _current_tab(window) == "presenceTab" and presence.listings.selected().id == listing_id
    _click(qtbot, panel.findChild(QPushButton, f"due_rule_{rule_id}"))
    rules = window.tabs.currentWidget().content
    assert _current_tab(window) == "rulesTab" and rules.week == IsoWeek.of(MONDAY.date()).shifted(-1)
    assert rules.week_page.rule_boxes[rule_id].hasFocus()
    _click(qtbot, panel.dismiss)
    assert not panel.isVisible()


def test_what_is_due_shows_once_a_week(qtbot, new_file):
    _due_file(new_file)
    first = _window(qtbot, new_file)
    first.guide.check_due()
    assert first.guide.due_panel is not None
    first.close()
    later = _window(qtbot, new_file, fixed_clock(MONDAY + timedelta(days=3)))
    later.guide.check_due()
    assert later.guide.due_panel is None  # the same week: not twice
    later.close()
    next_week = _window(qtbot, new_file, fixed_clock(MONDAY + timedelta(days=7)))
    next_week.guide.check_due()
    QApplication.processEvents()
    assert next_week.guide.due_panel is not None and next_week.guide.due_panel.isVisible()


def test_a_welcome_begun_and_not_finished_still_shows_what_is_due_above_it(qtbot, new_file):
    """Attack 37, H1: steps 1 and 2 done, no review card printed: every start opened on the welcome page and the
    post due that morning was never said."""
    post_id, _rule_id, _listing_id = _due_file(new_file)
    new_file.settings.set("welcome", "started")
    window = _window(qtbot, new_file)
    assert window.guide.welcome_shown
    window.guide.check_due()
    QApplication.processEvents()
    panel = window.guide.due_panel
    assert panel is not None and panel.isVisible()
    window.resize(880, 540)  # the smallest window: the page scrolls under what is due, its words never cut (37b, M2)
    QApplication.processEvents()
    for card in window.guide.welcome.cards.values():
        assert card.text.height() >= card.text.heightForWidth(card.text.width()), card.text.text()
    assert window.focusWidget() is window.guide.welcome.next_button()  # a button, not the page (37b, L1)
    _click(qtbot, panel.findChild(QPushButton, f"due_post_{post_id}"))
    assert not window.guide.welcome_shown and window.tabs.currentWidget().content.selected_ids() == [post_id]


def test_a_new_files_first_session_is_the_welcomes_and_what_is_due_waits_for_the_next_open(qtbot, new_file):
    """Attack 37b, L5: leaving a new file's welcome showed « Noël, Jour de l'an » in the owner's first minute."""
    window = _window(qtbot, new_file)  # a new file: it opens on the welcome page
    assert window.guide.welcome_shown and window.guide.first_session
    post_id, _rule_id, _listing_id = _due_file(new_file)  # what the owner does in that first session
    window.guide.check_due()
    _click(qtbot, window.guide.welcome.findChild(QPushButton, "welcome_first_week_button"))
    QApplication.processEvents()
    assert window.guide.due_panel is None and new_file.settings.get("due_week") == ""
    window.close()
    again = _window(qtbot, new_file)  # the next open, the same week: the welcome begun, what is due above it
    assert again.guide.welcome_shown
    again.guide.check_due()
    assert again.guide.due_panel is not None and again.guide.due_panel.findChild(QPushButton, f"due_post_{post_id}")


def test_the_due_panel_never_widens_the_smallest_window(qtbot, new_file):
    from socialdesk.ui.main_window import SMALLEST

    _due_file(new_file)
    for number in range(5):
        from socialdesk.domain.rules.model import Rule

        new_file.rules.add(Rule(text=f"A very long rule number {number} that says a lot about the shop " * 2),
                           MONDAY.date() - timedelta(days=21))
    window = _window(qtbot, new_file)
    window.guide.check_due()
    assert window.minimumSizeHint().width() <= SMALLEST.width()


def test_a_new_file_paints_its_welcome_before_printing_csv_qr_and_dialogs_load(tmp_path):
    import os
    import subprocess
    import sys

    from tests.bench.test_bench_tab_imports import CHILD, LATER

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SOCIALDESK_BENCH_FIRST_PAINT": "1",
           "XDG_STATE_HOME": str(tmp_path / "state")}
    for _ in range(2):  # the first opening makes the file (its tables through sqlite-utils); the second is timed
        done = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "new.sqlite3")], capture_output=True,
                              text=True, env=env, timeout=120)
        assert done.returncode == 0, done.stderr[-500:]
    loaded = set(done.stdout.split())
    assert "socialdesk.ui.welcome_page" in loaded  # the probe did paint the welcome
    assert "socialdesk.ui.due_panel" not in loaded  # what is due comes after the first paint
    assert sorted(m for m in LATER if m in loaded) == []


def test_a_file_with_only_an_idea_post_opens_on_its_tabs_not_the_welcome(qtbot, new_file):
    new_file.calendar.add(Post(text="Galette des rois : réservez la vôtre", networks=("instagram",)))  # no day
    window = _window(qtbot, new_file)
    assert not window.guide.welcome_shown  # the owner has typed something: this is not a new file
    assert window.guide.stack.currentWidget() is window.tabs


def test_through_the_real_start_up_what_is_due_is_there_before_the_first_paint_and_noted_after(controller, tmp_path,
                                                                                                 qtbot):
    path = tmp_path / "shop.sqlite3"
    store = open_store(path)
    store.calendar.add(Post(day=MONDAY.date(), text="Vitrine de Noël", networks=("instagram",),
                            status=PostStatus.PLANNED))
    store.close()
    controller.clock = CLOCK
    assert controller.open(path)
    panel = controller.window.guide.due_panel
    assert panel is not None and panel.parent() is not None  # in the window the owner first sees: nothing moves later
    qtbot.waitUntil(lambda: controller.store.settings.get("due_week") == IsoWeek.of(MONDAY.date()).key, timeout=5000)


def test_a_new_files_first_session_keeps_what_is_due_away_in_another_language(controller, tmp_path, qtbot):
    """Attack 37d, L2: leaving the welcome, then another language, showed what is due and noted the week."""
    from socialdesk.ui.i18n import install_translators

    controller.clock = CLOCK
    try:
        assert controller.open(tmp_path / "new.sqlite3")
        _due_file(controller.store)
        controller.window.show_tab(1)
        controller.window.language_requested.emit("fr")
        assert controller.window.guide.due_panel is None
        qtbot.waitExposed(controller.window)
        qtbot.wait(200)
        assert controller.store.settings.get("due_week") == ""
    finally:
        install_translators("en")


def test_another_language_keeps_the_tab_what_is_due_and_the_welcome_as_they_were(controller, tmp_path, qtbot):
    """Attack 37b, M3: the window rebuilt in French dropped what is due for the week, went back to the tab saved at
    the last close, and sent an owner who had left the welcome page back to it."""
    from socialdesk.ui.i18n import install_translators

    path = tmp_path / "shop.sqlite3"
    store = open_store(path)
    store.calendar.add(Post(day=MONDAY.date(), text="Vitrine de Noël", networks=("instagram",),
                            status=PostStatus.PLANNED))
    store.settings.set("welcome", "started")
    store.close()
    controller.clock = CLOCK
    try:
        assert controller.open(path)
        window = controller.window
        assert window.guide.welcome_shown and window.guide.due_panel is not None
        window.show_tab(1)  # leaves the welcome page for the calendar
        qtbot.waitUntil(lambda: controller.store.settings.get("due_week") != "", timeout=5000)
        window.language_requested.emit("fr")
        rebuilt = controller.window
        assert rebuilt is not window
        assert rebuilt.tabs.currentIndex() == 1 and not rebuilt.guide.welcome_shown
        assert rebuilt.guide.due_panel is not None and not rebuilt.guide.due_panel.isHidden()
        controller.store.settings.set("welcome", "left")
        rebuilt.guide.show_welcome()  # Help ▸ Getting started, what is due above it
        rebuilt.language_requested.emit("en")
        assert controller.window.guide.welcome_shown  # on the welcome page it stays there
        assert controller.window.guide.due_panel is not None  # with what is due (attack 37c, L3)
        qtbot.waitExposed(controller.window)
        qtbot.wait(200)  # each rebuilt window's work after its first paint, while its file is open
    finally:
        install_translators("en")
