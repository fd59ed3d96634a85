"""A move out of a synced folder killed midway (kill -9) leaves nothing for good: at the next start, before the
move is offered again, its media copy, `.partial` files, half-made data file and empty backups folder are gone,
even when the owner then answers No."""

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from socialdesk.domain.posts import Post
from socialdesk.paths import standard_data_dir
from socialdesk.storage import open_store
from socialdesk.storage.calendar.media import import_image
from socialdesk.storage.move_note import FILE, MoveNote, clean_interrupted_moves
from socialdesk.ui.placement_notice import PlacementNotice
from tests.posix_only import needs_sigkill

ROOT = Path(__file__).resolve().parents[2]
# The move as the dialog runs it, killed (SIGKILL: nothing runs after it) at one stage.
KILLED = """
import os, shutil, signal, sys
from pathlib import Path
from socialdesk.storage import backups, moved

old, new, stage = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
die = lambda *a, **k: os.kill(os.getpid(), signal.SIGKILL)
if stage == "media":  # the third image being copied
    copied, real_copy2, real_tree = [], shutil.copy2, shutil.copytree
    def copy2(*a, **k):
        copied.append(1)
        return die() if len(copied) == 3 else real_copy2(*a, **k)
    shutil.copytree = lambda src, dst, *a, **k: real_tree(src, dst, *a, **(k if a else {**k, "copy_function": copy2}))
if stage == "data":  # the data file copied into its .partial, not yet renamed
    real_copy = backups.copy_database
    backups.copy_database = lambda source, target: (real_copy(source, target), die())
if stage == "remember":  # the copy whole, the move not yet remembered
    moved._point_backups = die
moved.move_out(old, new, old.parent / moved.BACKUPS_IN_SYNCED)
"""


@pytest.fixture
def synced(tmp_path):
    """A data file in Dropbox with five post images beside it."""
    folder = tmp_path / "Dropbox" / "Boutique"
    folder.mkdir(parents=True)
    store = open_store(folder / "socialdesk.sqlite3")
    for n in range(5):
        Image.new("RGB", (32, 32), (40 * n, 30, 60)).save(tmp_path / "photo.png")
        store.calendar.add(Post(day=date(2026, 12, 5 + n), text=f"Bouquet {n}", image=import_image(
            store, tmp_path / "photo.png")))
    store.close()
    return folder / "socialdesk.sqlite3"


def _killed(old, stage):
    new = standard_data_dir() / "socialdesk.sqlite3"
    run = subprocess.run([sys.executable, "-c", KILLED, str(old), str(new), stage], cwd=ROOT, capture_output=True)
    assert run.returncode == -9, run.stderr.decode()
    return new


def _left(folder):
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


@needs_sigkill
@pytest.mark.parametrize("stage, left", [
    ("media", ".media.moving-"), ("data", "socialdesk.sqlite3.partial"), ("remember", "socialdesk.sqlite3")])
def test_what_a_killed_move_left_is_gone_at_the_next_start_when_the_owner_says_no(
        controller, monkeypatch, synced, stage, left):
    new = _killed(synced, stage)
    assert any(name.startswith(left) for name in _left(new.parent))  # the kill did leave it
    assert (synced.parent / "SocialDesk backups").is_dir()
    asked = []
    monkeypatch.setattr(PlacementNotice, "ask_move_out", classmethod(lambda cls, parent, text: asked.append(text)))
    assert controller.open(synced)
    controller._after_first_paint(controller.store)
    assert asked  # the move was offered again, and refused
    assert _left(new.parent) == []
    assert not (synced.parent / "SocialDesk backups").exists()
    assert len(list((synced.parent / "media").glob("*.png"))) == 5  # the synced folder's own images untouched


def test_a_move_still_running_in_another_window_is_left_alone(tmp_path):
    new = tmp_path / "Local" / "socialdesk.sqlite3"
    new.parent.mkdir()
    partial = Path(f"{new}.partial")
    note = MoveNote(new)  # the moving window holds its note while it copies
    note.add(FILE, partial)
    partial.write_bytes(b"SQLite format 3\x00")
    assert clean_interrupted_moves(new.parent) == [] and partial.exists()
    os.close(note._fd)  # that window killed: its lock goes with it
    assert clean_interrupted_moves(new.parent) == [partial] and not partial.exists() and not note.path.exists()
