"""Alt+letter reaches one thing: in each view of the main window (its tabs, the inner tabs and every widget shown)
and in the post dialog, the publishing assistant and the reply dialog, no two access keys share a letter (EN, FR).
The menu test (tests/foundation/test_mnemonics.py) compares tab titles with tab titles only: it never saw a
page's "&Semaine" against the top tab "&Stratégie", nor a dialog's fields.
The views are walked on two fixed days, so what shows only at times is seen on purpose, not by today's date:
26 November (nothing to prepare yet) and 3 December (Christmas within three weeks: its tasks, its answer buttons
and its ready post in the checklist), and on the QR page with each kind of content (each shows its own fields)."""

import re
from collections import Counter
from datetime import date, datetime

import pytest
from PIL import Image
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget, QWidget

from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.storage.calendar.media import import_image
from socialdesk.storage.demo import build_demo_file
import a11y_walk as walk

CLOCK = fixed_clock(datetime(2026, 11, 26, 9, 0))
OCCASION_CLOCK = fixed_clock(datetime(2026, 12, 3, 9, 0))  # Christmas is three weeks ahead: its tasks are shown


def _letter(text: str) -> str:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else ""


def keyed_texts(root: QWidget) -> list[str]:
    """The texts of `root` shown now that carry an access key: buttons, labels with a buddy, group boxes, tabs."""
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
    return [t for t in texts if _letter(t)]


def clashes(where: str, root: QWidget) -> list[str]:
    texts = keyed_texts(root)
    count = Counter(_letter(t) for t in texts)
    return [f"{where}: Alt+{letter.upper()} {[t for t in texts if _letter(t) == letter]}"
            for letter, n in count.items() if n > 1]


def _demo_window(qtbot, tmp_path, language: str, clock):
    """The demo built for the clock's day, shown in `language`: (window, store, tmp_path)."""
    from socialdesk.ui.common.bus import DataBus
    from socialdesk.ui.i18n import install_translators
    from socialdesk.ui.main_window import MainWindow

    store = build_demo_file(tmp_path / "demo.sqlite3", clock().date(), language)
    with walk.KeptLanguage():
        install_translators(language)
        window = MainWindow(store, DataBus(), clock)
        qtbot.addWidget(window)
        window.guide.check_due()  # what is due above every tab, as on a week's first open (attack 37: « &Masquer »)
        assert window.guide.due_panel is not None
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        yield window, store, tmp_path
        window.close()
    store.close()


@pytest.fixture(params=["en", "fr"])
def demo(request, qtbot, tmp_path):
    yield from _demo_window(qtbot, tmp_path, request.param, CLOCK)


@pytest.fixture(params=[("en", CLOCK), ("fr", CLOCK), ("en", OCCASION_CLOCK), ("fr", OCCASION_CLOCK)],
                ids=["en-26nov", "fr-26nov", "en-3dec", "fr-3dec"])
def demo_any_day(request, qtbot, tmp_path):
    """The demo on a day with nothing to prepare and on a day with Christmas's tasks in the checklist."""
    language, clock = request.param
    yield from _demo_window(qtbot, tmp_path, language, clock)


def _shown(window, kind):
    return [widget for widget in window.findChildren(kind) if widget.isVisibleTo(window)]


def views(window, seen: dict[str, list[str]]):
    """walk.views, and on the QR page each kind of content in turn; `seen` gets the views that showed
    occasion tasks ("occasions") and the QR page's kinds ("qr kinds"), so a walk that missed them fails."""
    from socialdesk.ui.calendar.occasion_tasks import OccasionTasks
    from socialdesk.ui.presence.qr_page import QrPage

    for view in walk.views(window):
        if _shown(window, OccasionTasks):
            seen.setdefault("occasions", []).append(view)
        yield view
        for page in _shown(window, QrPage):
            kinds = page.payload_form.kind
            for kind in range(kinds.count()):
                kinds.setCurrentIndex(kind)
                walk.settle()
                seen.setdefault("qr kinds", []).append(kinds.itemText(kind))
                yield f"{view} / {kinds.itemText(kind)}"
            kinds.setCurrentIndex(0)
            walk.settle()


def _check_seen(window, seen: dict[str, list[str]]) -> None:
    from socialdesk.ui.presence.qr_page import QrPage

    kinds = window.findChild(QrPage).payload_form.kind
    assert seen["qr kinds"] == [kinds.itemText(i) for i in range(kinds.count())] and kinds.count() == 4
    if window.clock() == OCCASION_CLOCK():  # Christmas's tasks and answer buttons, in the checklist only
        assert len(seen.get("occasions", [])) == 1, seen.get("occasions")
    else:
        assert "occasions" not in seen, seen["occasions"]


