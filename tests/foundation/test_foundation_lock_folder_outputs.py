"""No export, PDF or code ever replaces a live lock in the identity-lock folder (window and command line)."""

import os

import pytest

from socialdesk.cli import main as cli_main
from socialdesk.export_files import OutputIsDataFile, check_output, guarded_output
from socialdesk.storage import Problem, StoreOpenError, open_store
from socialdesk.storage.lock import identity_lock_dir, identity_lock_path


@pytest.fixture
def held(tmp_path):
    """An open data file and its live identity lock."""
    store = open_store(tmp_path / "shop.sqlite3")
    lock = identity_lock_path(os.stat(store.path))
    assert lock.is_file()
    yield store, lock
    store.close()


def _still_held(store, lock, before: bytes) -> bool:
    try:
        open_store(store.path).close()
    except StoreOpenError as error:
        return error.problem is Problem.LOCKED and lock.read_bytes() == before
    return False


@pytest.mark.parametrize("data_file", [True, False], ids=["for-this-file", "no-data-file"])
def test_the_guard_refuses_a_lock_even_with_force(held, data_file):
    store, lock = held
    before = lock.read_bytes()
    for target in (lock, identity_lock_dir() / "new.csv", lock.parent / ".." / lock.parent.name / lock.name):
        with pytest.raises(OutputIsDataFile):
            check_output(target, True, store.path if data_file else None)
        with pytest.raises(OutputIsDataFile), guarded_output(target, store.path if data_file else None, True) as temp:
            temp.write_bytes(b"an export")
    assert _still_held(store, lock, before)
    assert sorted(p.name for p in identity_lock_dir().iterdir()) == [lock.name]


def test_the_command_line_refuses_a_lock_in_one_line(held, capsys):
    store, lock = held
    before = lock.read_bytes()
    store.close()  # the command line reads the file while the lock file stays where it was
    assert cli_main(["export", "csv", "--db", str(store.path), "-o", str(lock), "--force"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(lock) in err and "journal, lock or backups" in err
    assert lock.read_bytes() == before


def test_the_window_refuses_a_lock(qtbot, held, monkeypatch):
    from socialdesk.ui.common import save_guard

    store, lock = held
    before = lock.read_bytes()
    said = []
    monkeypatch.setattr(save_guard.SaveGuard, "tell", classmethod(lambda cls, parent, text, report=None: said.append(text)))
    assert save_guard.write_guarded(None, lock, lambda temp: temp.write_bytes(b"a PDF")) is None
    assert said == [save_guard.refused_text(lock)]
    assert _still_held(store, lock, before)
