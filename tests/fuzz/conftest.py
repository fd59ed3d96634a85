"""Fuzz suite set-up: its helpers and the property runner importable, one real data file per session."""

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
for folder in (HERE, HERE.parent / "reliability"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))


@pytest.fixture(scope="session")
def fuzz_template(tmp_path_factory):
    """A real SocialDesk file (demo shop, posts, listings marked for print), copied into each example."""
    import world

    home = tmp_path_factory.mktemp("fuzz-home")
    with pytest.MonkeyPatch.context() as patch:  # never the real user's folders, even for the template
        for name in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME"):
            patch.setenv(name, str(home / name.lower()))
        patch.delenv("SOCIALDESK_DB", raising=False)
        return world.make_template(tmp_path_factory.mktemp("fuzz-template"))
