"""Files SocialDesk writes for the owner (exports, PDFs): never clobbered silently, private."""

import os
from pathlib import Path


class OutputExists(Exception):
    """The output file exists and overwriting was not asked for."""


class OutputIsDataFile(Exception):
    """The output would replace the data file, one of its companions or a backup: never."""


_COMPANIONS = ("", "-wal", "-shm", "-journal", ".lock")


def check_output(path: Path, force: bool, data_file: Path | None = None) -> None:
    """Refuse to overwrite unless `force` (headless: --force; dialogs ask); never the data."""
    if data_file is not None and _belongs_to(Path(path), Path(data_file)):
        raise OutputIsDataFile(str(path))
    if Path(path).exists() and not force:
        raise OutputExists(str(path))


def _belongs_to(path: Path, data_file: Path) -> bool:
    target, data = path.expanduser().resolve(), data_file.expanduser().resolve()
    if target.parent == data.parent / "backups":
        return True
    return any(target == Path(str(data) + suffix) for suffix in _COMPANIONS)


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
