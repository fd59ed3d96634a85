"""`socialdesk export ics|csv` and `socialdesk import csv`: the content plan in and out, without Qt."""

import sys
from datetime import date
from pathlib import Path

from socialdesk.headless.exits import EXIT_FAILED, EXIT_OK, Refused
from socialdesk.domain.calendar.csv_format import MAX_BYTES, CsvProblem, export_plan, parse_csv
from socialdesk.domain.calendar.csv_problems import shown_value
from socialdesk.domain.calendar.plan_words import Dialect, column_names, default_dialect
from socialdesk.domain.clock import system_clock
from socialdesk.domain.quoting import quoted
from socialdesk.domain.weeks import FIRST_DAY, LAST_DAY, in_range
from socialdesk.headless.common import fill_output, open_data_file, refuse_overwrite, user_path, write_output
from socialdesk.headless.language import N_, _, current_language, n_
from socialdesk.headless.messages import WRITE_PROBLEMS
from socialdesk.headless.os_words import os_reason
from socialdesk.headless.streams import say
from socialdesk.input_files import InputProblem, InputRefused, read_bounded, size_words
from socialdesk.storage import StoreWriteError


CSV_PROBLEMS = {
    CsvProblem.NOT_TEXT: N_("the file is not text in UTF-8 or Windows-1252"),
    CsvProblem.NO_HEADER: N_("the first line must name the columns; missing: {value}"),
    CsvProblem.EMPTY: N_("the file is empty"),
    CsvProblem.TOO_MANY_ROWS: N_("more than {value} posts in one file"),
    CsvProblem.BAD_DATE: N_("date {value!r} is not YYYY-MM-DD (or DD/MM/YYYY)"),
    CsvProblem.DATE_OUT_OF_RANGE: N_("date {value!r} is not between {first} and {last}"),
    CsvProblem.BAD_TIME: N_("time {value!r} is not HH:MM"),
    CsvProblem.TIME_WITH_SECONDS: N_("time {value!r} has seconds; a post is planned to the minute (HH:MM)"),
    CsvProblem.DAMAGED_UTF8: N_("byte {value} is not UTF-8, in a file that is UTF-8 elsewhere (damaged?); "
                                "save it again as CSV UTF-8"),
    CsvProblem.DUPLICATE_COLUMN: N_("column {value!r} is there twice; keep one"),
    CsvProblem.UNCLOSED_QUOTE: N_('a quote (") opened here is never closed, so it takes in the rest of the file'),
    CsvProblem.UNKNOWN_NETWORK: N_("unknown network {value!r}"),
    CsvProblem.UNKNOWN_STATUS: N_("unknown status {value!r} (idea, draft, planned, published, skipped)"),
    CsvProblem.UNKNOWN_ABOUT: N_("unknown 'about' {value!r} (customers, team, suppliers, partners, local, us)"),
    CsvProblem.TIME_WITHOUT_DATE: N_("time {value!r} given without a date"),
    CsvProblem.CELL_TOO_LARGE: N_("a cell is larger than {value} MB, the most SocialDesk reads in one cell; "
                                  "is a quote (\") left open, or is it really a post?"),
    CsvProblem.MIXED_DATE_ORDER: N_("the file writes dates both day first and month first ({value}); "
                                    "write them one way, or as YYYY-MM-DD"),
    CsvProblem.DAMAGED_UTF16: N_("the file is UTF-16 (Excel's Unicode text) but damaged: a character on this line "
                                 "is cut in half; save it again from the spreadsheet"),
}


def _date(text: str | None, option: str) -> date | None:
    if not text:
        return None
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise Refused(_("{option} {value} is not a date like 2026-11-30").format(option=option, value=repr(text))) from None
    if not in_range(day):
        raise Refused(_("{option} {value} is not between {first} and {last}").format(
            option=option, value=repr(text), first=FIRST_DAY, last=LAST_DAY))
    return day


def _write(path: Path, data: bytes, args) -> int:
    """`-o -` writes to standard output and prints nothing else there."""
    if not write_output(path, data, args, "export"):
        return EXIT_FAILED
    if str(path) != "-":
        say(str(path))
    return EXIT_OK


def run_export_ics(args) -> int:
    from socialdesk.domain.calendar.ics_format import write_ics  # icalendar only for .ics

    first, last = _date(args.date_from, "--from"), _date(args.date_to, "--to")
    if first and last and last < first:
        raise Refused(_("--to is before --from"))
    refuse_output(args)
    store = open_data_file(args, "export", write=False)
    if store is None:
        return EXIT_FAILED
    try:
        name = store.shop.get().name or "SocialDesk"
        zones = store.calendar.dated_zones(first, last)
        stamp, language = system_clock().astimezone(), current_language()

        def fill(handle) -> None:  # the posts go from the data file to the .ics one at a time
            write_ics(handle, store.calendar.dated_posts(first, last), zones, stamp, name, language)

        written = fill_output(Path(args.output), args, "export", fill)
    finally:
        store.close()
    if not written:
        return EXIT_FAILED
    if str(args.output) != "-":
        say(str(Path(args.output)))
    return EXIT_OK


