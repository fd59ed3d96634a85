"""Starting the app: the command line, the demo, and a refused data file handled with the owner."""

import hashlib
import subprocess
from datetime import date
import sys
from pathlib import Path


from socialdesk.domain.shop import ShopCard
from socialdesk.storage import StoreWriteError, WriteProblem, open_store
from socialdesk.storage.backups import make_backup
from socialdesk.ui import application
from socialdesk.ui.open_problems import Choice, newest_good_backup


def _run(*args, env=None):
    return subprocess.run([sys.executable, "-m", "socialdesk", *args], capture_output=True, text=True, env=env)


def test_version_and_help():
    out = _run("--version")
    assert out.returncode == 0 and out.stdout.startswith("SocialDesk ")
    assert "--demo" in _run("--help").stdout


def test_opens_a_new_file_and_shows_the_window(controller, tmp_path):
    assert controller.open(tmp_path / "shop.sqlite3")
    assert controller.window.isVisible()
    assert controller.window.tabs.count() == 4


def test_damaged_file_start_fresh_keeps_it_aside(controller, tmp_path, monkeypatch):
    path = tmp_path / "shop.sqlite3"
    path.write_text("not a database", encoding="utf-8")
    monkeypatch.setattr(application, "ask_what_to_do", lambda parent, error: (Choice.FRESH, None))
    assert controller.open(path)
    aside = [p for p in tmp_path.iterdir() if ".damaged-" in p.name]
    assert len(aside) == 1 and aside[0].read_text(encoding="utf-8") == "not a database"
    assert controller.store.path == path.absolute()


def test_damaged_file_restore_uses_the_newest_good_backup(controller, tmp_path, monkeypatch):
    path = tmp_path / "shop.sqlite3"
    store = open_store(path)
    store.shop.save(ShopCard(name="Fleuriste Rose"))
    from datetime import datetime

    make_backup(store.conn, path, datetime(2026, 1, 2), "daily")
    store.close()
    for side in ("-wal", "-shm"):
        Path(str(path) + side).unlink(missing_ok=True)
    path.write_bytes(b"")
    monkeypatch.setattr(
        application, "ask_what_to_do",
        lambda parent, error: (Choice.RESTORE, newest_good_backup(error.path)),
    )
    assert controller.open(path)
    assert controller.store.shop.get().name == "Fleuriste Rose"


def test_quit_leaves_the_damaged_file_alone(controller, tmp_path, monkeypatch):
    path = tmp_path / "shop.sqlite3"
    path.write_bytes(b"\x00" * 4096)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    monkeypatch.setattr(application, "ask_what_to_do", lambda parent, error: (Choice.QUIT, None))
    assert not controller.open(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shop.sqlite3"]


def test_second_launch_on_an_open_file_is_told_and_writes_nothing(controller, tmp_path, monkeypatch):
    path = tmp_path / "shop.sqlite3"
    holder = open_store(path)
    told = []
    monkeypatch.setattr(application.QMessageBox, "information", lambda *a: told.append(a[2]))
    assert not controller.open(path)
    assert "already open" in told[0]
    holder.close()


def test_check_and_backup_commands(tmp_path):
    path = tmp_path / "shop.sqlite3"
    open_store(path).close()
    ok = _run("check", "--db", str(path))
    assert ok.returncode == 0 and ok.stdout.strip().endswith(": ok")
    made = _run("backup", "--db", str(path))
    assert made.returncode == 0 and Path(made.stdout.strip()).exists()
    path.write_bytes(b"garbage" * 10)  # over a data file with its backup: damaged, restore it
    bad = _run("check", "--db", str(path))
    assert bad.returncode == 1 and "damaged; open the app to restore a backup" in bad.stderr
    assert "Traceback" not in bad.stderr
    other = tmp_path / "elsewhere" / "notes.sqlite3"
    other.parent.mkdir()
    other.write_bytes(b"garbage" * 10)  # no backups of its name: some other kind of file
    foreign = _run("check", "--db", str(other))
    assert foreign.returncode == 1 and "not a SocialDesk data file" in foreign.stderr


def test_demo_has_every_part_in_the_chosen_language(tmp_path):
    from socialdesk.storage.demo import build_demo_file

    store = build_demo_file(tmp_path / "demo.sqlite3", date(2026, 11, 26), language="fr")
    try:
        assert store.shop.get().name == "Boulangerie Léa"
        assert store.strategy.applied_cadence()
        assert store.presence.cards_to_print()
        monday = date(2026, 11, 23)
        assert store.calendar.posts_in_week(monday)
        texts = " ".join(rule.text for rule in store.rules.rules())
        assert "clients" in texts  # the French starter rules, as asked
    finally:
        store.close()


def test_demo_never_touches_the_real_data_file(tmp_path, monkeypatch):
    real = tmp_path / "real.sqlite3"
    monkeypatch.setenv("SOCIALDESK_DB", str(real))
    path = application.demo_path()
    assert path != real and "socialdesk-demo-" in str(path.parent)
    assert not real.exists()


def test_export_reads_a_file_the_owner_may_not_write(tmp_path):
    import os

    path = tmp_path / "shop.sqlite3"
    open_store(path).close()
    os.chmod(path, 0o400)
    out = _run("export", "csv", "--db", str(path), "-o", str(tmp_path / "plan.csv"))
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "plan.csv").read_bytes().startswith(b"\xef\xbb\xbfdate,time,networks")


def test_the_log_is_rotated_at_start_and_kept_three_deep(tmp_path, monkeypatch):
    import logging

    from socialdesk import logs

    monkeypatch.setattr(logs, "log_dir", lambda: tmp_path)
    monkeypatch.setattr(logs, "MAX_BYTES", 10)
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        for round_number in range(5):
            (tmp_path / "socialdesk.log").write_text(f"round {round_number} " * 3, encoding="utf-8")
            assert logs.setup_logging() == tmp_path / "socialdesk.log"
            for handler in set(root.handlers) - set(before):
                root.removeHandler(handler)
                handler.close()
        kept = sorted(p.name for p in tmp_path.iterdir())
        assert kept == ["socialdesk.log.1", "socialdesk.log.2", "socialdesk.log.3"]
        assert (tmp_path / "socialdesk.log.1").read_text(encoding="utf-8").startswith("round 4")
    finally:
        root.handlers[:] = before


def test_a_daily_backup_that_fails_on_a_full_disk_says_so(controller, tmp_path, monkeypatch):
    assert controller.open(tmp_path / "shop.sqlite3")
    store = controller.store

    def full_disk():
        raise StoreWriteError(WriteProblem.DISK_FULL, "No space left on device")

    monkeypatch.setattr(store, "make_due_backup", full_disk)
    shown = []
    monkeypatch.setattr(application.QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))
    controller._after_first_paint(store)
    assert shown and "backup" in shown[0][0] and "disk is full" in shown[0][1]
