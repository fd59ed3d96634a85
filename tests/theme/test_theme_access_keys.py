"""Alt+letter reaches one thing: in each view of the main window (its tabs, the inner tabs and every widget shown)
and in the post dialog, the publishing assistant and the reply dialog, no two access keys share a letter (EN, FR).
The menu test (tests/foundation/test_mnemonics.py) compares tab titles with tab titles only: it never saw a
page's "&Semaine" against the top tab "&Stratégie", nor a dialog's fields."""

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


@pytest.fixture(params=["en", "fr"])
def demo(request, qtbot, tmp_path):
    from socialdesk.ui.common.bus import DataBus
    from socialdesk.ui.i18n import install_translators
    from socialdesk.ui.main_window import MainWindow

    store = build_demo_file(tmp_path / "demo.sqlite3", CLOCK().date(), request.param)
    with walk.KeptLanguage():
        install_translators(request.param)
        window = MainWindow(store, DataBus(), CLOCK)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        yield window, store, tmp_path
        window.close()
    store.close()


def test_each_view_gives_each_letter_once_with_the_tabs_above_it(demo):
    window = demo[0]
    found = [clash for view in walk.views(window) for clash in clashes(view, window)]
    assert found == []


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


def test_no_view_takes_a_letter_of_the_menu_bar(demo):
    """Alt+E opened Edit or read the typed hours (R&ead), at Qt's whim; French Alt+A, Affichage or « &Avec réponse ».
    Each view is read whole (page, inner tabs, what is due above them); the letters within a view are the first
    test's."""
    window = demo[0]
    assert len(menu_letters(window)) == len(window.menuBar().actions()) == 4  # File, Edit, View, Help: 4 letters
    found = [clash for view in walk.views(window) for clash in menu_clashes(view, window, window)]
    assert found == [], "\n".join(found)


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
