"""Composition root: reads the command line, then runs a headless command or the window."""

import argparse
import gc
import sys

from socialdesk import __version__

HEADLESS_COMMANDS = ("qr", "export", "import", "print-cards", "backup", "check")


def gui_argument_parser() -> argparse.ArgumentParser:
    """The window's options; its words (and argparse's) in the language `speaking()` chose."""
    from socialdesk.headless.parser import OneLineParser  # bad arguments: one line on stderr, exit 2
    from socialdesk.headless.language import _

    parser = OneLineParser(
        prog="socialdesk",
        description=_("Plan a small shop's social media and keep its local listings right, offline. "
                      "Headless commands: {commands} (socialdesk COMMAND --help).").format(
            commands=", ".join(HEADLESS_COMMANDS)),
    )
    parser.add_argument("--db", metavar="PATH",
                        help=_("data file to open (default: SOCIALDESK_DB or the user data folder)"))
    parser.add_argument("--demo", action="store_true", help=_("open a throw-away copy of a sample bakery"))
    parser.add_argument("--lang", choices=("en", "fr"), help=_("language of the interface"))
    parser.add_argument("--self-test", action="store_true", help=_("build every tab offscreen, check QR and PDF, exit"))
    parser.add_argument("--version", action="version", version=f"SocialDesk {__version__}",
                        help=_("show program's version number and exit"))
    return parser


def _headless(argv: list[str]) -> bool:
    """A headless command, perhaps after `--lang xx` (`socialdesk --lang fr export csv …`)."""
    if argv[:1] == ["--lang"]:
        argv = argv[2:]
    elif argv[:1] and argv[0].startswith("--lang="):
        argv = argv[1:]
    return bool(argv) and argv[0] in HEADLESS_COMMANDS


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if _headless(argv):
        from socialdesk.cli import main as cli_main

        return cli_main(argv)
    from socialdesk.headless.language import lang_option, speaking

    with speaking(lang_option(argv)):  # --help and refused options: --lang, else the environment's language
        args = gui_argument_parser().parse_args(argv)
    if args.self_test:
        from socialdesk.ui.self_test import run_self_test

        return run_self_test(args)
    # The window's start makes some 35,000 objects that live as long as it does: Python's cyclic collector would
    # scan them ~80 times before the first paint (6-10 ms of it, bench/PROFILE.md). It is switched back on once
    # the window has painted (ui.application), or as run_gui returns.
    gc.disable()
    from socialdesk.ui.application import run_gui

    return run_gui(args)
