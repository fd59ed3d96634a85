"""A read-only data file (a locked USB key, a share mounted read-only) is backed up into a writable chosen folder."""

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from socialdesk.storage.backups import list_backups
from socialdesk.storage.opening import open_store

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def locked_key(tmp_path):
    """A tmpfs holding the data file, remounted read-only once the file is there (root only)."""
    key = tmp_path / "clé USB"
    key.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(key)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here: " + done.stderr.decode(errors="replace").strip())

    def lock() -> None:
        subprocess.run(["mount", "-o", "remount,ro", str(key)], check=True)
    yield key, lock
    subprocess.run(["umount", "-l", str(key)], check=False)


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "socialdesk", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})


def _shop(folder: Path, chosen: Path | None) -> Path:
    path = folder / "fleurs é.sqlite3"
    store = open_store(path)
    try:
        if chosen is not None:
            store.settings.set("backup_folder", str(chosen))
    finally:
        store.close()
    return path


def test_a_read_only_file_is_backed_up_into_the_chosen_folder(tmp_path, locked_key):
    key, lock = locked_key
    chosen = tmp_path / "Sauvegardes"
    chosen.mkdir()
    shop = _shop(key, chosen)
    lock()
    done = _run("backup", "--db", str(shop), "--lang", "fr")
    assert done.returncode == 0, done.stderr
    copy = Path(done.stdout.strip())
    assert copy.parent == chosen and copy.exists()
    assert sqlite3.connect(copy).execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert list_backups(shop) == [copy]  # Restore lists it, though no note could be left beside the file


@pytest.mark.parametrize("lang, words", [("en", "the backups folder {folder} cannot be written"),
                                         ("fr", "le dossier des sauvegardes {folder} n'est pas modifiable")])
def test_the_folder_that_refused_is_named(tmp_path, locked_key, lang, words):
    key, lock = locked_key
    shop = _shop(key, None)
    lock()
    done = _run("backup", "--db", str(shop), "--lang", lang)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1, done.stderr
    assert words.format(folder=key / "backups") in done.stderr, done.stderr


def test_a_read_only_files_backups_carry_one_identity_and_rotate_only_its_own(tmp_path, locked_key):
    key, lock = locked_key
    chosen = tmp_path / "Sauvegardes"
    chosen.mkdir()
    shop = _shop(key, chosen)
    store = open_store(shop)
    store.settings.set("backups_keep", 2)
    store.close()
    shutil.rmtree(key / "backups")  # the opens' daily backups made an identity beside the file: none now
    for made_at_open in chosen.iterdir():
        made_at_open.unlink()
    other = chosen / "fleurs é+0123456789-20261101-090000-daily.sqlite3"  # another computer's, in the same folder
    other.write_bytes((key / "fleurs é.sqlite3").read_bytes())
    lock()
    made = []
    for _ in range(4):  # a 4th in the same second gets a name of its own (rotation frees no name for it)
        done = _run("backup", "--db", str(shop))
        assert done.returncode == 0, done.stderr
        made.append(Path(done.stdout.strip()))
    idents = {p.name.split("+")[1][:10] for p in made}
    assert len(idents) == 1 and "0123456789" not in idents, made  # one identity, kept on this computer
    left = sorted(p.name for p in chosen.glob("*.sqlite3"))
    assert left == sorted([other.name, made[-2].name, made[-1].name])  # rotated to 2; the other computer's kept
    assert not (key / "backups").exists()  # the identity is kept on this computer, not beside the read-only file


@pytest.mark.parametrize("language, words", [
    ("en", "made by an older SocialDesk and must be upgraded once"),
    ("fr", "créé par une version plus ancienne de SocialDesk et doit être mis à niveau une fois")])
def test_a_read_only_file_from_an_older_version_says_it_needs_its_upgrade(tmp_path, locked_key, language, words):
    """Attack 30, #6: an older file on a locked key passed `check`, then every reader said only "cannot be
    written". The reader now says why: the upgrade it needs first writes."""
    key, lock = locked_key
    shop = _shop(key, None)
    with sqlite3.connect(shop) as conn:  # as a version before file keys left it
        conn.execute("DELETE FROM settings WHERE key = 'file_key'")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0018_file_key'")
    conn.close()
    before = shop.read_bytes()
    lock()
    done = _run("export", "csv", "--db", str(shop), "-o", str(tmp_path / "posts.csv"), "--lang", language)
    assert done.returncode == 1 and words in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert shop.read_bytes() == before and not (tmp_path / "posts.csv").exists()
