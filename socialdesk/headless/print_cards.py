"""`socialdesk print-cards`: every listing marked for print, as QR cards in one PDF."""

import sys
import tempfile
from pathlib import Path

from socialdesk.headless.exits import EXIT_FAILED, EXIT_OK, Refused
from socialdesk.domain.cards_layout import CardTemplate
from socialdesk.headless.common import open_data_file, refuse_overwrite, write_output
from socialdesk.headless.language import _, current_language
from socialdesk.headless.messages import NO_FOLDER, WARNING
from socialdesk.qr.encoding import EncodingRefused


def run(args) -> int:
    output = Path(args.output)
    if args.output != "-":  # `-o -`: the PDF on standard output, as `export` does
        if output.suffix.lower() != ".pdf":
            raise Refused(_("{name}: the output must end in .pdf (or use -o - for standard output)").format(name=args.output))
        refuse_overwrite(output, args.force, args)
        if not output.absolute().parent.is_dir():
            print("socialdesk print-cards: " + _(NO_FOLDER).format(folder=output.absolute().parent), file=sys.stderr)
            return EXIT_FAILED
    store = open_data_file(args, "print-cards", write=False)
    if store is None:
        return EXIT_FAILED
    try:
        items, shop_name = _read(store)
    finally:
        store.close()
    if not items:
        raise Refused(_("no listing is marked for print; tick \"print a card\" in the Local presence tab"))
    return _write(output, args, items, shop_name)


def _read(store):
    """The cards worded by the window's catalogue, in the command's language (Qt's translators need Qt)."""
    from socialdesk.headless.qt_offscreen import ensure_gui

    ensure_gui()
    from socialdesk.ui.printing.cards import card_sentence, speak

    speak(current_language())  # the cards and their notices are the window's sentences
    return store.presence.cards_to_print(card_sentence), store.shop.get().name


def _write(output: Path, args, items, shop_name: str) -> int:
    from socialdesk.ui.printing.cards import card_notices, card_printer

    template = CardTemplate(args.template)
    checked = _checked(template, items)
    printer = card_printer(template, "SocialDesk cards")
    notices = card_notices(printer, template, items, shop_name, checked=checked)  # each code verified once
    try:
        data = _pdf_bytes(printer, template, items, shop_name, checked)
    except OSError as error:
        print("socialdesk print-cards: " + _("could not draw the cards: {reason}").format(reason=error.strerror or error),
              file=sys.stderr)
        return EXIT_FAILED
    if not write_output(output, data, args, "print-cards"):
        return EXIT_FAILED
    for notice in notices:  # the PDF is good; what it leaves off is said, once each
        print("socialdesk print-cards: " + _(WARNING).format(message=notice.text()), file=sys.stderr)
    if args.output != "-":
        print(output)
    return EXIT_OK


def _checked(template, items) -> dict:
    from socialdesk.ui.printing.cards import CardCodeRefused, check_cards

    try:
        return check_cards(template, items)
    except CardCodeRefused as error:
        from socialdesk.headless.qr import REASONS

        raise Refused(_("{card}: the code would not scan on this card ({reason}; it needs {needed} mm, the card "
                        "gives {available} mm); use a shorter link").format(
            card=error.item.caption or error.item.payload, reason=_(REASONS[error.reason]),
            needed=f"{error.needed_mm:g}", available=f"{error.available_mm:.0f}")) from None
    except EncodingRefused as error:
        raise Refused(_("a listing's link cannot become a QR code: {reason}").format(reason=error)) from None


def _pdf_bytes(printer, template, items, shop_name: str, checked: dict) -> bytes:
    """The whole PDF, drawn in a private temporary folder; the guarded writer then puts it in place."""
    from socialdesk.ui.printing.cards import paint_cards
    from socialdesk.ui.printing.output import paint_pdf_to

    with tempfile.TemporaryDirectory(prefix="socialdesk-cards-") as folder:
        temp = Path(folder) / "cards.pdf"
        paint_pdf_to(temp, lambda device: paint_cards(device, template, items, shop_name, checked=checked), printer)
        return temp.read_bytes()
