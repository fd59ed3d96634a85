"""The command line's parser, for the window's options and the headless commands alike: bad arguments are refused
in one line on stderr (exit 2), and --help and --version go to stdout as the product they are."""

import argparse
import sys

from socialdesk.headless.exits import EXIT_FAILED, EXIT_REFUSED
from socialdesk.headless.language import _
from socialdesk.headless.streams import OneLineStderr, write_product


class OneLineParser(argparse.ArgumentParser):
    """argparse that refuses bad arguments in ONE line on stderr (exit 2), not usage + error."""

    def error(self, message: str):
        print(_("{prog}: {message}; see {prog} --help").format(prog=self.prog, message=message),
              file=OneLineStderr(sys.stderr))
        self.exit(EXIT_REFUSED)

    def _print_message(self, message, file=None):
        """--help and --version: the text is the product, so a closed or full stdout is one line and exit 1."""
        if message and (file is None or file is sys.stdout):  # None: argparse's own stand-in for a closed stdout
            encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
            if not write_product(message.encode(encoding, "replace"), self.prog):
                self.exit(EXIT_FAILED)
            return
        super()._print_message(message, file)
