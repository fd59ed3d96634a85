"""The command line in French: chosen by --lang or the environment, every sentence translated, same exit status."""

import ast
import shutil
import string
import subprocess
import sqlite3
import sys
from pathlib import Path

import pytest

from socialdesk.cli import main
from socialdesk.headless.language import catalogue
from socialdesk.storage.opening import open_store
from tests.old_files import before_keys

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [ROOT / "socialdesk" / "cli.py", ROOT / "socialdesk" / "os_words.py",  # the system's refusals, shared
           *sorted((ROOT / "socialdesk" / "headless").glob("*.py"))]
PO = ROOT / "resources" / "translations" / "fr" / "LC_MESSAGES" / "socialdesk-cli.po"
NB, NNB = "\u00a0", "\u202f"  # before ':' ; before ';' '?' (the catalogues' typography)
HEADER = "date,time,networks,status,pillar,about,text,notes"
ARGPARSE_WORDS = ["usage: ", "options", "positional arguments", "show this help message and exit",
                  "the following arguments are required: %s", "invalid choice: %(value)r (choose from %(choices)s)",
                  "argument %(argument_name)s: %(message)s", "unrecognized arguments: %s", "expected one argument"]


def _marked_sentences():
    """Every sentence given to _(), N_() or n_() in the command line's modules."""
    for source in SOURCES:
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "N_", "n_"):
                texts = [arg.value for arg in node.args if isinstance(arg, ast.Constant) and isinstance(arg.value, str)]
                if texts:  # _(OPEN_PROBLEMS[…]) translates a sentence marked where it is defined
                    yield node.func.id, tuple(texts)


def _fields(text: str) -> set:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_every_english_sentence_has_a_french_one_with_the_same_blanks():
    french = catalogue("fr")._catalog
    found = list(_marked_sentences())
    assert len(found) > 100
    for kind, texts in found:
        if kind == "n_":
            singular, plural = texts
            assert french.get((singular, 0)) and french.get((singular, 1)), singular
            assert _fields(french[(singular, 0)]) | _fields(french[(singular, 1)]) == _fields(singular) | _fields(plural)
        else:
            (text,) = texts
            assert french.get(text), f"no French for {text!r}"
            assert _fields(french[text]) == _fields(text), text
    for text in ARGPARSE_WORDS:
        assert french.get(text) and french[text] != text or text == "options", text


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext's msgfmt is not installed")
def test_the_committed_mo_is_compiled_from_the_po(tmp_path):
    subprocess.run(["msgfmt", "--check", "-o", str(tmp_path / "fr.mo"), str(PO)], check=True, capture_output=True)
    assert (tmp_path / "fr.mo").read_bytes() == PO.with_suffix(".mo").read_bytes(), "run `make translations`"


def test_the_bundle_carries_the_catalogue():
    sys.path.insert(0, str(ROOT / "packaging" / "pyinstaller"))
    from trim import keep

    spec = (ROOT / "packaging" / "pyinstaller" / "socialdesk.spec").read_text(encoding="utf-8")
    assert 'datas=[(str(ROOT / "resources"), "resources")]' in spec and ".mo" not in spec
    assert keep("resources/translations/fr/LC_MESSAGES/socialdesk-cli.mo")
    assert '"resources" = "socialdesk/resources"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


@pytest.fixture(params=["option", "LANG"])
def french(request, monkeypatch):
    """How French is asked for: `--lang fr`, or LANG=fr_FR.UTF-8 (what a French desktop sets)."""
    if request.param == "option":
        return ["--lang", "fr"]
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    return []


@pytest.fixture
def shop(tmp_path):
    path = tmp_path / "shop.sqlite3"
    open_store(path).close()
    return path


def _said(capsys):
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return out.splitlines(), err.splitlines()


def test_check_and_backup_in_french(shop, tmp_path, french, capsys):
    assert main(["check", "--db", str(tmp_path / "none.sqlite3"), *french]) == 1
    assert _said(capsys)[1] == [f"socialdesk check: aucun fichier de données à {tmp_path / 'none.sqlite3'}"]
    assert main(["check", "--db", str(shop), *french]) == 0
    assert _said(capsys)[0] == [f"{shop}{NB}: ok"]
    assert main(["backup", "--db", str(tmp_path / "none.sqlite3"), *french]) == 1
    assert _said(capsys)[1] == [f"socialdesk backup: aucun fichier de données à {tmp_path / 'none.sqlite3'}"]


