"""Skip marks for tests of POSIX-only things (FIFOs, SIGKILL, fcntl, /dev and /proc, Unix modes), absent on Windows."""

import os
import signal
import sys
from pathlib import Path

import pytest

# By what exists, not by name: the Windows CI job, and tests/foundation/test_foundation_windows_collect.py
# which removes these from a Linux Python to stand in for Windows' missing APIs.
POSIX = os.name == "posix" and hasattr(os, "fork") and hasattr(os, "geteuid")
HAS_FIFOS = hasattr(os, "mkfifo")
HAS_SIGKILL = hasattr(signal, "SIGKILL")
LINUX = POSIX and sys.platform.startswith("linux")  # /proc, RLIMIT_AS as Linux enforces it

needs_posix = pytest.mark.skipif(not POSIX, reason="POSIX only (fcntl, resource, /proc, signals, fork)")
needs_fifos = pytest.mark.skipif(not HAS_FIFOS, reason="no named pipes (FIFOs) on this system")
needs_sigkill = pytest.mark.skipif(not HAS_SIGKILL, reason="no SIGKILL on this system")
needs_unix_modes = pytest.mark.skipif(not POSIX,
                                      reason="Unix permission bits (a folder's chmod has no effect on Windows)")
needs_symlinks = pytest.mark.skipif(not POSIX, reason="symlinks need Developer Mode or admin rights on Windows")
needs_dev_files = pytest.mark.skipif(not (POSIX and Path("/dev/full").exists()),
                                     reason="no /dev/full (macOS, Windows) or /dev/zero")


def is_root() -> bool:
    """Whether the tests run as root (never on Windows, which has no geteuid)."""
    return POSIX and os.geteuid() == 0


def made_symlink(link: Path, target: Path) -> bool:
    """Make `link` point at `target`; on Windows without the right to make links (no Developer Mode), say False."""
    try:
        link.symlink_to(target)
    except OSError:
        if os.name == "posix":
            raise
        return False
    return True


def dev_full_marked(values: list) -> list:
    """Parametrize values; those writing to /dev/full are skipped where it does not exist (macOS, Windows)."""
    def marked(value):
        return pytest.param(*value if isinstance(value, tuple) else (value,), marks=needs_dev_files)
    return [marked(value) if "/dev/full" in str(value) else value for value in values]
