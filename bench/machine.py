"""What the benchmarks ran on: CPU, cores, memory, Python, Qt, SQLite, OS and the load."""

import os
import platform
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path


def _first(path: str, prefix: str) -> str:
    try:
        for line in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith(prefix):
                return line.split(":", 1)[1].strip() if ":" in line else line.split("=", 1)[1].strip('" ')
    except OSError:
        pass
    return "unknown"


def _qt_versions() -> str:
    code = "import PySide6, PySide6.QtCore as c; print(PySide6.__version__, c.qVersion())"
    try:
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30).stdout.split()
        return f"PySide6 {out[0]} (Qt {out[1]})"
    except (OSError, IndexError, subprocess.SubprocessError):
        return "unknown"


def filesystem(path: Path) -> str:
    """The file system holding `path` (from /proc/mounts): where the benchmarks' commits fsync."""
    best = ("", "unknown", "unknown")
    try:
        for line in Path("/proc/mounts").read_text(encoding="utf-8").splitlines():
            device, mount, kind = line.split()[:3]
            if str(path.resolve()).startswith(mount) and len(mount) > len(best[0]):
                best = (mount, kind, device)
    except (OSError, ValueError):
        pass
    return f"{best[1]} on {best[2]} (mounted at {best[0] or '?'})"


def describe() -> dict[str, str]:
    memory_kib = _first("/proc/meminfo", "MemTotal").split()[0]
    ram = f"{int(memory_kib) / 1024 / 1024:.1f} GiB" if memory_kib.isdigit() else "unknown"
    return {
        "CPU": _first("/proc/cpuinfo", "model name"),
        "Cores": str(os.cpu_count()),
        "RAM": ram,
        "OS": f"{_first('/etc/os-release', 'PRETTY_NAME=')}, kernel {platform.release()}",
        "Python": platform.python_version(),
        "Qt": _qt_versions(),
        "SQLite": sqlite3.sqlite_version,
        "Qt platform": os.environ.get("QT_QPA_PLATFORM", "(default)"),
        "Data copies (temp folder)": filesystem(Path(tempfile.gettempdir())),
    }


def source_state(root: Path) -> str:
    """The commit measured, and how many tracked files differed from it (others' work in progress)."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True,
                              text=True, timeout=30).stdout.strip()
        changed = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=root,
                                 capture_output=True, text=True, timeout=30).stdout.splitlines()
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return f"commit {head or 'unknown'}" + (f", with {len(changed)} tracked files changed in the working tree"
                                             if changed else ", clean working tree")


def load_average() -> str:
    try:
        return " ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "unknown"
