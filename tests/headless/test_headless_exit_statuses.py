"""Exit statuses and the refusal live in one module that the command line and every command import."""

import ast
from pathlib import Path

import socialdesk
from socialdesk.headless import exits

PACKAGE = Path(socialdesk.__file__).parent
COMMAND_LINE = [PACKAGE / "cli.py", *sorted((PACKAGE / "headless").glob("*.py"))]


def _defined(tree: ast.Module) -> set[str]:
    names = {node.name for node in tree.body if isinstance(node, ast.ClassDef)}
    for node in tree.body:
        if isinstance(node, ast.Assign):
            for target in node.targets:
                names.update(n.id for n in ast.walk(target) if isinstance(n, ast.Name))
    return names


def test_the_statuses_and_refused_are_defined_once():
    wanted = {"EXIT_OK", "EXIT_FAILED", "EXIT_REFUSED", "Refused"}
    where = {str(path.relative_to(PACKAGE)): sorted(_defined(ast.parse(path.read_text(encoding="utf-8"))) & wanted)
             for path in sorted(PACKAGE.rglob("*.py"))}
    assert {name: found for name, found in where.items() if found} == {"headless/exits.py": sorted(wanted)}
    assert (exits.EXIT_OK, exits.EXIT_FAILED, exits.EXIT_REFUSED) == (0, 1, 2)


def test_no_command_takes_them_from_the_command_line_module():
    """headless -> cli would be a cycle (cli imports each command when it runs it)."""
    taken = []
    for path in COMMAND_LINE[1:]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "socialdesk.cli":
                taken.append(path.name)
    assert taken == []


def test_a_data_file_that_fails_a_read_is_one_line_and_exit_1(tmp_path, capsys):
    import sqlite3

    from socialdesk.cli import main
    from socialdesk.storage import open_store

    path = tmp_path / "shop.sqlite3"
    open_store(path).close()
    other = sqlite3.connect(path)
    other.execute("DROP TABLE posts")  # passes quick_check: only the first read finds it gone
    other.commit()
    other.close()
    assert main(["export", "csv", "--db", str(path), "-o", str(tmp_path / "plan.csv")]) == exits.EXIT_FAILED
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "could not be read or written: no such table: posts" in err
    assert not (tmp_path / "plan.csv").exists()


def test_print_cards_offers_every_card_template_and_only_those(capsys):
    import pytest

    from socialdesk.cli import main
    from socialdesk.domain.card_template import CardTemplate

    with pytest.raises(SystemExit) as leaving:
        main(["print-cards", "--template", "poster", "-o", "x.pdf"])
    assert leaving.value.code == 2
    said = capsys.readouterr().err
    assert all(template.value in said for template in CardTemplate)
