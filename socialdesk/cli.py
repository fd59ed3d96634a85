"""The headless commands: `socialdesk qr|export|import|print-cards|backup|check`.

Exit status: 0 done, 1 the data file or the disk failed, 2 refused input (one line on stderr).
"""

import argparse
import errno
import math
import sys
from importlib import import_module

from socialdesk import __version__
from socialdesk.headless.exits import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_REFUSED, Refused
from socialdesk.headless.language import _, lang_option, speaking
from socialdesk.headless.os_words import os_reason
from socialdesk.headless.parser import OneLineParser
from socialdesk.logs import details_in_the_log
from socialdesk.headless.streams import OneLineStderr, SummaryStdout, say_unprinted_summary

_NAME_ERRORS = {errno.ENAMETOOLONG, errno.ELOOP, errno.ENOTDIR, errno.EINVAL}  # the name given is unusable


def _millimetres(text: str) -> float:
    """A size in mm: a finite positive number (float() alone takes nan, inf and -0)."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(_("{size} is not a size in millimetres, such as 30").format(size=repr(text)))
    return value


def _file_name(text: str) -> str:
    """A file's name as typed; an empty one is refused here (it would read as the current folder, « . »)."""
    if not text.strip():
        raise argparse.ArgumentTypeError(_("the file name is empty"))
    return text


def _lang_option(parser: argparse.ArgumentParser, top: bool = False) -> None:
    """`--lang` is taken before or after the command, as the window takes it; main() reads it first."""
    parser.add_argument("--lang", choices=("en", "fr"), default=None if top else argparse.SUPPRESS,
                        help=_("language of the messages (default: from LANG)"))


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="PATH", type=_file_name,
                        help=_("data file (default: SOCIALDESK_DB or the user data folder)"))


def _wording_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--wording-checked", action="store_true", help=_(
        "print words the review-rules check flags, after reading the rule it names (one warning line)"))


