"""print-cards records each print even beside another run, says plainly when it cannot, and leaves no scratch behind."""

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace

import pytest

from socialdesk.cli import main
from socialdesk.headless import print_record
from socialdesk.storage import open_store
from tests.posix_only import is_root

YELP = "https://www.yelp.fr/biz/boulangerie-lea-lyon"


def _shop(db):
    store = open_store(db)
    store.presence.ensure_listing("yelp")
    store.presence.save(replace(store.presence.listing_for("yelp"), url=YELP, print_card=True))
    store.close()


def _places(db):
    return sorted(place for (place,) in sqlite3.connect(db).execute("SELECT place FROM printed_codes"))


def _command(*args, env=None):
    return subprocess.Popen([sys.executable, "-m", "socialdesk", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                                                                    "LANG": "C.UTF-8", **(env or {})})


def test_the_window_holding_the_file_gets_the_pdf_and_a_plain_line_on_what_was_not_recorded(tmp_path, monkeypatch,
                                                                                              capsys):  # D12
    db, out = tmp_path / "shop.sqlite3", tmp_path / "cards.pdf"
    _shop(db)
    monkeypatch.setattr(print_record, "LOCK_WAIT", 0.3)
    window = open_store(db)  # the app has the file open
    try:
        status = main(["print-cards", "-o", str(out), "--template", "a6", "--place", "counter", "--db", str(db)])
    finally:
        window.close()
    [line] = capsys.readouterr().err.strip().splitlines()
    assert status == 1 and "PDF is written and good" in line and "open in SocialDesk" in line
    assert "try again" not in line
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "yelp.fr/biz/boulangerie-lea-lyon" in text  # the PDF stays: it is good
    assert _places(db) == []


def test_two_runs_at_once_both_record_their_print(tmp_path):  # D12
    db = tmp_path / "shop.sqlite3"
    _shop(db)
    runs = [_command("print-cards", "-o", str(tmp_path / f"o{i}.pdf"), "--template", "a6", "--place", f"p{i}",
                     "--db", str(db)) for i in (1, 2, 3)]
    results = [(run.wait(timeout=300), run.stderr.read()) for run in runs]
    assert results == [(0, ""), (0, ""), (0, "")]
    assert _places(db) == ["p1", "p2", "p3"]


def test_a_killed_runs_scratch_folder_is_removed_by_the_next_run(tmp_path):  # D11
    db, scratch = tmp_path / "shop.sqlite3", tmp_path / "tmp"
    scratch.mkdir()
    _shop(db)
    run = _command("print-cards", "-o", str(tmp_path / "k.pdf"), "--template", "a6x4", "--db", str(db),
                   env={"TMPDIR": str(scratch)})
    deadline = time.monotonic() + 120
    while not list(scratch.glob("socialdesk-cards-*")) and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    if run.poll() is not None:
        pytest.skip("the run ended before it could be killed")
    run.kill()
    run.wait()
    assert list(scratch.glob("socialdesk-cards-*"))  # a kill cannot clean up
    again = _command("print-cards", "-o", str(tmp_path / "a.pdf"), "--template", "a6", "--db", str(db),
                     env={"TMPDIR": str(scratch)})
    assert again.wait(timeout=300) == 0
    assert list(scratch.iterdir()) == [] and not (tmp_path / "k.pdf").exists()


@pytest.mark.skipif(not is_root() or not shutil.which("unshare"), reason="mounting a small disk needs root")
def test_a_full_disk_under_the_data_file_says_so_and_that_the_pdf_is_good(tmp_path):  # D11
    db, disk, out = tmp_path / "shop.sqlite3", tmp_path / "disk", tmp_path / "cards.pdf"
    _shop(db)
    disk.mkdir()
    script = (f"mount -t tmpfs -o size=400k tmpfs {disk} || exit 97; cp {db} {disk}/db.sqlite3; "
              f"dd if=/dev/zero of={disk}/pad bs=1k count=1000 2>/dev/null; "
              f"QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 {sys.executable} -m socialdesk print-cards -o {out} "
              f"--template a6 --place counter --db {disk}/db.sqlite3")
    done = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True, timeout=300)
    if done.returncode == 97:
        pytest.skip("no tmpfs here")
    [line] = done.stderr.strip().splitlines()
    assert done.returncode == 1 and "PDF is written and good" in line and "disk of the data file is full" in line
    assert out.stat().st_size > 10_000
