"""After "move out of OneDrive", a command run on the old copy says in one line where the file went."""

from datetime import datetime, timedelta

from socialdesk.cli import main as cli_main
from socialdesk.storage import open_store
from socialdesk.storage.backups import list_backups, make_backup
from socialdesk.storage.moved import move_out

WHEN = datetime(2026, 12, 3, 9, 0)


def _moved(tmp_path):
    old = tmp_path / "OneDrive" / "Documents" / "fleurs.sqlite3"
    old.parent.mkdir(parents=True)
    open_store(old, now=WHEN).close()
    new = tmp_path / "Local" / "SocialDesk" / "fleurs.sqlite3"
    move_out(old, new, old.parent / "SocialDesk backups")
    return old, new


def test_a_scheduled_backup_of_the_old_copy_fails_saying_where_the_file_went(tmp_path, capsys):
    old, new = _moved(tmp_path)
    before = sorted(p.name for p in old.parent.rglob("*"))
    assert cli_main(["backup", "--db", str(old)]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and f"moved to {new}" in err and "no backup was made" in err
    assert sorted(p.name for p in old.parent.rglob("*")) == before


def test_in_french_too(tmp_path, capsys):
    old, new = _moved(tmp_path)
    assert cli_main(["--lang", "fr", "backup", "--db", str(old)]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and f"déplacé vers {new}" in err and "aucune sauvegarde" in err


def test_check_of_the_old_copy_warns_that_it_is_an_old_copy(tmp_path, capsys):
    old, new = _moved(tmp_path)
    assert cli_main(["check", "--db", str(old)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert [line for line in err if "old copy" in line and str(new) in line]
    assert not [line for line in err if "can move it" in line]


def test_the_old_places_backups_come_after_the_moved_files_own_in_restore(tmp_path):
    old, new = _moved(tmp_path)
    moved = open_store(new, now=WHEN + timedelta(days=1))
    own = make_backup(moved.conn, moved.path, WHEN + timedelta(days=1), "manual")
    moved.close()
    stale = open_store(old, now=WHEN + timedelta(days=2))  # a copy made later from the stale file left behind
    late = make_backup(stale.conn, stale.path, WHEN + timedelta(days=2), "manual")
    stale.close()
    listed = list_backups(new)
    assert listed[0] == own and late in listed and listed.index(late) > listed.index(own)
