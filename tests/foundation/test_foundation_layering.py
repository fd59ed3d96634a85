"""Domain, storage and QR never pull in Qt, and import one way; headless commands that do not draw stay Qt-free."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest


def _loads_pyside(code: str) -> bool:
    probe = f"import sys\n{code}\nprint('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return out.stdout.strip().splitlines()[-1] == "True"


@pytest.mark.parametrize(
    "code",
    [
        "import socialdesk.domain, socialdesk.storage",
        "import socialdesk.storage.opening, socialdesk.storage.backups, socialdesk.storage.migrations",
        "from socialdesk.storage import Store; s = Store.in_memory(); s.settings.get('language'); s.shop.get()",
        "import socialdesk.cli, socialdesk.app, socialdesk.paths, socialdesk.export_files",
    ],
)
def test_lower_layers_do_not_import_qt(code):
    assert not _loads_pyside(code)


def test_check_command_runs_without_qt(tmp_path):
    code = (
        "from socialdesk.storage import open_store\n"
        f"open_store(__import__('pathlib').Path({str(tmp_path / 'x.sqlite3')!r})).close()\n"
        "from socialdesk.cli import main\n"
        f"main(['check', '--db', {str(tmp_path / 'x.sqlite3')!r}])"
    )
    assert not _loads_pyside(code)


_IMPORT_ALL = """
import pkgutil, sys, importlib
extra = {extra!r}
for name in {packages!r}:
    package = importlib.import_module(name)
    if extra:
        package.__path__.append(extra)
    for module in pkgutil.walk_packages(package.__path__, name + "."):
        importlib.import_module(module.name)
print(len(sys.modules), 'PySide6' in sys.modules)
"""
_LOWER = ["socialdesk.domain", "socialdesk.storage", "socialdesk.qr"]


def _every_module_loads_pyside(packages: list[str], extra: str = "") -> bool:
    probe = _IMPORT_ALL.format(packages=packages, extra=extra)
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return out.stdout.split()[-1] == "True"


def test_no_module_of_domain_storage_or_qr_imports_qt():
    assert not _every_module_loads_pyside(_LOWER)


def test_the_probe_sees_a_domain_module_that_imports_qt(tmp_path):
    (tmp_path / "zz_probe_widget.py").write_text('"""A module that should never be."""\nimport PySide6.QtCore\n')
    assert _every_module_loads_pyside(["socialdesk.domain"], str(tmp_path))


PACKAGE = Path(__file__).resolve().parents[2] / "socialdesk"
FORBIDDEN = {
    "domain": ("socialdesk.storage", "socialdesk.qr", "socialdesk.ui", "socialdesk.headless", "socialdesk.paths",
               "PySide6"),
    "storage": ("socialdesk.ui", "socialdesk.headless", "PySide6"),
    "qr": ("socialdesk.ui", "socialdesk.headless", "socialdesk.storage", "PySide6"),
}


def _imported(path: Path) -> set[str]:
    """Every module a file imports, at the top or inside a function (lazy imports count too)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_imports_go_one_way(layer):
    wrong = {
        str(path.relative_to(PACKAGE)): sorted(n for n in _imported(path) if n.startswith(FORBIDDEN[layer]))
        for path in sorted((PACKAGE / layer).rglob("*.py"))
    }
    assert {module: names for module, names in wrong.items() if names} == {}


def test_the_domain_reads_no_file():
    """Files are storage's business: the domain gets what they hold passed in."""
    reads = []
    for path in sorted((PACKAGE / "domain").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            called = node.func if isinstance(node, ast.Call) else None
            name = getattr(called, "attr", None) or getattr(called, "id", None)
            if name in ("open", "read_text", "read_bytes", "write_text", "write_bytes"):
                reads.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {name}")
    assert reads == []


# What the command line may take from the window's code: only the drawing of PDFs, the fonts it draws with (to
# warn of letters they lack) and the reading of the pages drawn, at a home printer's 150 dpi, before they are written.
DRAWING = {"socialdesk.ui.printing.cards", "socialdesk.ui.printing.output", "socialdesk.ui.presence.qr_export",
           "socialdesk.ui.printing.page_check", "socialdesk.ui.printing.glyphs", "socialdesk.ui.presence.qr_paint"}


def test_the_command_line_takes_only_drawing_from_the_window():
    taken = {name for path in [PACKAGE / "cli.py", *(PACKAGE / "headless").rglob("*.py")] for name in _imported(path)
             if name.startswith("socialdesk.ui")}
    assert taken - DRAWING == set()
