"""A backup made by an older SocialDesk, opened where backups are kept, is never upgraded in place (attack 30, #1:
`socialdesk export csv --db <the before-upgrade backup>` upgraded it, so the copy an older SocialDesk could open was
gone, and a lock and a backups folder of its own appeared in the shared folder). It is refused in one line or one
dialog, and left byte for byte; restoring it, or a copy of it under another name, still works."""

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from socialdesk.storage import Problem, StoreOpenError, open_store
from socialdesk.storage.backup_names import is_kept_backup
from socialdesk.storage.restoring import restore_backup

ROOT = Path(__file__).resolve().parents[2]
OLD = ROOT / "tests" / "data" / "socialdesk-v1.sqlite3"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _old_backup(folder: Path, name: str = "shop-20261126-090000-before-upgrade.sqlite3") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    backup = folder / name
    shutil.copy(OLD, backup)
    return backup


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "socialdesk", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})


@pytest.mark.parametrize("name, folder, kept", [
    ("shop-20261126-090000-before-upgrade.sqlite3", "backups", True),
    ("shop+0123456789-20261126-090000-daily2.sqlite3", "Dropbox", True),  # an identity: a folder the owner chose
    ("shop-20261126-090000-manual.sqlite3", "Desktop", False),  # copied out: a data file of its own
    ("shop.sqlite3", "backups", False),
    ("shop-2026-notes.sqlite3", "backups", False),
])
def test_a_kept_backup_is_told_by_its_name_and_its_folder(tmp_path, name, folder, kept):
    assert is_kept_backup(tmp_path / folder / name) is kept


def test_opening_an_old_backup_where_it_is_kept_refuses_and_changes_nothing(tmp_path):
    backup = _old_backup(tmp_path / "shop" / "backups")
    before = _digest(backup)
    with pytest.raises(StoreOpenError) as refused:
        open_store(backup)
    assert refused.value.problem is Problem.OLD_BACKUP and not refused.value.can_be_replaced
    assert _digest(backup) == before
    assert sorted(p.name for p in backup.parent.iterdir()) == [backup.name]  # no lock, no backups of its own


@pytest.mark.parametrize("command", [["export", "csv", "-o", "-"], ["backup"], ["import", "csv", "plan.csv"]])
def test_commands_on_an_old_backup_say_so_in_one_line_and_change_nothing(tmp_path, command):
    backup = _old_backup(tmp_path / "shop" / "backups")
    (tmp_path / "plan.csv").write_text("date,time,networks,status,pillar,about,text,notes\n"
                                           "2026-12-01,09:00,facebook,planned,,,Pain au levain,\n", encoding="utf-8")
    before = _digest(backup)
    done = _run(*[str(tmp_path / a) if a == "plan.csv" else a for a in command], "--db", str(backup))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1 and "one of SocialDesk's backups, made by an older version" in done.stderr
    assert _digest(backup) == before
    assert sorted(p.name for p in backup.parent.iterdir()) == [backup.name]


def test_check_reads_an_old_backup_without_changing_it(tmp_path):
    backup = _old_backup(tmp_path / "shop" / "backups")
    before = _digest(backup)
    done = _run("check", "--db", str(backup))
    assert (done.returncode, done.stdout) == (0, f"{backup}: ok\n")
    assert _digest(backup) == before
    assert sorted(p.name for p in backup.parent.iterdir()) == [backup.name]


def test_the_command_line_says_it_in_french(tmp_path):
    backup = _old_backup(tmp_path / "shop" / "backups")
    done = _run("--lang", "fr", "export", "csv", "-o", "-", "--db", str(backup))
    assert done.returncode == 1 and "une des sauvegardes de SocialDesk, faite par une version plus ancienne" \
        in done.stderr


