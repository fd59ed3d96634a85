"""PySide6's import hook no longer reads the source of each module imported after it (see ui/pyside_imports)."""

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent("""
    import inspect, sys
    sys.path.insert(0, sys.argv[1])
    import socialdesk.ui  # noqa: F401
    read = []
    real = inspect.getsource
    inspect.getsource = lambda obj: read.append(obj) or real(obj)
    import plain_module, featured_module
    from PySide6.QtCore import QSize
    size = QSize(1, 2)
    size.setWidth(5)  # the default names, here and in plain_module
    assert plain_module.widen(QSize(1, 2)).width() == 7
    assert featured_module.widen(QSize(1, 2)).width() == 9  # snake_case, where a module asks for it
    print(len(read), sorted(m.__name__ for m in read if m.__name__.endswith("_module")))
""")


def _run(tmp_path, script: str) -> subprocess.CompletedProcess:
    (tmp_path / "plain_module.py").write_text(
        "def widen(size):\n    size.setWidth(7)\n    return size\n", encoding="utf-8")
    (tmp_path / "featured_module.py").write_text(
        "from __feature__ import snake_case  # noqa\n\n\ndef widen(size):\n    size.set_width(9)\n    return size\n",
        encoding="utf-8")
    return subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True, timeout=60,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})


def test_modules_imported_after_pyside_are_not_read_and_an_explicit_feature_still_works(tmp_path):
    run = _run(tmp_path, SCRIPT)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "0 []"  # PySide6 as shipped reads both new modules' sources, and more


def test_without_the_change_pyside_reads_them(tmp_path):
    """The hook this relies on is still there: a PySide6 that dropped it would make the first test pass for nothing."""
    run = _run(tmp_path, SCRIPT.replace("import socialdesk.ui  # noqa: F401", "import PySide6.QtCore"))
    assert run.returncode == 0, run.stderr
    assert run.stdout.split(maxsplit=1)[1].strip() == "['featured_module', 'plain_module']"
