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
from socialdesk.domain.urls import UrlProblem, UrlRefused
from socialdesk.headless.common import refuse_overwrite, write_output
from socialdesk.qr import geometry
from socialdesk.qr.colours import ColourProblem, ColourRefused, shown_ratio
from socialdesk.qr.design import (DEFAULT_SIZE_MM, CaptionTooLong, LogoDoesNotFit, QrDesign, address_caption,
                                  checked_caption, prepare)
from socialdesk.qr.encoding import EmptyPayload, EncodingRefused, PayloadTooLong, UnencodableText
from socialdesk.qr.logo import LogoProblem, LogoRefused, load_logo
from socialdesk.qr.payloads import PayloadProblem, PayloadRefused, text_payload, wifi_payload
from socialdesk.qr.verify import Checked, Reason, UrlWarning, check

FORMATS = (".png", ".svg", ".pdf")
PNG_DPI = 300

URL_PROBLEMS = {
    UrlProblem.EMPTY: "the link is empty",
    UrlProblem.SCHEME: "only http:// and https:// links go in a QR code",
    UrlProblem.NO_HOST: "the link has no valid web address",
    UrlProblem.CONTROL_CHARACTERS: "the link contains control characters",
    UrlProblem.USER_INFO: "the link has a name@ before the web address (a common disguise)",
    UrlProblem.TOO_LONG: "the link is too long for a printed code",
}
PAYLOAD_PROBLEMS = {
    PayloadProblem.EMPTY: "nothing to encode",
    PayloadProblem.NO_SSID: "the Wi-Fi network name is empty",
    PayloadProblem.NO_PASSWORD: "a WPA or WEP network needs --password (or use --security nopass)",
    PayloadProblem.EMPTY_CARD: "the shop card has no name",
    PayloadProblem.WEP_KEY: "a WEP key has 5 or 13 characters, or 10 or 26 hexadecimal digits",
}
COLOUR_PROBLEMS = {  # {option} {value}: the one refused; {fg} {bg}: the pair; {ratio}: its contrast
    ColourProblem.UNKNOWN: "{option} {value} is not a colour: use #rrggbb (6 hexadecimal digits), #rgb "
                           "or a name such as navy",
    ColourProblem.TRANSPARENT: "{option} {value} is transparent: a printed code needs solid colours",
    ColourProblem.INVERTED: "--fg {fg} on --bg {bg} is a light code on a dark background: many phones cannot "
                            "read inverted codes; use a dark --fg on a light --bg",
    ColourProblem.LOW_CONTRAST: "--fg {fg} on --bg {bg}: the contrast is too low ({ratio}:1, at least 4:1 is "
                                "needed); darken --fg or lighten --bg",
}
LOGO_PROBLEMS = {
    LogoProblem.UNREADABLE: "the logo cannot be read (missing, not allowed, or not a regular file)",
    LogoProblem.NOT_AN_IMAGE: "the logo is not a PNG, JPEG, GIF or WebP image, or it is damaged",
    LogoProblem.TOO_BIG: "the logo is too large (at most 20 MB and 40 megapixels)",
    LogoProblem.TOO_SMALL: "the logo image is too small (under 8 pixels)",
}
REASONS = {
    Reason.TOO_SMALL: "the code would be under 2 cm",
    Reason.TOO_DENSE: "too much data for this size",
    Reason.CONTRAST: "the colours are too close to read reliably",
    Reason.LOGO: "the logo hides too much of the code",
    Reason.SECOND_READER: "a code with a logo needs zbar (libzbar0) as a second reader, and it is missing; "
                          "make the code without --logo",
    Reason.UNREADABLE: "the code does not read back as the payload",
}
WARNINGS = {
    UrlWarning.SHORTENER: "a link shortener may expire or change; prefer your own address",
    UrlWarning.TEMPORARY: "this link looks temporary; a printed code cannot be changed later",
    UrlWarning.TRACKING: "tracking parameters make the code denser; consider removing them",
    UrlWarning.LONG: "a long link makes a dense code; prefer a shorter one",
}


def run(args) -> int:
    """`-o -` writes the bytes to standard output (then --format names the format), as `export` does."""
    output, kind = args.output, _format(args)
    if output != "-":
        refuse_overwrite(Path(output), args.force, args)
        if not Path(output).absolute().parent.is_dir():
            print(f"socialdesk qr: the folder {Path(output).absolute().parent} does not exist", file=sys.stderr)
            return EXIT_FAILED
    checked = _checked(_design(args), args.size_mm)
    for warning in checked.verdict.warnings:
        print(f"socialdesk qr: warning: {WARNINGS[warning]}", file=sys.stderr)
    caption = _printed_caption(checked, args.caption or "")
    try:
        data = _render(kind, checked, caption)
    except OSError as error:
        print(f"socialdesk qr: could not draw the {kind.upper()}: {error.strerror or error}", file=sys.stderr)
        return EXIT_FAILED
    if not write_output(Path(output), data, args, "qr"):
        return EXIT_FAILED
    if output != "-":
        print(output)
    return EXIT_OK