def test_each_view_gives_each_letter_once_with_the_tabs_above_it(demo_any_day):
    window, seen = demo_any_day[0], {}
    found = [clash for view in views(window, seen) for clash in clashes(view, window)]
    assert found == [], "\n".join(found)
    _check_seen(window, seen)


def _image(store, tmp_path) -> str:
    path = tmp_path / "vitrine.png"
    Image.new("RGB", (1080, 1350), (180, 120, 60)).save(path)
    return import_image(store, path)


def test_the_post_dialog_gives_each_letter_once(demo, qtbot):
    from socialdesk.ui.calendar.post_dialog import PostDialog

    window, store, tmp_path = demo
    post = Post(day=date(2026, 11, 27), networks=("instagram", "facebook", "google"), text="Pain du jour",
                status=PostStatus.DRAFT, image=_image(store, tmp_path))
    dialog = PostDialog(window, post, store, None, True, clock=CLOCK)
    qtbot.addWidget(dialog)
    dialog.show()
    walk.settle()
    found = []
    for kind in range(dialog.google_kind.count()):  # each Google form: its title, dates, button
        dialog.google_kind.setCurrentIndex(kind)
        walk.settle()
        found += clashes(f"post dialog, Google form {kind}", dialog)
    dialog.networks.more_button.click()  # "Fewer networks" and every chip
    walk.settle()
    found += clashes("post dialog, all networks", dialog)
    dialog.reject()
    assert found == []


def test_the_publishing_assistant_gives_each_letter_once(demo, qtbot):
    from socialdesk.ui.calendar.publish_dialog import PublishDialog

    window, store, tmp_path = demo
    post = Post(day=date(2026, 11, 27), networks=("instagram", "facebook", "google"), text="Pain du jour",
                status=PostStatus.DRAFT, image=_image(store, tmp_path))
    dialog = PublishDialog(window, post, store)
    qtbot.addWidget(dialog)
    dialog.copy_link.show()  # shown when the browser did not open
    assert dialog.alt_edit is not None
    assert clashes("publishing assistant", dialog) == []


def test_the_reply_dialog_gives_each_letter_once_at_every_rating(demo, qtbot):
    from socialdesk.ui.presence.reply_dialog import ReplyDialog

    window, store, _ = demo
    dialog = ReplyDialog(window, store, CLOCK)
    qtbot.addWidget(dialog)
    dialog.show()
    found = []
    for stars in (5, 4, 3, 2, 1):
        for has_text in (True, False):
            dialog.set_rating(stars, has_text)
            walk.settle()
            found += clashes(f"reply dialog {stars}★ text={has_text}", dialog)
    dialog.reject()
    assert found == []


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_preparation_screen_gives_each_letter_once(qtbot, tmp_path, language):
    """The calendar's "Prepare…" shows the same tasks as the checklist, with their keys."""
    from socialdesk.ui.calendar.occasion_tasks import OccasionTasks
    from socialdesk.ui.calendar.year_dialog import PrepareDialog

    for window, store, _ in _demo_window(qtbot, tmp_path, language, OCCASION_CLOCK):
        window.tabs.setCurrentIndex(2)  # the checklist: its week has Christmas's tasks
        window.tabs.widget(2).ensure_built()
        walk.settle()
        occasion = window.findChild(OccasionTasks).occasion
        dialog = PrepareDialog(window, store, window.bus, OCCASION_CLOCK, occasion)
        qtbot.addWidget(dialog)
        dialog.show()
        walk.settle()
        assert len(keyed_texts(dialog)) >= 3  # the three answers at least
        assert clashes("preparation screen", dialog) == []
        dialog.reject()


def test_a_clash_is_found_as_qt_finds_it(qtbot):
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    field = QLineEdit()
    layout.addWidget(QPushButton("Autres &réseaux…"))
    layout.addWidget(QLabel("Tit&re :", buddy=field))
    layout.addWidget(field)
    layout.addWidget(QLabel("Sans &lettre, sans compagnon"))  # no buddy: Qt shows the "&", no key
    assert clashes("here", root) == ["here: Alt+R ['Autres &réseaux…', 'Tit&re :']"]


def menu_letters(window) -> dict[str, str]:
    """The menu bar's access keys: letter -> menu title (Alt+letter opens that menu wherever the focus is)."""
    return {_letter(action.text()): action.text() for action in window.menuBar().actions() if _letter(action.text())}