@pytest.mark.parametrize("rows, said", [
    (1, "1 publication importée de plan.csv"), (2, "2 publications importées de plan.csv"),
])
def test_import_counts_in_french(shop, tmp_path, french, rows, said, capsys):
    plan = tmp_path / "plan.csv"
    lines = [f"2026-12-0{day},09:00,instagram,planned,,,Pain {day},\n" for day in range(1, rows + 1)]
    plan.write_text(HEADER + "\n" + "".join(lines), encoding="utf-8")
    assert main(["import", "csv", str(plan), "--db", str(shop), *french]) == 0
    assert _said(capsys)[0] == [said]
    assert main(["import", "csv", str(plan), "--db", str(shop), *french]) == 0
    left = "1 inchangée" if rows == 1 else f"{rows} inchangées"  # the import window's word
    assert _said(capsys)[0] == [f"0 publication importée de plan.csv{NNB}; {left}"]


def test_a_refused_import_in_french(shop, tmp_path, french, capsys):
    plan = tmp_path / "plan.csv"
    plan.write_text(HEADER + "\n2026-13-01,09:00,instagram,planned,,,a,\n", encoding="utf-8")
    assert main(["import", "csv", str(plan), "--db", str(shop), *french]) == 2
    assert _said(capsys) == ([], [f"socialdesk import: 1 problème dans plan.csv, rien n'a été importé{NNB}; "
                                  f"ligne 2{NB}: la date '2026-13-01' n'est pas au format AAAA-MM-JJ (ou JJ/MM/AAAA)"])


def test_export_refusals_and_success_in_french(shop, tmp_path, french, capsys):
    out = tmp_path / "plan.csv"
    assert main(["export", "csv", "-o", str(out), "--db", str(shop), *french]) == 0
    assert _said(capsys)[0] == [str(out)]
    assert main(["export", "csv", "-o", str(out), "--db", str(shop), *french]) == 2
    assert _said(capsys)[1] == [f"socialdesk export: {out} existe déjà{NNB}; ajoutez --force pour le remplacer"]
    assert main(["export", "ics", "-o", str(tmp_path / "p.ics"), "--from", "2026-12-10", "--to", "2026-12-01",
                 "--db", str(shop), *french]) == 2
    assert _said(capsys)[1] == ["socialdesk export: --to est avant --from"]


def test_qr_in_french(tmp_path, french, capsys):
    assert main(["qr", "https://example.com", "-o", str(tmp_path / "code.txt"), *french]) == 2
    assert _said(capsys)[1] == [f"socialdesk qr: code.txt{NB}: le fichier de sortie doit finir par .png, .svg ou .pdf "
                                "(ou utilisez -o - avec --format)"]
    out = tmp_path / "code.svg"
    assert main(["qr", "https://bit.ly/abc", "-o", str(out), "--caption", "Menu", *french]) == 0
    said_out, said_err = _said(capsys)
    assert said_out == [str(out)]
    assert said_err == [f"socialdesk qr: attention{NB}: un raccourcisseur de liens peut expirer ou changer{NNB}; "
                        "préférez votre propre adresse"]


def test_print_cards_refusal_in_french(shop, tmp_path, french, capsys):
    assert main(["print-cards", "--template", "a6", "-o", str(tmp_path / "c.pdf"), "--db", str(shop), *french]) == 2
    assert _said(capsys)[1] == [f"socialdesk print-cards: aucune fiche n'est à imprimer{NNB}; cochez "
                                f"«{NB}imprimer une carte{NB}» dans l'onglet Présence locale"]


def test_argparse_refusals_and_help_in_french(french, capsys):
    with pytest.raises(SystemExit) as refused:
        main(["qr", "https://example.com", *french])
    assert refused.value.code == 2
    assert _said(capsys)[1] == [f"socialdesk qr: ces arguments sont obligatoires{NB}: -o/--output{NNB}; "
                                "voir socialdesk qr --help"]
    with pytest.raises(SystemExit) as refused:
        main(["print-cards", "-o", "c.pdf", "--template", "a5", *french])
    assert refused.value.code == 2
    assert _said(capsys)[1][0].startswith(f"socialdesk print-cards: argument --template{NB}: choix non valable")
    with pytest.raises(SystemExit) as done:
        main(["backup", "--help", *french])
    assert done.value.code == 0
    out = _said(capsys)[0]
    assert out[0].startswith(f"utilisation{NB}: socialdesk backup")
    assert any(line.split() == ["-h,", "--help", "afficher", "cette", "aide", "et", "quitter"] for line in out)


