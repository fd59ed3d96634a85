"""Files SocialDesk writes for the owner (exports, PDFs): never clobbered silently, private."""

import os
from pathlib import Path


class OutputExists(Exception):
    """The output file exists and overwriting was not asked for."""


def check_output(path: Path, force: bool) -> None:
    """Refuse to overwrite unless `force`; headless commands pass --force, dialogs ask."""
    if Path(path).exists() and not force:
        raise OutputExists(str(path))


def write_private(path: Path, data: bytes) -> None:
    """Write atomically with 0600 permissions: a crash leaves the old file or the new one."""
    path = Path(path)
    partial = path.with_name(f".{path.name}.partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    make_private(path)


def make_private(path: Path) -> None:
    if os.name == "posix":
        os.chmod(path, 0o600)
