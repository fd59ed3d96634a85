"""`backup` and `check` speak of the backup folder in one line, in the command's language, never the system's English."""

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from socialdesk.cli import main
from socialdesk.headless.language import speaking
from socialdesk.headless.os_words import os_reason
from socialdesk.storage.opening import open_store

ROOT = Path(__file__).resolve().parents[2]
RAW_ENGLISH = ("File exists", "No space left", "Read-only file system", "Permission denied", "Not a directory",
               "backup not written")


def _shop(tmp_path, chosen: Path | None = None) -> Path:
    path = tmp_path / "Boutique" / "shop.sqlite3"
    path.parent.mkdir(parents=True, exist_ok=True)
    store = open_store(path)
    try:
        if chosen is not None:
            store.settings.set("backup_folder", str(chosen))
    finally:
        store.close()
    return path


def _run(*args: str) -> subprocess.CompletedProcess:
    """In its own process, as the owner runs it: there no test harness catches Python's log lines."""
    return subprocess.run([sys.executable, "-m", "socialdesk", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})


@pytest.fixture
def mounted(tmp_path):
    """A small tmpfs (root only), `ro` or `size=…`; skipped where nothing can be mounted."""
    made = []

    def mount(options: str) -> Path:
        folder = tmp_path / f"clé USB {len(made)}"
        folder.mkdir()
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True)
        if done.returncode != 0:
            pytest.skip("cannot mount a tmpfs here: " + done.stderr.decode(errors="replace").strip())
        made.append(folder)
        return folder
    yield mount
    for folder in made:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _one_french_line(stderr: str) -> str:
    assert stderr.count("\n") == 1, stderr
    assert not any(raw in stderr for raw in RAW_ENGLISH), stderr
    return stderr


def test_a_file_where_the_backups_folder_goes_is_said_in_french(tmp_path, capsys):
    shop = _shop(tmp_path)
    (shop.parent / "backups").write_text("x")  # as in the attack: `echo x > backups`
    assert main(["backup", "--db", str(shop), "--lang", "fr"]) == 1
    said = _one_french_line(capsys.readouterr().err)
    assert "un fichier occupe la place d'un dossier" in said and "aucune sauvegarde" in said


def test_a_full_chosen_folder_is_one_french_line_without_the_log(tmp_path, mounted):
    full = mounted("size=64k")
    shop = _shop(tmp_path, full)
    done = _run("backup", "--db", str(shop), "--lang", "fr")
    assert done.returncode == 0
    said = _one_french_line(done.stderr)
    assert f"le dossier de sauvegarde {full} est plein" in said and "à côté du fichier de données" in said
    assert Path(done.stdout.strip()).parent == shop.parent / "backups"


def test_a_chosen_folder_that_is_gone_is_said_by_backup(tmp_path):
    gone = tmp_path / "clé USB"
    shop = _shop(tmp_path, gone)
    done = _run("backup", "--db", str(shop), "--lang", "fr")
    assert done.returncode == 0
    assert "est introuvable (une clé USB" in _one_french_line(done.stderr)


@pytest.mark.parametrize("lang, words", [("en", "is not there"), ("fr", "est introuvable")])
def test_check_warns_when_the_chosen_folder_is_gone(tmp_path, capsys, lang, words):
    gone = tmp_path / "clé USB"
    shop = _shop(tmp_path, gone)
    assert main(["check", "--db", str(shop), "--lang", lang]) == 0  # a warning: the file itself is fine
    out, err = capsys.readouterr()
    assert out.strip().endswith("ok")
    assert err.count("\n") == 1 and str(gone) in err and words in err, err


def test_check_warns_when_the_chosen_folder_is_read_only(tmp_path, capsys, mounted):
    shop = _shop(tmp_path, mounted("ro,size=64k"))
    assert main(["check", "--db", str(shop), "--lang", "fr"]) == 0
    assert "n'est pas modifiable" in _one_french_line(capsys.readouterr().err)


def test_check_says_nothing_of_a_usable_folder(tmp_path, capsys):
    folder = tmp_path / "Sauvegardes"
    folder.mkdir()
    assert main(["check", "--db", str(_shop(tmp_path, folder))]) == 0
    assert capsys.readouterr().err == ""


def test_the_systems_refusals_are_in_french(tmp_path):
    (tmp_path / "a file").write_text("x")
    with pytest.raises(OSError) as refused:
        (tmp_path / "a file" / "inside").mkdir()  # the real system's ENOTDIR
    with speaking("fr"):
        assert os_reason(refused.value) == "un fichier occupe la place d'un dossier nécessaire"
        assert os_reason(OSError(errno.EXDEV, "Invalid cross-device link")) == "le système a refusé (EXDEV)"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_a_full_standard_output_is_said_in_french_words(tmp_path):
    shop = _shop(tmp_path)
    with open("/dev/full", "w") as full:  # the real device: every write fails with ENOSPC
        done = subprocess.run([sys.executable, "-m", "socialdesk", "export", "csv", "-o", "-", "--db", str(shop),
                               "--lang", "fr"], stdout=full, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                              timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 1
    assert "sortie standard" in _one_french_line(done.stderr) and "le disque est plein" in done.stderr
