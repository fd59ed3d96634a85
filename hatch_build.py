"""Sdist build hook: in a git checkout, a file the sdist would pack that git does not track stops the build."""

import os
import subprocess

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _git(root: str, *args: str) -> str | None:
    try:
        done = subprocess.run(["git", "-C", root, *args], capture_output=True, text=True, timeout=60)
    except OSError:  # no git on this machine: nothing to compare with
        return None
    return done.stdout if done.returncode == 0 else None


def tracked_files(root: str) -> set[str] | None:
    """The files git tracks under `root`, or None when `root` is not the top of a git checkout (an unpacked sdist)."""
    top = _git(root, "rev-parse", "--show-toplevel")
    if top is None or os.path.normcase(os.path.realpath(top.strip())) != os.path.normcase(os.path.realpath(root)):
        return None
    listed = _git(root, "ls-files", "-z")
    return None if listed is None else {name for name in listed.split("\0") if name}


class TrackedSourcesOnly(BuildHookInterface):
    """A personal data file or a scratch note left in tests/data must never ship: commit it, ignore it or delete it."""

    PLUGIN_NAME = "custom"

    def initialize(self, version, build_data):
        tracked = tracked_files(self.root)
        if tracked is None:
            return
        selected = self.build_config.builder.recurse_selected_project_files()  # what include/exclude pick
        packed = (item.relative_path.replace(os.sep, "/") for item in selected)
        strays = sorted(name for name in packed if name not in tracked)
        if strays:
            raise RuntimeError("the sdist would pack files git does not track (commit, delete or .gitignore them): "
                               + ", ".join(strays))