def _format(args) -> str:
    """png, svg or pdf: from --format, else from the file's suffix; the two must agree."""
    chosen = getattr(args, "format", None)
    if args.output == "-":
        if not chosen:
            raise Refused("-o - writes to standard output: say which format with --format png, svg or pdf")
        return chosen
    name = Path(args.output).name or args.output
    suffix = Path(args.output).suffix.lower()
    if suffix not in FORMATS:
        raise Refused(f"{name}: the output must end in .png, .svg or .pdf (or use -o - with --format)")
    if chosen and f".{chosen}" != suffix:
        raise Refused(f"{name} ends in {suffix} but --format is {chosen}; make them agree")
    return suffix[1:]


def _payload(args) -> str:
    try:
        if args.wifi is not None:
            return wifi_payload(args.wifi, args.password or "", args.security, args.hidden)
        text = args.payload or ""
        if not text.strip():
            raise Refused("give a PAYLOAD (an http(s) link or text, not only blanks) or --wifi SSID")
        return text_payload(text)
    except UrlRefused as error:
        raise Refused(URL_PROBLEMS[error.problem]) from None
    except PayloadRefused as error:
        raise Refused(PAYLOAD_PROBLEMS[error.problem]) from None


def _printed_caption(checked: Checked, caption: str) -> str:
    """The owner's caption, else the code's own short address when it fits one line of 7 pt (said when not)."""
    if caption.strip():
        return caption
    design = checked.code.design
    address = address_caption(design.payload, checked.code.total_size_mm)
    if address is None:
        print(f"socialdesk qr: warning: the address {printed_address(design.payload)} is too long to print on one "
              f"line under this {checked.code.size_mm:g} mm code: none is printed (the code itself is complete); "
              "a bigger --size-mm prints it", file=sys.stderr)
    return address or ""


def _refuse_other_address(caption: str, payload: str) -> None:
    """A caption that reads as a web address must be the code's own target (or a short form of it)."""
    found = caption_address_problem(caption, payload)
    if found is None:
        return
    problem, word = found
    if problem is CaptionProblem.NO_ADDRESS:
        raise Refused(f"--caption \"{word}\" looks like a web address, but this code opens none; "
                      "use words such as \"Scan me\"")
    raise Refused(f"--caption \"{word}\" is not the address this code opens ({printed_address(payload)}); "
                  "leave --caption out to print the code's own address, or use words such as \"Scan me\"")


def _design(args) -> QrDesign:
    payload = _payload(args)
    _refuse_other_address(args.caption or "", payload)
    logo = None
    if args.logo:
        if args.ec and args.ec != "H":
            raise Refused("a logo needs error correction H; drop --ec or use --ec H")
        try:
            logo = load_logo(Path(args.logo))
        except LogoRefused as error:
            raise Refused(f"{args.logo}: {LOGO_PROBLEMS[error.problem]}") from None
    return QrDesign(payload, args.ec, args.fg or "#000000", args.bg or "#ffffff", logo,
                    caption=args.caption or "")


def _checked(design: QrDesign, size_mm: float | None) -> Checked:
    try:
        minimum = prepare(design).minimum_size_mm
        if size_mm is not None and size_mm < minimum:
            raise Refused(f"{size_mm:g} mm is too small for this code: at least {minimum:g} mm, "
                          "or shorten the payload")
        if size_mm is not None and size_mm > geometry.MAX_SIZE_MM:
            raise Refused(f"{size_mm:g} mm is larger than {geometry.MAX_SIZE_MM:g} mm")
        checked = check(dataclasses.replace(design, size_mm=size_mm or max(DEFAULT_SIZE_MM, minimum)))
    except EncodingRefused as error:
        raise Refused(_too_long_line(error)) from None
    except ColourRefused as error:
        raise Refused(_colour_line(error, design)) from None
    except LogoDoesNotFit:
        raise Refused("this code is too small to carry a logo; drop --logo") from None
    if not checked.verdict.ok:
        raise Refused(f"the code did not pass the scan check: {REASONS[checked.verdict.reason]}")
    try:
        checked_caption(design.caption, checked.code.total_size_mm)
    except CaptionTooLong as error:
        raise Refused(f"--caption is too long for one line under this {checked.code.size_mm:g} mm code: at most "
                      f"{error.limit} letters, it has {error.length}; shorten it or use a bigger --size-mm") from None
    return checked


def _colour_line(error: ColourRefused, design: QrDesign) -> str:
    option = "--bg" if error.role == "background" else "--fg"
    return COLOUR_PROBLEMS[error.problem].format(
        option=option, value=_quoted(error.value), fg=_quoted(design.foreground), bg=_quoted(design.background),
        ratio=shown_ratio(error.ratio or 0.0))


def _quoted(value: str) -> str:
    return f"'{value}'" if value.strip() else "(empty)"


def _too_long_line(error) -> str:
    if isinstance(error, EmptyPayload):
        return "nothing to encode"
    if isinstance(error, UnencodableText):
        return "the text has characters no QR reader can read (a broken paste?)"
    if not isinstance(error, PayloadTooLong):
        return f"cannot make a QR code: {error}"
    hint = "; without --logo it may fit" if error.with_logo else "; use a shorter link or text"
    return f"too long for a QR code ({error.length} bytes){hint}"


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