def test_a_copy_under_another_name_and_a_restore_are_upgraded_as_any_data_file(tmp_path):
    backup = _old_backup(tmp_path / "shop" / "backups")
    copy = tmp_path / "Desktop" / "shop from november.sqlite3"
    copy.parent.mkdir()
    shutil.copy(backup, copy)
    store = open_store(copy)
    assert store.shop.get().name == "Boulangerie Léa"
    store.close()
    data = tmp_path / "shop" / "shop.sqlite3"
    store = open_store(data, replace_missing=True)
    restore_backup(store, backup)  # File ▸ Restore a backup…
    assert store.shop.get().name == "Boulangerie Léa"
    store.close()
    assert _digest(backup) == _digest(OLD)  # the backup itself was read, never written


def test_the_window_explains_and_offers_another_file_or_quit(qtbot, tmp_path):
    from socialdesk.ui.open_problems import Choice, problem_box

    backup = _old_backup(tmp_path / "shop" / "backups")
    with pytest.raises(StoreOpenError) as refused:
        open_store(backup)
    box, buttons, offered = problem_box(None, refused.value)
    qtbot.addWidget(box)
    assert "one of SocialDesk's backups, made by an older version" in box.text()
    assert "File ▸ Restore a backup…" in box.text()
    assert sorted(choice.name for choice in buttons.values()) == [Choice.OTHER_FILE.name, Choice.QUIT.name]
    assert offered is None


def test_an_old_backup_with_a_wal_beside_it_is_refused_without_a_file_made_beside_it(tmp_path):
    """Attack 30b, #1: the refusal's read made a -shm beside it (SQLite does for a -wal unless told the file is
    unchanging)."""
    work = _old_backup(tmp_path / "work")
    conn = sqlite3.connect(work)
    conn.execute("PRAGMA journal_mode=wal")
    conn.execute("INSERT INTO settings (key, value) VALUES ('note', '\"written in the wal\"')")
    conn.commit()
    backup = tmp_path / "shop" / "backups" / "shop-20261126-090000-daily.sqlite3"
    backup.parent.mkdir(parents=True)
    shutil.copy(work, backup)  # copied with its -wal while it was open: no -shm beside the copy
    shutil.copy(f"{work}-wal", f"{backup}-wal")
    conn.close()
    before = sorted(p.name for p in backup.parent.iterdir())
    assert before == [backup.name, backup.name + "-wal"]
    with pytest.raises(StoreOpenError) as refused:
        open_store(backup)
    assert refused.value.problem is Problem.OLD_BACKUP
    assert sorted(p.name for p in backup.parent.iterdir()) == before


def test_an_old_backup_in_a_folder_chosen_before_identities_is_refused_too(tmp_path):
    """Attack 30b, #2: backups sent to a chosen folder before identities carry none; beside the others of their
    name, they are where backups are kept. One copied out alone is a data file of its own."""
    chosen = tmp_path / "Dropbox" / "Sauvegardes boulangerie"
    older = _old_backup(chosen, "shop-20261120-090000-daily.sqlite3")
    backup = _old_backup(chosen, "shop-20261126-090000-before-upgrade.sqlite3")
    with pytest.raises(StoreOpenError) as refused:
        open_store(backup)
    assert refused.value.problem is Problem.OLD_BACKUP
    older.unlink()
    assert not is_kept_backup(backup)  # alone now, as if copied out: opened as a data file


def test_an_old_backup_reached_through_a_linked_backups_folder_or_in_other_case_is_refused(tmp_path):
    """Attack 30b, #10 and #11: `backups` a link to another disk (the real folder has another name), and names in
    another case, which a disk ignoring case opens as the same file."""
    elsewhere = tmp_path / "usb" / "SD-copies"
    backup = _old_backup(elsewhere, "shop-20261126-090000-before-upgrade.sqlite3")
    (tmp_path / "shop").mkdir()
    (tmp_path / "shop" / "backups").symlink_to(elsewhere, target_is_directory=True)
    before = _digest(backup)
    with pytest.raises(StoreOpenError) as refused:
        open_store(tmp_path / "shop" / "backups" / backup.name)
    assert refused.value.problem is Problem.OLD_BACKUP and _digest(backup) == before
    assert is_kept_backup(tmp_path / "Backups" / "SHOP-20261126-090000-DAILY.SQLITE3")