def run_export_csv(args) -> int:
    refuse_output(args)
    store = open_data_file(args, "export", write=False)
    if store is None:
        return EXIT_FAILED
    language = current_language()
    dialect = Dialect(args.dialect) if getattr(args, "dialect", None) else default_dialect(language)
    try:
        data = export_plan(store.calendar.all_posts(), dialect, language)
    finally:
        store.close()
    return _write(Path(args.output), data, args)


def refuse_output(args) -> None:
    """A refused output name is said before the data file is opened (an old file's upgrade writes)."""
    if args.output != "-":
        refuse_overwrite(Path(args.output), args.force, args)


def describe(error) -> str:
    where = (_("line {line}, column {column}") if error.column else _("line {line}")).format(
        line=error.line, column=quoted(error.column))
    problem = _(CSV_PROBLEMS[error.problem]).format(value=shown_value(error, current_language()), first=FIRST_DAY,
                                                    last=LAST_DAY)
    return _("{where}: {problem}").format(where=where, problem=problem)


def _read_plan(source: Path) -> bytes:
    try:
        return read_bounded(source, MAX_BYTES)
    except InputRefused as refused:
        if refused.problem is InputProblem.TOO_BIG:
            raise Refused(_("{path} is larger than {size}; is it really a plan?").format(
                path=source, size=size_words(MAX_BYTES))) from None
        if refused.problem is InputProblem.NOT_A_FILE:
            raise Refused(_("{path} is not a regular file (a folder, a pipe or a device); nothing was imported"
                            ).format(path=source))
        reason = os_reason(refused.cause)  # our words, not strerror
        raise Refused(_("cannot read {path}: {reason}").format(path=source, reason=reason)) from None


def run_import_csv(args) -> int:
    source = user_path(args.file)
    parsed = parse_csv(_read_plan(source))
    if parsed.errors:
        # The verdict and the first problem are the one line on stderr; the others, to fix the
        # file by, are the report on stdout: each problem is said once.
        for error in parsed.errors[1:51]:
            say(f"{source}: {describe(error)}")
        count = len(parsed.errors)
        first = describe(parsed.errors[0])
        raise Refused(n_("{count} problem in {name}, nothing was imported; {problem}",
                         "{count} problems in {name}, nothing was imported; first: {problem}", count
                         ).format(count=count, name=source.name, problem=first))
    if not parsed.posts:
        raise Refused(_("{name} holds no posts; nothing was imported").format(name=source.name))
    store = open_data_file(args, "import", write=True)
    if store is None:
        return EXIT_FAILED
    try:
        plan = store.calendar.sort_import(parsed.posts, parsed.lines, parsed.absent)
        if plan.landing:
            store.calendar.apply_import(plan)
    except StoreWriteError as error:
        print(f"socialdesk import: {_(WRITE_PROBLEMS[error.problem])}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        store.close()
    say(_import_summary(len(plan.new), plan.unchanged, parsed.cleaned, source.name, len(plan.updated),
                          parsed.dates_guessed, parsed.absent))
    for line, kind, day, typed, kept in plan.clock_changes:  # one line each, as the post dialog says it
        said = _(CLOCK_CHANGES[kind]).format(typed=typed.strftime("%H:%M"), day=day.isoformat(),
                                             kept=kept.strftime("%H:%M"))
        say(f"{source}: " + _("{where}: {problem}").format(where=_("line {line}").format(line=line), problem=said))
    return EXIT_OK


CLOCK_CHANGES = {"gap": N_("{typed} does not exist on {day} (clocks go forward): the post is at {kept}"),
                 "fold": N_("{typed} happens twice on {day} (clocks go back): the post is at the first {typed}, "
                            "summer time")}


DATES_GUESSED = {"month/day": N_("dates read as month/day (12/1 is 1 December)"),
                 "day/month": N_("dates read as day/month (12/1 is 12 January)")}


def _import_summary(imported: int, skipped: int, cleaned: int, name: str, updated: int = 0, dates: str = "",
                    absent: tuple[str, ...] = ()) -> str:
    """'2 posts imported from plan.csv; 1 post updated; 1 unchanged; …' in the chosen language (the window's word)."""
    said = n_("{count} post imported from {name}", "{count} posts imported from {name}", imported).format(
        count=imported, name=name)
    if updated:
        said = _("{summary}; {more}").format(summary=said, more=n_(
            "{count} post updated", "{count} posts updated", updated).format(count=updated))
    if skipped:
        said = _("{summary}; {more}").format(summary=said, more=n_(
            "{count} unchanged", "{count} unchanged", skipped
        ).format(count=skipped))
    if cleaned:
        said = _("{summary}; {more}").format(summary=said, more=n_(
            "invisible control characters were removed from {count} cell",
            "invisible control characters were removed from {count} cells", cleaned).format(count=cleaned))
    if dates:
        said = _("{summary}; {more}").format(summary=said, more=_(DATES_GUESSED[dates]))
    if absent:
        said = _("{summary}; {more}").format(summary=said, more=_(
            "no {columns} column in the file: left empty on new posts, kept on updated ones").format(
                columns=column_names(" ".join(absent), current_language())))
    return said
