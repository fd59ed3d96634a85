"""A data file that is not there is never silently replaced by an empty shop; its last good backup survives."""

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from socialdesk.cli import main as cli_main
from socialdesk.storage import Problem, StoreOpenError, open_store
from socialdesk.storage.backups import KEEP, list_backups, make_backup
from socialdesk.storage.demo import seed_demo
from socialdesk.storage.opening import start_fresh
from tests.posix_only import needs_symlinks

TODAY = date(2026, 11, 26)
PLAN = "date,time,networks,status,pillar,about,text,notes\n2026-12-01,09:00,facebook,planned,,,Pain,\n"


def _posts(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM posts").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def gone(tmp_path):
    """A shop with posts and one backup; then the data file is moved away (a sync tool, a disk)."""
    path = tmp_path / "shop" / "shop.sqlite3"
    path.parent.mkdir()
    store = open_store(path)
    seed_demo(store, TODAY)
    make_backup(store.conn, store.path, datetime(2026, 11, 26, 9), "manual")
    store.close()
    path.rename(tmp_path / "moved.sqlite3")
    return path


def test_the_command_line_refuses_a_missing_file_and_creates_nothing(gone, tmp_path, capsys):
    plan = tmp_path / "plan.csv"
    plan.write_text(PLAN)
    assert cli_main(["import", "csv", str(plan), "--db", str(gone)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "missing" in err and str(gone) in err
    assert not gone.exists()
    with pytest.raises(StoreOpenError) as refused:
        open_store(gone)
    assert refused.value.problem is Problem.MISSING and not gone.exists()


def test_the_command_line_says_an_interrupted_restore_is_left_not_backups(gone, tmp_path, capsys):
    _only_an_interrupted_restore(gone)
    plan = tmp_path / "plan.csv"
    plan.write_text(PLAN)
    assert cli_main(["import", "csv", str(plan), "--db", str(gone)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "a restore was interrupted" in err and "no backups" in err
    assert "backups are beside" not in err and not gone.exists()


@needs_symlinks
def test_a_dangling_symlink_is_refused_never_followed_to_create(tmp_path, capsys):
    (tmp_path / "usb").mkdir()  # the mount point, with the key not mounted
    target = tmp_path / "usb" / "SocialDesk" / "shop.sqlite3"
    link = tmp_path / "shop-link.sqlite3"
    link.symlink_to(target)
    folder_link = tmp_path / "key"
    folder_link.symlink_to(tmp_path / "usb" / "KEY")
    for name in (link, folder_link / "shop.sqlite3"):
        with pytest.raises(StoreOpenError) as refused:
            open_store(name)
        assert refused.value.problem is Problem.BROKEN_LINK
        plan = tmp_path / "plan.csv"
        plan.write_text(PLAN)
        assert cli_main(["import", "csv", str(plan), "--db", str(name)]) == 1
        assert capsys.readouterr().err.count("\n") == 1
    assert sorted(p.name for p in (tmp_path / "usb").iterdir()) == []


def _window_with(gone, monkeypatch, pick):
    """Open `gone` in the window; the owner clicks the button whose Choice is `pick`; returns (said, controller)."""
    from socialdesk.ui import application, open_problems

    said = []

    def ask(parent, error):
        box, buttons, backup = open_problems.problem_box(parent, error)
        said.append((box.text(), {choice: button.text() for button, choice in buttons.items()}))
        box.deleteLater()
        return pick, (backup if pick is open_problems.Choice.RESTORE else None)

    monkeypatch.setattr(application, "ask_what_to_do", ask)
    controller = application.AppController("en")
    return controller, controller.open(gone), said


def test_the_window_says_the_file_is_missing_and_restores_the_newest_backup(qtbot, gone, monkeypatch):
    from socialdesk.ui.open_problems import Choice

    controller, opened, said = _window_with(gone, monkeypatch, Choice.RESTORE)
    try:
        assert opened and len(said) == 1
        text, buttons = said[0]
        assert "missing" in text
        assert set(buttons) == {Choice.RESTORE, Choice.OTHER_FILE, Choice.FRESH, Choice.QUIT}
        assert _posts(gone) == _posts(gone.parent.parent / "moved.sqlite3") > 0
    finally:
        controller.window.close()
        controller.store.close()


def test_quitting_leaves_nothing_created(qtbot, gone, monkeypatch):
    from socialdesk.ui.open_problems import Choice

    controller, opened, said = _window_with(gone, monkeypatch, Choice.QUIT)
    assert not opened and said and not gone.exists()


def _only_an_interrupted_restore(gone: Path) -> Path:
    """The power went after the refused file was set aside and before the restored copy was moved in;
    no backups are left (the folder was copied without them, or they were deleted)."""
    restoring = gone.with_name(".shop.sqlite3.restoring")
    source = sqlite3.connect(gone.parent.parent / "moved.sqlite3")
    copy = sqlite3.connect(restoring)
    source.backup(copy)
    copy.execute("PRAGMA journal_mode=DELETE")
    copy.close()
    source.close()
    for backup in list_backups(gone):
        backup.unlink()
    backup.parent.rmdir()
    return restoring


def test_an_interrupted_restore_is_offered_and_finished(qtbot, gone, monkeypatch):
    from socialdesk.ui.open_problems import Choice

    restoring = _only_an_interrupted_restore(gone)
    controller, opened, said = _window_with(gone, monkeypatch, Choice.RESTORE)
    try:
        assert opened and "interrupted" in said[0][1][Choice.RESTORE]
        assert "Its backups are still there" not in said[0][0] and "interrupted" in said[0][0]
        assert _posts(gone) > 0 and not restoring.exists()
    finally:
        controller.window.close()
        controller.store.close()


def test_rotation_keeps_the_last_backup_with_data_after_the_file_was_replaced_by_an_empty_one(gone):
    full_backup = list_backups(gone)[0]
    store, _ = start_fresh(gone, now=datetime(2026, 11, 27, 8))  # the owner chose a new empty file
    try:
        for day in range(KEEP + 3):  # a fortnight of daily backups of the empty shop
            make_backup(store.conn, store.path, datetime(2026, 11, 28, 8) + timedelta(days=day), "daily")
        kept = list_backups(gone)
        assert full_backup in kept and len(kept) == KEEP + 1
        seed_demo(store, TODAY)  # the owner rebuilt as much: the old copy is pruned as usual
        make_backup(store.conn, store.path, datetime(2026, 12, 20, 8), "daily")
        assert full_backup not in list_backups(gone) and len(list_backups(gone)) == KEEP
        assert _posts(list_backups(gone)[0]) > 0
    finally:
        store.close()
