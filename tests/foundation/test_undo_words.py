"""The Edit menu names what Undo and Redo would do in words that read right: 'Annuler : nouvelle idée'."""

from datetime import date, time

import pytest

from socialdesk.domain.posts import Post, PostStatus
from tests.foundation.conftest import CLOCK


@pytest.fixture
def french_window(qtbot, file_store):
    from socialdesk.ui.common.bus import DataBus
    from socialdesk.ui.i18n import install_translators
    from socialdesk.ui.main_window import MainWindow

    install_translators("fr")
    win = MainWindow(file_store, DataBus(), CLOCK)
    qtbot.addWidget(win)
    win.show()
    yield win
    install_translators("en")


def _undo_redo(win):
    edit_menu = win.menuBar().actions()[1].menu()
    return [a.text() for a in edit_menu.actions()[:2]]


@pytest.mark.parametrize("day, words", [(None, "nouvelle idée"), (date(2026, 11, 27), "nouvelle publication")])
def test_undo_names_an_idea_as_an_idea_without_a_capital_after_the_colon(french_window, monkeypatch, day, words):
    from socialdesk.ui.calendar.post_dialog import PostChoice, PostDialog

    post = Post(day=day, time=time(8, 15) if day else None, networks=("facebook",), text="Galette",
                status=PostStatus.PLANNED if day else PostStatus.IDEA)
    monkeypatch.setattr(PostDialog, "ask", classmethod(lambda cls, *a, **k: PostChoice(post, None)))
    french_window.tabs.setCurrentIndex(1)
    calendar = french_window.tabs.widget(1).ensure_built()
    calendar.edits.new_idea() if day is None else calendar.edits.new_post()
    assert _undo_redo(french_window)[0] == f"&Annuler\u00a0: {words}"
    french_window.undo_group.undo()
    assert _undo_redo(french_window) == ["&Annuler", f"&Rétablir\u00a0: {words}"]
