"""Shared test set-up: offscreen Qt, a private data folder, fresh stores per test."""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

from socialdesk.storage import Store, open_store  # noqa: E402

# In CI (CI=true) property tests draw the same examples every run, so a submission's result
# does not depend on luck; on developers' machines they keep exploring new ones.
settings.register_profile("ci", derandomize=True)
# `make test-explore` (--hypothesis-profile=explore --hypothesis-seed=N): a new seed, more examples.
settings.register_profile("explore", derandomize=False, max_examples=500)
if os.environ.get("CI"):
    settings.load_profile("ci")
EXPLORE_FACTOR = int(os.environ.get("HYPOTHESIS_EXPLORE_FACTOR", "5"))


@pytest.fixture(scope="session")
def qapp_args(pytestconfig):
    """The tests' QApplication is made as the app's is: Fusion, whatever the desktop's style."""
    from socialdesk.ui.theme.style import QT_ARGUMENTS

    return [pytestconfig.getini("qt_qapp_name"), *QT_ARGUMENTS]


def pytest_collection_modifyitems(config, items):
    """Under the explore profile, properties with their own max_examples run EXPLORE_FACTOR times more."""
    if settings.get_current_profile_name() != "explore":
        return
    for test in {id(item.obj): item.obj for item in items if hasattr(item, "obj")}.values():
        chosen = getattr(test, "_hypothesis_internal_use_settings", None)
        if chosen is not None:
            test._hypothesis_internal_use_settings = settings(
                chosen, max_examples=chosen.max_examples * EXPLORE_FACTOR, derandomize=False)


@pytest.fixture(autouse=True)
def _english_again_after_each_test():
    """A test that switches the interface to French never leaves it French for the tests after it."""
    yield
    core = sys.modules.get("PySide6.QtCore")
    if core is None or core.QCoreApplication.instance() is None:
        return
    if core.QLocale().language() == core.QLocale.Language.French:
        from socialdesk.ui.i18n import install_translators

        install_translators("en")


@pytest.fixture(autouse=True)
def _private_user_dirs(tmp_path_factory, monkeypatch):
    """Never touch the real user's data or log folders, and never the real data file."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("SOCIALDESK_DB", raising=False)
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):  # the command line speaks the locale's language:
        monkeypatch.delenv(variable, raising=False)  # English here on every machine unless a test says otherwise
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.fixture
def store():
    """A migrated in-memory store."""
    memory = Store.in_memory()
    yield memory
    memory.close()


@pytest.fixture
def file_store(tmp_path):
    """A migrated store on a real file (WAL, locks, backups beside it)."""
    opened = open_store(tmp_path / "shop.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def bus(qtbot):
    from socialdesk.ui.common.bus import DataBus

    return DataBus()


@pytest.fixture
def controller(qtbot):
    """The application controller with no data file yet; closed after the test."""
    from socialdesk.ui import application

    application.make_application()
    made = application.AppController("en")
    yield made
    if made.window is not None:
        made.window.close()
    if made.store is not None:
        made.store.close()


@pytest.fixture
def demo_window(qtbot, tmp_path):
    """`open(language, size, prepare)`: the demo file of 7 December 2026 opened as the owner opens a file (the
    AppController, a clock fixed at 9:00 that day), its window shown at `size`; `prepare(store)` changes the file
    before it opens. The window and its file are closed after the test, and the interface is English again."""
    from datetime import date, datetime

    from socialdesk.domain.clock import fixed_clock
    from socialdesk.storage.demo import build_demo_file
    from socialdesk.ui import application
    from socialdesk.ui.i18n import install_translators

    opened = []

    def open_demo(language: str = "en", size: tuple[int, int] = (1366, 768), prepare=None):
        path = tmp_path / "demo.sqlite3"
        store = build_demo_file(path, date(2026, 12, 7), language)
        try:
            if prepare is not None:
                prepare(store)
        finally:
            store.close()
        application.make_application()
        install_translators(language)
        controller = application.AppController(language, clock=fixed_clock(datetime(2026, 12, 7, 9, 0)))
        opened.append(controller)
        assert controller.open(path)
        window = controller.window
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield open_demo
    for controller in opened:
        if controller.window is not None:
            controller.window.close()
        if controller.store is not None:
            controller.store.close()
    install_translators("en")
