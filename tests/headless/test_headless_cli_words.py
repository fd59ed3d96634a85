"""What the commands say: the path as typed, singular and plural, and `--lang` before or after the command."""

import pytest

from socialdesk.app import main as app_main
from socialdesk.cli import main
from socialdesk.storage.opening import open_store
from tests.posix_only import needs_symlinks

HEADER = "date,time,networks,status,pillar,about,text,notes"


@pytest.fixture
def shop(tmp_path):
    path = tmp_path / "shop.sqlite3"
    open_store(path).close()
    return path


@pytest.mark.parametrize("output", [".", "..", "cards", "out/"])
def test_print_cards_names_the_output_as_typed(shop, output, capsys):
    assert main(["print-cards", "--template", "a6", "-o", output, "--db", str(shop)]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"socialdesk print-cards: {output}: the output must end in .pdf (or use -o - for standard output)"]


@pytest.mark.parametrize("rows, said", [
    (1, "1 post imported from plan.csv"), (2, "2 posts imported from plan.csv"),
])
def test_the_import_count_is_singular_or_plural(shop, tmp_path, rows, said, capsys):
    plan = tmp_path / "plan.csv"
    lines = [f"2026-12-0{day},09:00,instagram,planned,,,Pain {day},\n" for day in range(1, rows + 1)]
    plan.write_text(HEADER + "\n" + "".join(lines), encoding="utf-8")
    assert main(["import", "csv", str(plan), "--db", str(shop)]) == 0
    assert capsys.readouterr().out.splitlines() == [said]
    assert main(["import", "csv", str(plan), "--db", str(shop)]) == 0
    left_out = f"{rows} unchanged"  # the word the import window uses
    assert capsys.readouterr().out.splitlines() == [f"0 posts imported from plan.csv; {left_out}"]


def test_one_refused_problem_is_said_once_on_stderr(shop, tmp_path, capsys):
    plan = tmp_path / "plan.csv"
    plan.write_text(HEADER + "\n2026-13-01,09:00,instagram,planned,,,a,\n", encoding="utf-8")
    assert main(["import", "csv", str(plan), "--db", str(shop)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == ["socialdesk import: 1 problem in plan.csv, nothing was imported; "
                                "line 2: date '2026-13-01' is not YYYY-MM-DD (or DD/MM/YYYY)"]


@pytest.mark.parametrize("argv", [
    ["--lang", "fr", "check"], ["check", "--lang", "fr"], ["--lang=en", "check"], ["check", "--lang=fr"],
])
def test_lang_is_taken_before_or_after_the_command(shop, argv, capsys):
    assert app_main([*argv, "--db", str(shop)]) == 0
    french = any(arg.endswith("fr") for arg in argv)  # and it is obeyed: French puts a no-break space before ':'
    assert capsys.readouterr().out.splitlines() == [f"{shop}\u00a0: ok" if french else f"{shop}: ok"]


@pytest.mark.parametrize("argv", [
    ["export", "csv", "-o", "-", "--lang", "fr"], ["export", "--lang", "fr", "csv", "-o", "-"],
    ["import", "csv", "--lang", "en", "plan.csv"],
])
def test_lang_is_taken_after_nested_commands(argv, shop, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plan.csv").write_text(HEADER + "\n2026-12-01,09:00,instagram,planned,,,a,\n", encoding="utf-8")
    assert main([*argv, "--db", str(shop)]) == 0
    assert capsys.readouterr().err == ""


def test_an_unknown_language_after_the_command_is_one_line(shop, capsys):
    with pytest.raises(SystemExit) as leaving:
        main(["check", "--lang", "de", "--db", str(shop)])
    assert leaving.value.code == 2
    assert capsys.readouterr().err.splitlines() == [
        "socialdesk check: argument --lang: invalid choice: 'de' (choose from 'en', 'fr'); see socialdesk check --help"]


@needs_symlinks
@pytest.mark.parametrize("lang, said", [
    ("en", "socialdesk import: the data file's link leads nowhere (a disk or USB stick not connected?); nothing was "
           "created"),
    ("fr", "socialdesk import: le lien du fichier de données ne mène nulle part (un disque ou une clé USB non "
           "branché\u202f?)\u202f; rien n'a été créé"),
])
def test_a_link_to_an_unplugged_stick_is_said_in_plain_words(tmp_path, lang, said, capsys):
    """« USB key » is French English: the English line says « USB stick », the French one keeps « clé USB »."""
    link = tmp_path / "shop.sqlite3"
    link.symlink_to(tmp_path / "stick" / "shop.sqlite3")
    plan = tmp_path / "plan.csv"
    plan.write_text(HEADER + "\n2026-12-01,09:00,instagram,planned,,,Pain,\n", encoding="utf-8")
    assert main(["--lang", lang, "import", "csv", str(plan), "--db", str(link)]) == 1
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(said) and line.endswith(str(link))  # the path follows the sentence