def _output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", required=True, metavar="FILE", type=_file_name,
                        help=_("the file to write; - for standard output"))
    parser.add_argument("--force", action="store_true", help=_("overwrite FILE if it exists"))


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog="socialdesk", description=_("SocialDesk headless commands."))
    parser.add_argument("--version", action="version", version=f"SocialDesk {__version__}",
                        help=_("show program's version number and exit"))
    _lang_option(parser, top=True)
    commands = parser.add_subparsers(dest="command", required=True)

    qr = commands.add_parser("qr", help=_("make a QR code that is checked to scan"))
    qr.add_argument("payload", nargs="?", help=_("an http(s) URL or text (omit with --wifi)"))
    _output_options(qr)
    qr.add_argument("--format", type=str.lower, choices=("png", "svg", "pdf"),
                    help=_("the file's format (needed with -o -, which writes to standard output)"))
    qr.add_argument("--size-mm", type=_millimetres, metavar="N")
    qr.add_argument("--ec", choices=("L", "M", "Q", "H"))
    logos = qr.add_mutually_exclusive_group()  # the shop's look kept in the data file, unless given here
    logos.add_argument("--logo", metavar="IMG", type=_file_name)
    logos.add_argument("--no-logo", action="store_true", help=_("leave off the shop's logo kept in the data file"))
    qr.add_argument("--fg", metavar="COLOR")
    qr.add_argument("--bg", metavar="COLOR")
    qr.add_argument("--caption", metavar="TEXT")
    _wording_option(qr)
    qr.add_argument("--wifi", metavar="SSID")
    qr.add_argument("--password", metavar="P", default="")
    qr.add_argument("--security", choices=("WPA", "WEP", "nopass"), default="WPA")
    qr.add_argument("--hidden", action="store_true")
    qr.add_argument("--place", metavar="WHERE", help=_("where the code will be (e.g. window, \"table 3\"): "
                                                       "remembered in the data file, to list what to reprint"))
    _db_option(qr)
    qr.set_defaults(handler=("socialdesk.headless.qr", "run"))

    cards = commands.add_parser("print-cards", help=_("print the listings marked for print as cards (PDF)"))
    _output_options(cards)
    from socialdesk.domain.card_template import CardTemplate  # only the headless parser needs it, not the window

    cards.add_argument("--template", required=True, choices=[template.value for template in CardTemplate])
    cards.add_argument("--place", metavar="WHERE", help=_("where the cards will be (e.g. counter, \"table 3\", door): "
                                                          "remembered, to list what to reprint and what to check"))
    cards.add_argument("--sheet", metavar="CODE", help=_("the label or card sheet's code on its box (e.g. L7160, "
                                                         "C32010, 5160), for stickers and business cards"))
    cards.add_argument("--closure", metavar="TEXT", help=_("a door sign's closure line, e.g. \"Closed 10-24 August\""))
    _wording_option(cards)
    cards.add_argument("--fg", metavar="COLOR")  # the shop's look kept in the data file, unless given here
    cards.add_argument("--bg", metavar="COLOR")
    card_logos = cards.add_mutually_exclusive_group()
    card_logos.add_argument("--logo", metavar="IMG", type=_file_name)
    card_logos.add_argument("--no-logo", action="store_true", help=_("leave off the shop's logo kept in the data file"))
    _db_option(cards)
    cards.set_defaults(handler=("socialdesk.headless.print_cards", "run"))

    export = commands.add_parser("export", help=_("export the content plan"))
    export_kinds = export.add_subparsers(dest="kind", required=True)
    ics = export_kinds.add_parser("ics", help=_("iCalendar file for a phone's calendar"))
    _output_options(ics)
    ics.add_argument("--from", dest="date_from", metavar="DATE")
    ics.add_argument("--to", dest="date_to", metavar="DATE")
    _db_option(ics)
    ics.set_defaults(handler=("socialdesk.headless.plan_io", "run_export_ics"))
    csv_out = export_kinds.add_parser("csv", help=_("CSV that Excel opens"))
    _output_options(csv_out)
    csv_out.add_argument("--dialect", choices=("excel-fr", "excel", "rfc4180"),
                         help=_("excel-fr: semicolons; excel: commas; both with a BOM for Excel; rfc4180: commas, "
                                "no BOM (default: excel-fr in French, else excel)"))
    _db_option(csv_out)
    csv_out.set_defaults(handler=("socialdesk.headless.plan_io", "run_export_csv"))

    importing = commands.add_parser("import", help=_("import a content plan"))
    import_kinds = importing.add_subparsers(dest="kind", required=True)
    csv_in = import_kinds.add_parser("csv", help=_("CSV from SocialDesk or Excel"))
    csv_in.add_argument("file", metavar="FILE", type=_file_name)
    _db_option(csv_in)
    csv_in.set_defaults(handler=("socialdesk.headless.plan_io", "run_import_csv"))

    backup = commands.add_parser("backup", help=_("back up the data file now"))
    _db_option(backup)
    backup.set_defaults(handler=("socialdesk.headless.maintenance", "run_backup"))

    check = commands.add_parser("check", help=_("check the data file without changing it"))
    _db_option(check)
    check.set_defaults(handler=("socialdesk.headless.maintenance", "run_check"))
    for sub in (qr, cards, export, ics, csv_out, importing, csv_in, backup, check):
        _lang_option(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    stderr, sys.stderr = sys.stderr, OneLineStderr(sys.stderr)
    stdout, sys.stdout = sys.stdout, SummaryStdout(sys.stdout)
    try:
        with speaking(lang_option(argv)), details_in_the_log():
            try:
                return _run(build_parser().parse_args(argv))
            except KeyboardInterrupt:  # Ctrl+C while the arguments are read, before the command: one line too
                print("socialdesk: " + _("interrupted (Ctrl+C)"), file=sys.stderr)
                return EXIT_INTERRUPTED
    finally:
        sys.stdout.flush()  # a summary stdout did not take is said (exit 0) or left unsaid; never raises
        sys.stderr, sys.stdout = stderr, stdout


def _run(args) -> int:
    module_name, function_name = args.handler
    try:
        code = getattr(import_module(module_name), function_name)(args)
        if code == EXIT_OK:  # done: a summary stdout did not take says so, the status stays 0
            say_unprinted_summary(args.command)
        return code
    except Refused as refusal:
        print(f"socialdesk {args.command}: {refusal}", file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:  # one line, as the shell's status for Ctrl+C, not a traceback
        print(f"socialdesk {args.command}: " + _("interrupted (Ctrl+C)"), file=sys.stderr)
        return EXIT_INTERRUPTED
    except OSError as error:  # the system refused a name or a disk where no command expected it
        name = f"{error.filename}: " if error.filename else ""
        print(f"socialdesk {args.command}: {name}{os_reason(error)}", file=sys.stderr)  # our words, not strerror
        return EXIT_REFUSED if error.errno in _NAME_ERRORS else EXIT_FAILED
    except Exception as error:
        storage = sys.modules.get("socialdesk.storage.errors")  # loaded if storage raised: `qr` never imports it
        if storage is None or not isinstance(error, storage.StoreError):
            raise
        detail = getattr(error, "detail", "") or error
        print(f"socialdesk {args.command}: "
              + _("the data file could not be read or written: {detail}").format(detail=detail), file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":  # `python -m socialdesk.cli`: Refused lives in headless.exits, never copied here
    sys.exit(main())
