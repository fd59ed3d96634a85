"""`socialdesk qr`: one QR code to PNG, SVG or PDF, written only once it decodes to the payload.

PNG and SVG never load Qt; PDF draws vector paths through Qt's PDF writer.
"""

import dataclasses
import sys
import tempfile
from pathlib import Path

from socialdesk.headless.exits import EXIT_FAILED, EXIT_OK, Refused
from socialdesk.domain.address_text import CaptionProblem, caption_address_problem
from socialdesk.domain.cards import printed_address
from socialdesk.domain.quoting import quoted
from socialdesk.domain.urls import UrlProblem, UrlRefused
from socialdesk.headless.common import refuse_overwrite, write_output
from socialdesk.headless.kept_look import KeptLook, kept_look
from socialdesk.headless.language import N_, _
from socialdesk.headless.messages import NO_FOLDER, WARNING
from socialdesk.headless.os_words import os_reason
from socialdesk.headless.streams import say
from socialdesk.qr import geometry
from socialdesk.qr.colours import ColourProblem, ColourRefused, shown_ratio
from socialdesk.qr.design import (DEFAULT_SIZE_MM, CaptionTooLong, LogoDoesNotFit, QrDesign, address_caption,
                                  address_on_lines, caption_line, checked_caption, prepare)
from socialdesk.qr.encoding import EmptyPayload, EncodingRefused, PayloadTooLong, UnencodableText
from socialdesk.qr.logo import LogoProblem, LogoRefused, load_logo
from socialdesk.qr.payloads import PayloadProblem, PayloadRefused, text_payload, wifi_payload
from socialdesk.qr.verify import Checked, Reason, UrlWarning, check

FORMATS = (".png", ".svg", ".pdf")
PNG_DPI = 300
ADDRESS_SHOWN = 80  # characters of a link quoted in a warning

URL_PROBLEMS = {
    UrlProblem.EMPTY: N_("the link is empty"),
    UrlProblem.SCHEME: N_("only http:// and https:// links go in a QR code"),
    UrlProblem.NO_HOST: N_("the link has no valid web address"),
    UrlProblem.CONTROL_CHARACTERS: N_("the link contains control characters"),
    UrlProblem.USER_INFO: N_("the link has a name@ before the web address (a common disguise)"),
    UrlProblem.TOO_LONG: N_("the link is too long for a printed code"),
    UrlProblem.PHONE_ACTION: N_("a code starting with tel:, mailto:, sms: or the like makes the phone call or write "
                                "at once; write the number or address as plain text (\"Tel: 04 78 00 00 00\")"),
    UrlProblem.WORD_AND_COLON: N_("text that starts with a word and a colon with no space after it reads as a link "
                                  "on a phone; put a space after the colon"),
}
PAYLOAD_PROBLEMS = {
    PayloadProblem.EMPTY: N_("nothing to encode"),
    PayloadProblem.NO_SSID: N_("the Wi-Fi network name is empty"),
    PayloadProblem.NO_PASSWORD: N_("a WPA or WEP network needs --password (or use --security nopass)"),
    PayloadProblem.EMPTY_CARD: N_("the shop card has no name"),
    PayloadProblem.WEP_KEY: N_("a WEP key has 5 or 13 characters, or 10 or 26 hexadecimal digits"),
}
COLOUR_PROBLEMS = {  # {option} {value}: the one refused; {fg} {bg}: the pair; {ratio}: its contrast
    ColourProblem.UNKNOWN: N_("{option} {value} is not a colour: use #rrggbb (6 hexadecimal digits), #rgb "
                              "or a name such as navy"),
    ColourProblem.TRANSPARENT: N_("{option} {value} is transparent: a printed code needs solid colours"),
    ColourProblem.INVERTED: N_("--fg {fg} on --bg {bg} is a light code on a dark background: many phones cannot "
                               "read inverted codes; use a dark --fg on a light --bg"),
    ColourProblem.LOW_CONTRAST: N_("--fg {fg} on --bg {bg}: the contrast is too low ({ratio}:1, at least 4:1 is "
                                   "needed); darken --fg or lighten --bg"),
}
LOGO_PROBLEMS = {
    LogoProblem.UNREADABLE: N_("the logo cannot be read (missing, not allowed, or not a regular file)"),
    LogoProblem.NOT_AN_IMAGE: N_("the logo is not a PNG, JPEG, GIF or WebP image, or it is damaged"),
    LogoProblem.TOO_BIG: N_("the logo is too large (at most 20 MB and 40 megapixels)"),
    LogoProblem.TOO_SMALL: N_("the logo image is too small (under 8 pixels)"),
}
REASONS = {
    Reason.TOO_SMALL: N_("the code would be under 2 cm"),
    Reason.TOO_DENSE: N_("too much data for this size"),
    Reason.CONTRAST: N_("the colours are too close to read reliably"),
    Reason.LOGO: N_("the logo hides too much of the code"),
    Reason.SECOND_READER: N_("a code with a logo needs zbar (libzbar0) as a second reader, and it is missing; "
                             "make the code without --logo"),
    Reason.UNREADABLE: N_("the code does not read back as the payload"),
}
WARNINGS = {
    UrlWarning.SHORTENER: N_("a link shortener may expire or change; prefer your own address"),
    UrlWarning.TEMPORARY: N_("this link looks temporary; a printed code cannot be changed later"),
    UrlWarning.TRACKING: N_("tracking parameters make the code denser; consider removing them"),
    UrlWarning.LONG: N_("a long link makes a dense code; prefer a shorter one"),
}


