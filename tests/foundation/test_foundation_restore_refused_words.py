"""File ▸ Restore with a backup that cannot be used says so of the backup, never of the healthy data file."""

from datetime import datetime

import pytest

from socialdesk.storage import open_store
from socialdesk.storage.backups import make_backup


@pytest.mark.parametrize("spoil", [b"", b"not a database at all" * 100, None])
def test_a_refused_backup_is_named_as_the_problem(controller, tmp_path, monkeypatch, spoil):
    """Attack 32, F7: a damaged, empty or unreadable backup was refused with words about the data file ("The data
    file is damaged…") beside "Your current data is unchanged": the owner could only distrust the healthy file."""
    from socialdesk.ui import application

    path = tmp_path / "shop.sqlite3"
    store = open_store(path, now=datetime(2026, 12, 1, 9))
    backup = make_backup(store.conn, path, datetime(2026, 12, 2, 9), "manual")
    store.close()
    if spoil is None:
        backup.unlink()
        backup.mkdir()  # a folder where the backup was: cannot be read as one
    else:
        backup.write_bytes(spoil)
    told = []
    monkeypatch.setattr(application.QMessageBox, "warning", lambda _parent, title, words: told.append((title, words)))
    assert controller.open(path)
    before = path.read_bytes()
    controller._on_window_restore_requested(backup)
    assert len(told) == 1
    title, words = told[0]
    assert title == "Backup not restored"
    assert words.startswith("This backup cannot be used") and str(backup) in words
    assert "data file" not in words
    assert path.read_bytes() == before


def _newer(backup):
    import sqlite3

    with sqlite3.connect(backup) as conn:
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                     "SELECT migration_set, '9999_from_the_future', applied_at FROM _sqlite_migrations LIMIT 1")
    conn.close()


def _foreign(backup):
    import sqlite3

    backup.unlink()
    with sqlite3.connect(backup) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.close()


@pytest.mark.parametrize("change, english, french", [
    (_newer, "This backup was saved by a newer version of SocialDesk", "Cette sauvegarde a été enregistrée par une "
     "version plus récente de SocialDesk"),
    (_foreign, "This file is another program's database", "Ce fichier est la base de données d'un autre programme"),
])
def test_a_backup_from_a_newer_socialdesk_or_another_program_says_so(controller, tmp_path, monkeypatch, change,
                                                                      english, french):
    """Attack 32b, F1: a healthy backup made by a newer SocialDesk, or another program's database, was called
    "damaged, empty or cannot be read"."""
    from socialdesk.ui import application
    from socialdesk.ui.i18n import install_translators

    path = tmp_path / "shop.sqlite3"
    store = open_store(path, now=datetime(2026, 12, 1, 9))
    backup = make_backup(store.conn, path, datetime(2026, 12, 2, 9), "manual")
    store.close()
    change(backup)
    told = []
    monkeypatch.setattr(application.QMessageBox, "warning", lambda _parent, title, words: told.append(words))
    assert controller.open(path)
    controller._on_window_restore_requested(backup)
    try:
        install_translators("fr")
        controller._on_window_restore_requested(backup)
    finally:
        install_translators("en")
    assert told[0].startswith(english) and told[1].startswith(french)
    assert all(str(backup) in words for words in told)
