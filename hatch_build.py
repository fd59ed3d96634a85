"""Sdist and wheel build hook: in a git checkout, a file the archive would pack that git does not track stops the build."""

import os
import subprocess

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

# Control characters in a stray's name shown escaped, so the refusal stays one line.
_CONTROLS = {code: repr(chr(code))[1:-1] for code in (*range(32), 127)}


def _git(root: str, *args: str) -> str | None:
    try:
        done = subprocess.run(["git", "-C", root, *args], capture_output=True, text=True, timeout=60)
    except OSError:  # no git on this machine: nothing to compare with
        return None
    return done.stdout if done.returncode == 0 else None


def tracked_files(root: str) -> set[str] | None:
    """The files git tracks under `root`, or None when `root` is not the top of a git checkout (an unpacked sdist).
    Tracked means in git's index, as `git ls-files` says: a file staged with `git add` but not yet committed counts
    (adding it is a decision; committing comes next), a file never added does not."""
    top = _git(root, "rev-parse", "--show-toplevel")
    if top is None or os.path.normcase(os.path.realpath(top.strip())) != os.path.normcase(os.path.realpath(root)):
        return None
    listed = _git(root, "ls-files", "-z")
    return None if listed is None else {name for name in listed.split("\0") if name}


class TrackedSourcesOnly(BuildHookInterface):
    """A personal data file or a scratch note left in tests/data or the package must never ship, whether the sdist
    or the wheel is built from the checkout: commit it, ignore it or delete it."""

    PLUGIN_NAME = "custom"

    def initialize(self, version, build_data):
        if version == "editable":  # `pip install -e .` packs no file: it points at the checkout
            return
        tracked = tracked_files(self.root)
        if tracked is None:
            return
        selected = self.build_config.builder.recurse_selected_project_files()  # what include/exclude pick
        packed = (item.relative_path.replace(os.sep, "/") for item in selected)
        strays = sorted(name for name in packed if name not in tracked)
        if strays:
            raise RuntimeError(f"the {self.target_name} would pack files git does not track (commit, delete or "
                               ".gitignore them): " + ", ".join(name.translate(_CONTROLS) for name in strays))