def run(args) -> int:
    """`-o -` writes the bytes to standard output (then --format names the format), as `export` does."""
    output, kind = args.output, _format(args)
    recorded = _records(args)
    if output != "-":
        refuse_overwrite(Path(output), args.force, args)
        if not Path(output).absolute().parent.is_dir():
            print("socialdesk qr: " + _(NO_FOLDER).format(folder=Path(output).absolute().parent), file=sys.stderr)
            return EXIT_FAILED
    look = kept_look(args)  # the shop's colours, letters and logo, unless --fg --bg --logo --no-logo say otherwise
    if look is None:
        return EXIT_FAILED
    checked = _checked(_design(args, look), args.size_mm, kept=_kept_logo(args, look))
    _refuse_broken_words(args, checked.code.design.payload, look.identity)
    for warning in checked.verdict.warnings:
        print("socialdesk qr: " + _(WARNING).format(message=_(WARNINGS[warning])), file=sys.stderr)
    caption = _printed_caption(checked, args.caption or "")
    _warn_look_alike(checked.code.design.payload)
    _warn_empty_boxes(kind, caption, checked.code.design.font, typed=bool((args.caption or "").strip()))
    try:
        data = _render(kind, checked, caption)
    except OSError as error:
        print("socialdesk qr: " + _("could not draw the {format}: {reason}").format(
            format=kind.upper(), reason=os_reason(error)), file=sys.stderr)  # our words, not strerror
        return EXIT_FAILED
    if not write_output(Path(output), data, args, "qr"):
        return EXIT_FAILED
    if output != "-":
        say(str(output))
    return _record(args, checked) if recorded else EXIT_OK


def _warn_look_alike(payload: str) -> None:
    """One line when the link's site imitates Latin letters ("аррӏе.com"): the card prints its xn--… name."""
    from socialdesk.domain.cards import look_alike_host, printed_address
    from socialdesk.domain.platform_hosts import link_host

    host = link_host(payload)
    if "xn--" not in host:
        return
    try:
        import idna

        if not look_alike_host(idna.decode(host)):
            return
    except (idna.IDNAError, UnicodeError):
        return
    print("socialdesk qr: " + _(WARNING).format(message=_(
        "the site {site} mixes alphabets or imitates Latin letters (a look-alike site?): the card prints its "
        "name as browsers show it").format(site=printed_address(payload).split("/")[0])), file=sys.stderr)


def _warn_empty_boxes(kind: str, caption: str, letters: str, typed: bool) -> None:
    """One line when the caption has characters (an emoji) the letters cannot draw: they print as an empty box.
    `typed`: the owner's --caption, else the code's own address printed under it (then it is named so)."""
    if caption.isascii():
        return
    if kind == "pdf":
        from socialdesk.headless.qt_offscreen import ensure_gui

        ensure_gui()
        from socialdesk.ui.presence.qr_paint import brand_font
        from socialdesk.ui.printing.glyphs import missing_glyphs

        lost = missing_glyphs(caption, brand_font(letters))
    else:
        from socialdesk.qr.raster import missing_letters

        lost = missing_letters(caption, letters)
    if lost and typed:
        print("socialdesk qr: " + _(WARNING).format(message=_(
            "no font here has {characters} in --caption: it prints as an empty box; take it out of --caption"
        ).format(characters=" ".join(lost))), file=sys.stderr)
    elif lost:
        print("socialdesk qr: " + _(WARNING).format(message=_(
            "no font here has {characters} in the address printed under the code: it prints as an empty box; "
            "--caption prints other words there").format(characters=" ".join(lost))), file=sys.stderr)