def menu_clashes(where: str, window, root: QWidget) -> list[str]:
    menus = menu_letters(window)
    return [f"{where}: Alt+{_letter(t).upper()} {t!r} and the menu {menus[_letter(t)]!r}"
            for t in keyed_texts(root) if _letter(t) in menus]


def test_no_view_takes_a_letter_of_the_menu_bar(demo_any_day):
    """Alt+E opened Edit or read the typed hours (R&ead), at Qt's whim; French Alt+A, Affichage or « &Avec réponse ».
    Each view is read whole (page, inner tabs, what is due above them); the letters within a view are the first
    test's."""
    window, seen = demo_any_day[0], {}
    assert len(menu_letters(window)) == len(window.menuBar().actions()) == 4  # File, Edit, View, Help: 4 letters
    found = [clash for view in views(window, seen) for clash in menu_clashes(view, window, window)]
    assert found == [], "\n".join(found)
    _check_seen(window, seen)


def test_a_menu_clash_is_found(qtbot):
    from PySide6.QtWidgets import QMainWindow, QPushButton, QVBoxLayout

    window = QMainWindow()
    qtbot.addWidget(window)
    window.menuBar().addMenu("&Edit")
    window.menuBar().addMenu("Ai&de")
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(QPushButton("R&ead"))
    layout.addWidget(QPushButton("&Dans les deux"))
    layout.addWidget(QPushButton("&Write"))
    window.setCentralWidget(page)
    assert menu_clashes("here", window, page) == ["here: Alt+E 'R&ead' and the menu '&Edit'",
                                                  "here: Alt+D '&Dans les deux' and the menu 'Ai&de'"]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_an_empty_files_views_give_each_letter_once_and_each_empty_state_a_letter(qtbot, tmp_path, language):
    """A new owner's first look: every view of an empty file, its empty states shown. Their one button each has
    an access key (the French listings page's « Ajouter les fiches suggérées » had none), and nothing clashes."""
    from socialdesk.storage import open_store
    from socialdesk.ui.common.bus import DataBus
    from socialdesk.ui.common.empty_state import EmptyState
    from socialdesk.ui.i18n import install_translators
    from socialdesk.ui.main_window import MainWindow

    store = open_store(tmp_path / "new.sqlite3")
    with walk.KeptLanguage():
        install_translators(language)
        window = MainWindow(store, DataBus(), CLOCK)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        found, buttons = [], {}

        def look(view):
            nonlocal found
            found += clashes(view, window) + menu_clashes(view, window, window)
            buttons.update({empty.objectName(): empty.button.text() for empty in _shown(window, EmptyState)})

        for view in walk.views(window):
            look(view)
        for rule in store.rules.rules():  # no rule kept at all: the checklist's week sends the owner to write some
            store.rules.archive(rule.id, date(2026, 11, 1))
        window.tabs.setCurrentIndex(2)
        rules = window.tabs.currentWidget().content
        rules.show_week(rules.week_page.week)
        walk.settle()
        assert rules.week_page.rules_empty.button.text().replace("&", "") in {"Open the Rules page",
                                                                             "Écrire les règles de la boutique"}
        look("checklist, no rule")
        window.close()
    store.close()
    assert found == [], "\n".join(found)
    assert "emptyListings" in buttons and len(buttons) >= 3, buttons
    assert [name for name, text in buttons.items() if not _letter(text)] == [], buttons


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_welcome_page_gives_each_letter_once_and_none_of_the_menus(qtbot, tmp_path, language):
    """Attack 41b, L2: the French welcome's « Imprimer une carte d'&avis » shared Alt+A with « &Affichage »: the
    first Alt+A only moved the keyboard to it, the second opened the menu."""
    from socialdesk.storage import open_store
    from socialdesk.ui.common.bus import DataBus
    from socialdesk.ui.i18n import install_translators
    from socialdesk.ui.main_window import MainWindow

    store = open_store(tmp_path / "new.sqlite3")
    with walk.KeptLanguage():
        install_translators(language)
        window = MainWindow(store, DataBus(), CLOCK)
        qtbot.addWidget(window)
        window.guide.on_open()
        window.show()
        qtbot.waitExposed(window)
        assert window.guide.welcome_shown
        assert len(keyed_texts(window.guide.welcome)) == 4
        found = clashes("welcome", window) + menu_clashes("welcome", window, window)
        window.close()
    store.close()
    assert found == [], "\n".join(found)
