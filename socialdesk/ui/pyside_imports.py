"""PySide6's import hook, told up front what it would otherwise read every module's source to learn.

Importing PySide6 replaces Python's `__import__` with one that, for each module imported afterwards,
reads the module's whole source (`inspect.getsource`) to see whether it names PySide6, and records
that module as a PySide user (feature set 0) or one to ignore (-1). The answer only matters to
modules that opt in to `from __feature__ import snake_case, true_property`; SocialDesk opts in
nowhere, and an opt-in is recorded by the `__feature__` import itself, not by this scan. The scan
cost about 19 ms of each start (some 150 modules load after PySide6 before the first paint;
bench/PROFILE.md). Every module is counted a PySide user without its source being read: feature
set 0, the default, is what every one of ours would get anyway.

If a PySide6 release renames the hook's helper, nothing is changed and nothing breaks: start-up is
only slower, and tests/bench/test_bench_feature_scan.py says so.
"""

import sys

import shiboken6  # noqa: F401 - installs the import hook (and `shibokensupport.feature`) this adjusts


def _uses_pyside(module) -> bool:
    return True


def skip_source_reads() -> bool:
    """Stop the hook reading sources; False if this PySide6 has no such helper to replace."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _uses_pyside
    return True
