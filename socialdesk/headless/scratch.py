"""Private scratch folders for a command, named by its process: a killed run's folder is removed by the next run."""

import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: alive, not ours to judge
        return True
    return True


def remove_stale(prefix: str, where: Path | None = None) -> None:
    """Our scratch folders left by runs that were killed (their process is gone), ours only."""
    where = Path(where or tempfile.gettempdir())
    for folder in where.glob(f"{prefix}*"):
        pid = folder.name[len(prefix):].split("-", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)) and folder.is_dir() \
                and not folder.is_symlink() and folder.stat().st_uid == os.getuid():
            shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def scratch_folder(prefix: str):
    """A private folder, removed on the way out; the stale ones of killed runs are removed first."""
    remove_stale(prefix)
    with tempfile.TemporaryDirectory(prefix=f"{prefix}{os.getpid()}-") as folder:
        yield Path(folder)
