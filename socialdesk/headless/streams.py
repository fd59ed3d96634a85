"""Standard output and error for the commands: closed, full or cut pipes end in one line, never a traceback."""

import errno
import os
import sys

from socialdesk.headless.language import N_, _
from socialdesk.headless.os_words import os_reason

STDOUT_CLOSED = N_("standard output is closed; nothing was written")  # the same sentences as headless.messages,
STDOUT_FAILED = N_("could not write to standard output: {reason}")  # which `qr` does not load (it imports storage)

# Line breaks and other control characters from the user's arguments, shown escaped (\n, \x1b…), and the
# bidirectional controls (marks, embeddings, overrides, isolates) that would show a name reversed (\u202e…).
_BIDI = (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
_CONTROLS = {code: repr(chr(code))[1:-1] for code in (*range(32), 127, 0x85, 0x2028, 0x2029, *_BIDI)}


def one_line(text: str) -> str:
    """`text` with every control character escaped: it can neither break the line nor drive the terminal."""
    return text.translate(_CONTROLS)


def say(text: str) -> None:
    """One line on standard output, escaped as stderr's are: a file name cannot forge a second line."""
    print(one_line(text))


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
    return write_product(data, f"socialdesk {command}")


def write_product(data: bytes, who: str) -> bool:
    """Bytes that ARE the product (`-o -`, --help, --version): False after one line on stderr if stdout refuses them."""
    out = getattr(sys.stdout, "buffer", None)
    if out is None:
        print(f"{who}: {_(STDOUT_CLOSED)}", file=sys.stderr)
        return False
    try:
        out.write(data)
        out.flush()
    except (OSError, ValueError) as error:
        silence(sys.stdout)
        reason = os_reason(error) if getattr(error, "errno", None) else _("it is closed")  # our words, not strerror
        print(f"{who}: " + _(STDOUT_FAILED).format(reason=reason), file=sys.stderr)
        return False
    return True


# What a command that ends with 0 has done: said when its summary line could not be printed.
DONE = {
    "import": N_("the import is saved"), "backup": N_("the backup is made"), "check": N_("the check is done"),
    "export": N_("the file is written"), "qr": N_("the code is written"), "print-cards": N_("the cards are written"),
}


class SummaryStdout:
    """stdout for a command's summary: what is printed is kept, and a closed or full stdout never raises,
    since the work is done by the time the summary is printed (`say_unprinted_summary` tells it on stderr)."""

    def __init__(self, stream):
        self._stream = stream
        self._said: list[str] = []
        self.failure = N_("standard output is closed") if stream is None else None  # said in the command's language

    def write(self, text: str) -> int:
        self._said.append(text)
        if self.failure is None:
            try:
                self._stream.write(text)
            except (OSError, ValueError) as error:
                self._fail(error)
        return len(text)

    def flush(self) -> None:
        if self.failure is None:
            try:
                self._stream.flush()
            except (OSError, ValueError) as error:
                self._fail(error)

    def _fail(self, error: Exception) -> None:
        silence(self._stream)
        if getattr(error, "errno", None) == errno.ENOSPC:
            self.failure = _("no space left on standard output")
        else:
            reason = os_reason(error) if getattr(error, "errno", None) else _("it is closed")
            self.failure = _("standard output cannot be written: {reason}").format(reason=reason)

    def unprinted(self) -> str:
        """The summary that did not reach standard output, on one line; empty if it did (or there was none)."""
        self.flush()
        return "; ".join(line for line in "".join(self._said).splitlines() if line) if self.failure else ""

    def __getattr__(self, name):  # buffer, fileno, encoding… of the stream behind (AttributeError when closed)
        return getattr(self._stream, name)


def say_unprinted_summary(command: str) -> None:
    """The work is done (exit 0): a summary that stdout did not take is said on stderr, as done, with its words."""
    out = sys.stdout
    summary = out.unprinted() if isinstance(out, SummaryStdout) else ""
    if summary:
        done = _(DONE[command]) if command in DONE else _("done")
        print(f"socialdesk {command}: " + _("{done}; its summary could not be printed ({failure}): {summary}").format(
            done=done, failure=_(out.failure), summary=summary), file=sys.stderr)
