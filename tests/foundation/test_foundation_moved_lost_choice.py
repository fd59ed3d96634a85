"""The moved file cannot be found at start: the owner keeps the older file or finds the moved one, or opens another
file, and the next start opens that file without the warning, instead of warning and opening the older one forever."""

from datetime import date

import pytest

from socialdesk.cli import main
from socialdesk.domain.rules.model import Rule
from socialdesk.paths import DB_FILE_NAME, default_db_path, standard_data_dir
from socialdesk.storage.moved import BACKUPS_IN_SYNCED, move_out
from socialdesk.storage.opening import open_store
from socialdesk.ui import placement_notice
from socialdesk.ui.placement_notice import PlacementNotice


@pytest.fixture
def renamed(tmp_path):
    """Moved out of Dropbox beside the older standard file, then renamed by the owner tidying up."""
    open_store(standard_data_dir() / DB_FILE_NAME).close()  # the older file
    synced = tmp_path / "Dropbox" / "Boutique" / "boutique.sqlite3"
    synced.parent.mkdir(parents=True)
    store = open_store(synced)
    store.rules.add(Rule(text="Répondre aux avis"), date(2026, 12, 3))
    store.close()
    moved = standard_data_dir() / "socialdesk (from Dropbox).sqlite3"
    move_out(synced, moved, synced.parent / BACKUPS_IN_SYNCED)
    tidy = standard_data_dir() / "boutique rangée.sqlite3"
    moved.rename(tidy)
    return tidy


@pytest.fixture
def answers(monkeypatch):
    said = {"asked": [], "told": [], "choose": None, "answer": None}
    monkeypatch.setattr(PlacementNotice, "ask_lost_moved",
                        classmethod(lambda cls, parent, text: said["asked"].append(text) or said["answer"]))
    monkeypatch.setattr(PlacementNotice, "choose_moved_file", classmethod(lambda cls, parent, lost: said["choose"]))
    monkeypatch.setattr(PlacementNotice, "tell", classmethod(lambda cls, parent, text: said["told"].append(text)))
    monkeypatch.setattr(PlacementNotice, "ask_move_out", classmethod(lambda cls, parent, text: pytest.fail(text)))
    return said


def _start(qtbot, also=None):
    """One start of the app as run_gui does it: the default file, then the checks after the first paint."""
    from socialdesk.ui import application

    controller = application.AppController("en")
    try:
        assert controller.open(default_db_path())
        controller._after_first_paint(controller.store)
        if also is not None:
            also(controller)
        return controller.store.path, [rule.text for rule in controller.store.rules.rules()]
    finally:
        controller.window.close()
        controller.store.close()


def test_find_the_moved_file_opens_it_now_and_at_every_next_start(qtbot, renamed, answers):
    answers["answer"], answers["choose"] = placement_notice.FIND, renamed
    assert _start(qtbot) == (renamed, ["Répondre aux avis"])
    assert len(answers["asked"]) == 1 and "Find the moved file" in answers["asked"][0]
    answers["answer"] = None
    assert _start(qtbot) == (renamed, ["Répondre aux avis"])  # second start: the right file, nothing asked
    assert len(answers["asked"]) == 1 and answers["told"] == []


def test_use_this_file_from_now_on_stops_the_warning_in_the_window_and_in_check(qtbot, renamed, answers, capsys):
    older = standard_data_dir() / DB_FILE_NAME
    answers["answer"] = placement_notice.KEEP
    assert _start(qtbot) == (older, [])
    assert _start(qtbot) == (older, [])
    assert len(answers["asked"]) == 1 and answers["told"] == []
    assert main(["check"]) == 0
    assert capsys.readouterr().err == ""


def test_file_open_after_the_warning_is_the_file_of_the_next_start(qtbot, renamed, answers):
    answers["answer"] = placement_notice.LATER
    opened, _ = _start(qtbot, also=lambda controller: controller._on_window_open_file_requested(renamed))
    assert opened == renamed
    assert _start(qtbot) == (renamed, ["Répondre aux avis"])
    assert len(answers["asked"]) == 1


def test_not_now_warns_again_at_the_next_start(qtbot, renamed, answers):
    answers["answer"] = placement_notice.LATER
    _start(qtbot)
    _start(qtbot)
    assert len(answers["asked"]) == 2
