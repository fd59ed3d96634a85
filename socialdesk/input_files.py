"""Files the owner points at, read whole only when they are regular files under a size limit."""

import os
import stat
from enum import Enum
from pathlib import Path

MB = 1024 * 1024


class InputProblem(str, Enum):
    UNREADABLE = "unreadable"  # missing, no permission, an I/O error
    NOT_A_FILE = "not_a_file"  # a folder, a pipe (FIFO), a device such as /dev/zero
    TOO_BIG = "too_big"


class InputRefused(Exception):
    """Why a file was not read; `limit` is the size limit in bytes, `detail` the system's words (for the log),
    `cause` the system's refusal, to be told in our words (socialdesk.os_words)."""

    def __init__(self, problem: InputProblem, limit: int, detail: str = "", cause: OSError | None = None):
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem, self.limit, self.detail, self.cause = problem, limit, detail, cause


def size_words(limit: int) -> str:
    """'50 MB', '20 MB', '512 KB': the limit as a person says it."""
    if limit >= MB:
        return f"{limit / MB:g} MB"
    return f"{limit / 1024:g} KB" if limit >= 1024 else f"{limit} bytes"


def _regular(mode: int, limit: int) -> None:
    if not stat.S_ISREG(mode):
        raise InputRefused(InputProblem.NOT_A_FILE, limit)


def read_bounded(path: Path | str, limit: int) -> bytes:
    """The file's bytes, or InputRefused: never more than limit + 1 bytes are read, nothing but a regular file."""
    try:
        _regular(os.stat(path).st_mode, limit)
        # O_NONBLOCK: a FIFO swapped in after the check must not block the open waiting for a writer.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as error:
        raise InputRefused(InputProblem.UNREADABLE, limit, str(error), error) from None
    with os.fdopen(fd, "rb", buffering=0) as stream:
        try:
            info = os.fstat(fd)
            _regular(info.st_mode, limit)
            if info.st_size > limit:
                raise InputRefused(InputProblem.TOO_BIG, limit)
            data = _read_at_most(stream, limit + 1)
        except OSError as error:
            raise InputRefused(InputProblem.UNREADABLE, limit, str(error), error) from None
    if len(data) > limit:  # the file grew after fstat, or the system reports no size
        raise InputRefused(InputProblem.TOO_BIG, limit)
    return data


def _read_at_most(stream, count: int) -> bytes:
    chunks, left = [], count
    while left > 0:
        chunk = stream.read(min(left, MB))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)