def _records(args) -> bool:
    """A print goes in the data file's inventory when a data file is named (--db, SOCIALDESK_DB) or kept; --place
    without one is refused (there is nowhere to remember it)."""
    import os

    from socialdesk.domain.cards import PLACE_MAX_CHARS
    from socialdesk.headless.common import data_path
    from socialdesk.paths import DB_ENV_VAR

    place = (getattr(args, "place", None) or "").strip()
    if len(place) > PLACE_MAX_CHARS:
        raise Refused(_("{option} is {length} characters long; it holds at most {most}").format(
            option="--place", length=len(place), most=PLACE_MAX_CHARS))
    if getattr(args, "db", None) or os.environ.get(DB_ENV_VAR) or data_path(args).exists():
        return True
    if place:
        raise Refused(_("--place is remembered in the data file's inventory of printed codes; name it with --db"))
    return False


def _record(args, checked: Checked) -> int:
    """The printed code, its caption and --place in the inventory, as print-cards records its cards."""
    from socialdesk.domain.cards import CardItem
    from socialdesk.headless.print_record import record

    return record(args, [CardItem(checked.code.design.payload, args.caption or "")], template="qr", command="qr")


def _refuse_broken_words(args, payload: str, identity: tuple[str, ...] = ()) -> None:
    """--caption passes the same review-rules guard as print-cards and the window (refused, or --wording-checked)."""
    from socialdesk.domain.cards import CardItem
    from socialdesk.headless.wording_guard import refuse_broken_rules

    if args.caption and args.caption.strip():
        refuse_broken_rules([CardItem(payload, args.caption)], args, command="qr", identity=identity)


def _format(args) -> str:
    """png, svg or pdf: from --format, else from the file's suffix; the two must agree."""
    chosen = getattr(args, "format", None)
    if args.output == "-":
        if not chosen:
            raise Refused(_("-o - writes to standard output: say which format with --format png, svg or pdf"))
        return chosen
    name = Path(args.output).name or args.output
    suffix = Path(args.output).suffix.lower()
    if suffix not in FORMATS:
        raise Refused(_("{name}: the output must end in .png, .svg or .pdf (or use -o - with --format)").format(name=name))
    if chosen and f".{chosen}" != suffix:
        raise Refused(_("{name} ends in {suffix} but --format is {format}; make them agree").format(
            name=name, suffix=suffix, format=chosen))
    return suffix[1:]


def _payload(args) -> str:
    try:
        if args.wifi is not None:
            return wifi_payload(args.wifi, args.password or "", args.security, args.hidden)
        text = args.payload or ""
        if not text.strip():
            raise Refused(_("give a PAYLOAD (an http(s) link or text, not only blanks) or --wifi SSID"))
        return text_payload(text)
    except UrlRefused as error:
        raise Refused(_(URL_PROBLEMS[error.problem])) from None
    except PayloadRefused as error:
        raise Refused(_(PAYLOAD_PROBLEMS[error.problem])) from None


def _printed_caption(checked: Checked, caption: str) -> str:
    """The owner's caption, else the code's own short address when it fits one line of 7 pt (said when not)."""
    if caption.strip():
        return caption_line(caption)  # one line, as the owner typed it
    design = checked.code.design
    address = address_caption(design.payload, checked.code.total_size_mm, letters=design.font)
    if address is None:  # a long address (a Google review link's) on up to three lines, as on the cards
        address = address_on_lines(design.payload, checked.code.total_size_mm, letters=design.font)
    if address is None:
        print("socialdesk qr: " + _(WARNING).format(message=_(
            "the address {address} is too long to print on three lines under this {size} mm code: none is printed "
            "(the code itself is complete); a bigger --size-mm prints it").format(
            address=quoted(printed_address(design.payload), ADDRESS_SHOWN), size=f"{checked.code.size_mm:g}")),
            file=sys.stderr)
    return address or ""


def _refuse_other_address(caption: str, payload: str) -> None:
    """A caption that reads as a web address must be the code's own target (or a short form of it)."""
    found = caption_address_problem(caption, payload)
    if found is None:
        return
    problem, word = found
    if problem is CaptionProblem.NO_ADDRESS:
        raise Refused(_("--caption \"{word}\" looks like a web address, but this code opens none; "
                        "use words such as \"Scan me\"").format(word=word))
    raise Refused(_("--caption \"{word}\" is not the address this code opens ({address}); leave --caption out "
                    "to print the code's own address, or use words such as \"Scan me\"").format(
        word=word, address=printed_address(payload)))


def _kept_logo(args, look: KeptLook) -> bool:
    """True when the code carries the logo kept in the data file (not one given with --logo)."""
    return look.logo is not None and not args.logo and not getattr(args, "no_logo", False)