@pytest.mark.parametrize("environment", [
    {"LANG": "fr_FR.UTF-8", "LC_ALL": "C"}, {"LANG": "fr_FR.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"}, {},
])
def test_english_unless_french_is_asked_for(tmp_path, monkeypatch, environment, capsys):
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert main(["check", "--db", str(tmp_path / "none.sqlite3")]) == 1
    assert _said(capsys)[1] == [f"socialdesk check: no data file at {tmp_path / 'none.sqlite3'}"]
    assert main(["check", "--db", str(tmp_path / "none.sqlite3"), "--lang", "en"]) == 1
    assert _said(capsys)[1] == [f"socialdesk check: no data file at {tmp_path / 'none.sqlite3'}"]


def test_a_french_terminal_gets_french_from_the_installed_command(tmp_path):
    """The real process: environment only, one line, the same exit status."""
    done = subprocess.run([sys.executable, "-m", "socialdesk", "check", "--db", str(tmp_path / "none.sqlite3")],
                          capture_output=True, text=True, encoding="utf-8",
                          env={"LANG": "fr_FR.UTF-8", "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)})
    assert (done.returncode, done.stderr) == (1, f"socialdesk check: aucun fichier de données à {tmp_path / 'none.sqlite3'}\n")


def _backups_refused(monkeypatch, full: bool = False):
    """The backups folder refuses the copy (read-only, a stick locked; or its disk is full): make_backup's error."""
    from socialdesk.storage import backups
    from socialdesk.storage.errors import BackupWriteError, WriteProblem

    def refused(conn, db_path, *args, **kwargs):
        folder = backups.backup_dir_for(db_path)
        if full:
            raise BackupWriteError(WriteProblem.DISK_FULL, "full", folder) from OSError(28, "No space left on device")
        raise BackupWriteError(WriteProblem.READ_ONLY, "read-only", folder) from PermissionError(13, "Permission denied")

    monkeypatch.setattr(backups, "make_backup", refused)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_import_on_a_day_whose_backup_cannot_be_made_names_the_backups_folder_and_changes_nothing(
        shop, tmp_path, monkeypatch, capsys, lang):
    """Attack 33, F4: the command blamed the data file ("the data file or its folder cannot be written")."""
    import hashlib

    plan = tmp_path / "plan.csv"
    plan.write_text(HEADER + "\n2026-12-01,09:00,instagram,planned,,,Pain,\n", encoding="utf-8")
    before = hashlib.sha256(shop.read_bytes()).hexdigest()
    _backups_refused(monkeypatch)
    assert main(["import", "csv", str(plan), "--db", str(shop), "--lang", lang]) == 1
    out, err = _said(capsys)
    folder = tmp_path / "backups"
    assert out == [] and err == [{
        "en": f"socialdesk import: today's backup could not be made, so nothing was changed: the backups folder "
              f"{folder} cannot be written; no backup was left",
        "fr": f"socialdesk import: la sauvegarde du jour n'a pas pu être faite, rien n'a donc été modifié{NB}: le "
              f"dossier des sauvegardes {folder} n'est pas modifiable{NNB}; aucune sauvegarde n'a été laissée"}[lang]]
    assert hashlib.sha256(shop.read_bytes()).hexdigest() == before


def test_a_print_whose_backup_cannot_be_made_is_not_recorded_and_says_why(tmp_path, monkeypatch, capsys):
    from socialdesk.storage.demo import build_demo_file

    shop = tmp_path / "demo.sqlite3"
    build_demo_file(shop).close()
    _backups_refused(monkeypatch)
    out = tmp_path / "cards.pdf"
    code = main(["print-cards", "--db", str(shop), "--template", "a6", "-o", str(out)])
    err = _said(capsys)[1]
    assert code == 1 and out.exists(), err
    assert len(err) == 1 and "today's backup could not be made: the backups folder" in err[0], err


@pytest.mark.parametrize("command", [["import", "csv", "PLAN"], ["export", "csv", "-o", "OUT"]])
def test_an_upgrade_whose_backup_cannot_be_made_names_the_backups_folder(shop, tmp_path, monkeypatch, capsys, command):
    """Attack 33b, F5: the upgrade's refused backup was told as "the data file or its folder cannot be written"."""
    import hashlib

    plan = tmp_path / "plan.csv"
    plan.write_text(HEADER + "\n2026-12-01,09:00,instagram,planned,,,Pain,\n", encoding="utf-8")
    before_keys(shop)
    before = hashlib.sha256(shop.read_bytes()).hexdigest()
    _backups_refused(monkeypatch)
    argv = [{"PLAN": str(plan), "OUT": str(tmp_path / "out.csv")}.get(a, a) for a in command]
    assert main([*argv, "--db", str(shop)]) == 1
    err = _said(capsys)[1]
    assert len(err) == 1 and "must be upgraded once" in err[0] and f"the backups folder {tmp_path / 'backups'} " \
        "cannot be written" in err[0] and "the file was not changed" in err[0], err
    assert hashlib.sha256(shop.read_bytes()).hexdigest() == before


def test_a_full_disk_under_the_backups_folder_is_named(shop, tmp_path, monkeypatch, capsys):
    """Attack 33b, F1: "the disk is full" named no disk; the backups folder may be on another one."""
    plan = tmp_path / "plan.csv"
    plan.write_text(HEADER + "\n2026-12-01,09:00,instagram,planned,,,Pain,\n", encoding="utf-8")
    _backups_refused(monkeypatch, full=True)
    assert main(["import", "csv", str(plan), "--db", str(shop), "--lang", "fr"]) == 1
    assert _said(capsys)[1] == [
        f"socialdesk import: la sauvegarde du jour n'a pas pu être faite, rien n'a donc été modifié{NB}: le disque du "
        f"dossier des sauvegardes {tmp_path / 'backups'} est plein{NNB}; aucune sauvegarde n'a été laissée"]


def test_a_day_backup_that_went_beside_the_file_is_said_by_the_command(shop, tmp_path, capsys):
    """Attack 33b, F2: the chosen folder refused and a scheduled import said nothing (the window tells it)."""
    blocked = tmp_path / "NAS"
    blocked.write_text("a file where the folder was", encoding="utf-8")
    with sqlite3.connect(shop) as conn:  # as Preferences keeps it; an open here would make the day's backup
        conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('backup_folder', ?)", (f'"{blocked}"',))
    conn.close()
    plan = tmp_path / "plan.csv"
    plan.write_text(HEADER + "\n2026-12-01,09:00,instagram,planned,,,Pain,\n", encoding="utf-8")
    assert main(["import", "csv", str(plan), "--db", str(shop)]) == 0
    out, err = _said(capsys)
    assert out == ["1 post imported from plan.csv"]
    assert err == [f"socialdesk import: warning: the backup folder {blocked} is a file, not a folder; this backup "
                   "went beside the data file"]
    assert list((tmp_path / "backups").glob("shop-*-daily.sqlite3"))


@pytest.mark.parametrize("chosen_full, why", [(False, "is a file, not a folder"), (True, "is full")])
def test_when_the_chosen_folder_and_the_one_beside_both_refuse_both_are_named(shop, tmp_path, monkeypatch, capsys,
                                                                              chosen_full, why):
    """Attack 33c, F1: only the folder beside the data file was named; the one the owner chose (a full USB stick)
    was never mentioned."""
    import errno

    from socialdesk.storage import backups

    chosen = tmp_path / "Clé USB"
    if chosen_full:
        chosen.mkdir()
    else:
        chosen.write_text("a file where the folder was", encoding="utf-8")
    with sqlite3.connect(shop) as conn:
        conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('backup_folder', ?)", (f'"{chosen}"',))
    conn.close()

    def refused(conn, db_path, when, reason, folder, *args):
        if folder == chosen.resolve():
            raise OSError(errno.ENOSPC, "No space left on device", str(folder))
        raise PermissionError(errno.EACCES, "Permission denied", str(folder))

    monkeypatch.setattr(backups, "_make_backup", refused)
    assert main(["backup", "--db", str(shop)]) == 1
    assert _said(capsys)[1] == [
        f"socialdesk backup: could not write the backup: the backup folder {chosen} {why}, and beside the data file: "
        f"the backups folder {tmp_path / 'backups'} cannot be written; no backup was left"]


def test_the_window_names_the_chosen_folder_that_refused_first(qtbot, tmp_path):
    from socialdesk.storage.errors import BackupWriteError, WriteProblem
    from socialdesk.ui.common.backup_words import backup_problem_text

    error = BackupWriteError(WriteProblem.READ_ONLY, "denied", tmp_path / "backups", tmp_path / "NAS")
    text = backup_problem_text(error)
    assert text.startswith(f"The backup folder you chose ({tmp_path / 'NAS'}) could not take it") and "beside" in text
