"""Domain and storage never pull in Qt; headless commands that do not draw stay Qt-free."""

import subprocess
import sys

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
