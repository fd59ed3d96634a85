"""The window's words when a data file from an older SocialDesk cannot be upgraded because its backup, made first,
cannot be written (attack 33b, F5): the backups folder's problem, named; never "the data file cannot be written"."""

import pytest

from socialdesk.storage import StoreOpenError, backups, open_store
from socialdesk.storage.errors import BackupWriteError, WriteProblem
from socialdesk.ui.i18n import install_translators
from tests.old_files import before_keys


@pytest.mark.parametrize("lang, full, words", [
    ("en", False, ["must be upgraded once", "a backup of it is made first", "backups folder beside your data file"]),
    ("en", True, ["must be upgraded once", "The disk holding the backups folder ({folder}) is full"]),
    ("fr", True, ["doit être mis à niveau une fois", "Le disque du dossier des sauvegardes ({folder}) est plein"]),
])
def test_the_refused_upgrade_names_the_backup_not_the_data_file(qtbot, tmp_path, monkeypatch, lang, full, words):
    from socialdesk.ui.open_problems import problem_box

    path = tmp_path / "shop.sqlite3"
    open_store(path).close()
    before_keys(path)
    folder = backups.backup_dir_for(path)

    def refused(*args, **kwargs):
        if full:
            raise BackupWriteError(WriteProblem.DISK_FULL, "full", folder) from OSError(28, "No space left on device")
        raise BackupWriteError(WriteProblem.READ_ONLY, "read-only", folder) from PermissionError(13, "Permission denied")

    monkeypatch.setattr(backups, "make_backup", refused)
    with pytest.raises(StoreOpenError) as error:
        open_store(path, defer_daily_backup=True)  # as the window opens it: the upgrade's backup is never deferred
    install_translators(lang)
    try:
        box, _, _ = problem_box(None, error.value)
        qtbot.addWidget(box)
        text = box.text()
    finally:
        install_translators("en")
    assert all(w.format(folder=folder) in text for w in words), text
    assert "data file or its folder cannot be written" not in text