def _design(args, look: KeptLook = KeptLook()) -> QrDesign:
    """The code as asked, in the kept look where --fg, --bg, --logo or --no-logo do not say otherwise."""
    payload = _payload(args)
    _refuse_other_address(args.caption or "", payload)
    logo = look.logo if _kept_logo(args, look) else None
    if (args.logo or logo) and args.ec and args.ec != "H":
        raise Refused(_("a logo needs error correction H; drop --ec or use --ec H") if args.logo else
                      _("the shop's logo kept in the data file needs error correction H; drop --ec, use --ec H "
                        "or add --no-logo"))
    if args.logo:
        try:
            logo = load_logo(Path(args.logo))
        except LogoRefused as error:
            raise Refused(f"{args.logo}: {_(LOGO_PROBLEMS[error.problem])}") from None
    return QrDesign(payload, args.ec, args.fg or look.brand.foreground, args.bg or look.brand.background, logo,
                    caption=args.caption or "", font=look.brand.font)


def _checked(design: QrDesign, size_mm: float | None, kept: bool = False) -> Checked:
    """The code checked to scan at its size; `kept`: its logo is the data file's, left off with --no-logo."""
    try:
        minimum = prepare(design).minimum_size_mm
        if size_mm is not None and size_mm < minimum:
            raise Refused(_("{size} mm is too small for this code: at least {minimum} mm, or shorten the payload"
                            ).format(size=f"{size_mm:g}", minimum=f"{minimum:g}"))
        if size_mm is not None and size_mm > geometry.MAX_SIZE_MM:
            raise Refused(_("{size} mm is larger than {maximum} mm").format(
                size=f"{size_mm:g}", maximum=f"{geometry.MAX_SIZE_MM:g}"))
        checked = check(dataclasses.replace(design, size_mm=size_mm or max(DEFAULT_SIZE_MM, minimum)))
    except EncodingRefused as error:
        raise Refused(_too_long_line(error, kept)) from None
    except ColourRefused as error:
        raise Refused(_colour_line(error, design)) from None
    except LogoDoesNotFit:
        raise Refused(_("this code is too small to carry the shop's kept logo; add --no-logo") if kept else
                      _("this code is too small to carry a logo; drop --logo")) from None
    if not checked.verdict.ok and kept and checked.verdict.reason in (Reason.LOGO, Reason.SECOND_READER):
        raise Refused(_("the code did not pass the scan check with the shop's kept logo; add --no-logo to make "
                        "it without"))
    if not checked.verdict.ok:
        raise Refused(_("the code did not pass the scan check: {reason}").format(reason=_(REASONS[checked.verdict.reason])))
    try:
        checked_caption(design.caption, checked.code.total_size_mm)
    except CaptionTooLong as error:
        raise Refused(_("--caption is too long for one line under this {size} mm code: at most {limit} letters, "
                        "it has {length}; shorten it or use a bigger --size-mm").format(
            size=f"{checked.code.size_mm:g}", limit=error.limit, length=error.length)) from None
    return checked


def _colour_line(error: ColourRefused, design: QrDesign) -> str:
    option = "--bg" if error.role == "background" else "--fg"
    return _(COLOUR_PROBLEMS[error.problem]).format(
        option=option, value=_quoted(error.value), fg=_quoted(design.foreground), bg=_quoted(design.background),
        ratio=shown_ratio(error.ratio or 0.0))


def _quoted(value: str) -> str:
    return f"'{value}'" if value.strip() else _("(empty)")


def _too_long_line(error, kept: bool = False) -> str:
    if isinstance(error, EmptyPayload):
        return _(PAYLOAD_PROBLEMS[PayloadProblem.EMPTY])
    if isinstance(error, UnencodableText):
        return _("the text has characters no QR reader can read (a broken paste?)")
    if not isinstance(error, PayloadTooLong):
        return _("cannot make a QR code: {reason}").format(reason=error)
    if error.with_logo and kept:
        return _("too long for a QR code ({length} bytes) with the shop's kept logo; with --no-logo it may fit"
                 ).format(length=error.length)
    if error.with_logo:
        return _("too long for a QR code ({length} bytes); without --logo it may fit").format(length=error.length)
    return _("too long for a QR code ({length} bytes); use a shorter link or text").format(length=error.length)


def _render(kind: str, checked: Checked, caption: str) -> bytes:
    """The file's bytes; only PDF loads Qt (vector paths through its PDF writer)."""
    if kind == "pdf":
        return _pdf_bytes(checked, caption)
    if kind == "png":
        from socialdesk.qr.raster import png_bytes, render, with_caption

        return png_bytes(with_caption(render(checked.code, PNG_DPI), checked.code, caption), PNG_DPI)
    from socialdesk.qr.svg import svg_document

    return svg_document(checked.code, caption).encode("utf-8")


def _pdf_bytes(checked: Checked, caption: str) -> bytes:
    from socialdesk.headless.qt_offscreen import ensure_gui

    ensure_gui()
    from socialdesk.ui.presence.qr_export import paint_code_pdf_to

    with tempfile.TemporaryDirectory(prefix="socialdesk-qr-") as folder:
        temp = Path(folder) / "code.pdf"
        paint_code_pdf_to(temp, checked, caption)
        return temp.read_bytes()
