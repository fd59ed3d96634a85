"""Standard output and error for the commands: closed, full or cut pipes end in one line, never a traceback."""

import os
import sys

# Line breaks and other control characters from the user's arguments, shown escaped (\n, \x1b…).
_CONTROLS = {code: repr(chr(code))[1:-1] for code in (*range(32), 127, 0x85, 0x2028, 0x2029)}


def one_line(text: str) -> str:
    """`text` with every control character escaped: it can neither break the line nor drive the terminal."""
    return text.translate(_CONTROLS)


def silence(stream) -> None:
    """Point a stream that failed at the null device, so that nothing it still holds fails again at exit."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(null, stream.fileno())
        finally:
            os.close(null)
    except (AttributeError, OSError, ValueError):  # closed, or no file behind it (a test's capture)
        pass


class OneLineStderr:
    """stderr for the commands: each message stays on its one line whatever file names it quotes, and a
    stderr that is closed or cannot be written (2>&-, 2>/dev/full) changes nothing else, not even the exit status."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text: str) -> int:  # print() writes the message, then its "\n" on its own
        if self._stream is None:
            return len(text)
        try:
            return self._stream.write(text if text == "\n" else one_line(text))
        except (OSError, ValueError):
            silence(self._stream)
            return len(text)

    def flush(self) -> None:
        try:
            if self._stream is not None:
                self._stream.flush()
        except (OSError, ValueError):
            silence(self._stream)

    def __getattr__(self, name):
        return getattr(self._stream, name)


def write_stdout(data: bytes, command: str) -> bool:
    """`-o -`: the bytes on standard output; False after one line on stderr if it is closed or refuses them."""
    out = getattr(sys.stdout, "buffer", None)
    if out is None:
        print(f"socialdesk {command}: standard output is closed; nothing was written", file=sys.stderr)
        return False
    try:
        out.write(data)
        out.flush()
    except (OSError, ValueError) as error:
        silence(sys.stdout)
        reason = getattr(error, "strerror", None) or "it is closed"
        print(f"socialdesk {command}: could not write to standard output: {reason}", file=sys.stderr)
        return False
    return True


def flush_stdout(command: str) -> bool:
    """What a command printed reached standard output; False after one line on stderr (stdout is /dev/full)."""
    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except (OSError, ValueError) as error:
        silence(sys.stdout)
        reason = getattr(error, "strerror", None) or "it is closed"
        print(f"socialdesk {command}: could not write to standard output: {reason}", file=sys.stderr)
        return False
    return True
