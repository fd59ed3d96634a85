"""File ▸ Restore tells its copies apart (attack 41b, M1 and H1): each row says why the copy was made and how many
posts it holds; the day's copy, when nothing was written since it was made, is said to be the data as it is now
and is not the one chosen for the owner."""

from datetime import date, datetime, time, timedelta

import pytest

from socialdesk.domain.posts import Post, PostStatus
from socialdesk.storage import open_store
from socialdesk.storage.backups import make_backup
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.restore_dialog import RestoreDialog

MORNING = datetime(2026, 12, 2, 9, 30)
SAME = {"en": "the same as your data now", "fr": "identique à vos données actuelles"}
WHAT = {"en": ["the day's copy, 3 posts", "made by you, 2 posts"],
        "fr": ["copie du jour, 3 publications", "faite par vous, 2 publications"]}


def _add(store, n):
    store.calendar.add(Post(day=date(2026, 12, 1) + timedelta(days=n), time=time(9), networks=("instagram",),
                            text=f"Post {n}", status=PostStatus.PLANNED))


@pytest.mark.parametrize("language", ["en", "fr"])
def test_rows_say_why_and_how_many_and_the_copy_that_changes_nothing_is_not_chosen(qtbot, tmp_path, language):
    path = tmp_path / "fleurs.sqlite3"
    store = open_store(path, now=MORNING - timedelta(days=1))
    for n in range(2):
        _add(store, n)
    yesterday = make_backup(store.conn, store.path, MORNING - timedelta(days=1), "manual")
    _add(store, 2)
    store.close()
    store = open_store(path, now=MORNING, defer_daily_backup=True)
    today = store.make_due_backup()
    assert store.same_as_now() == today
    install_translators(language)
    try:
        dialog = RestoreDialog(path, None, store.same_as_now())
        qtbot.addWidget(dialog)
        rows = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        assert WHAT[language][0] in rows[0] and SAME[language] in rows[0], rows
        assert WHAT[language][1] in rows[1] and SAME[language] not in rows[1], rows
        assert dialog.list.currentRow() == 1 and dialog.list.currentItem().data(256) == str(yesterday)
        _add(store, 3)  # a change: this morning's copy is no longer the data as it is now
        assert store.same_as_now() is None
        again = RestoreDialog(path, None, store.same_as_now())
        qtbot.addWidget(again)
        assert again.list.currentRow() == 0 and SAME[language] not in again.list.item(0).text()
    finally:
        install_translators("en")
        store.close()
