"""`socialdesk print-cards`: every listing marked for print, as QR cards in one PDF."""

import os
import sys
from pathlib import Path

from socialdesk.cli import EXIT_FAILED, EXIT_OK, Refused
from socialdesk.export_files import make_private
from socialdesk.headless.common import open_data_file, refuse_overwrite
from socialdesk.qr.encoding import EncodingRefused


def run(args) -> int:
    output = Path(args.output)
    if output.suffix.lower() != ".pdf":
        raise Refused(f"{output.name}: the output must end in .pdf")
    refuse_overwrite(output, args.force, args)
    if not output.absolute().parent.is_dir():
        print(f"socialdesk print-cards: the folder {output.absolute().parent} does not exist", file=sys.stderr)
        return EXIT_FAILED
    store = open_data_file(args, "print-cards", write=False)
    if store is None:
        return EXIT_FAILED
    try:
        items, shop_name = _read(store)
    finally:
        store.close()
    if items is None:
        print("socialdesk print-cards: this version cannot read the listings marked for print", file=sys.stderr)
        return EXIT_FAILED
    if not items:
        raise Refused("no listing is marked for print; tick \"print a card\" in the Local presence tab")
    return _write(output, args.template, items, shop_name)


def _read(store):
    try:
        items = store.presence.cards_to_print()
    except (AttributeError, ImportError):
        return None, ""
    return items, store.shop.get().name


def _write(output: Path, template_name: str, items, shop_name: str) -> int:
    from socialdesk.headless.qt_offscreen import ensure_gui

    ensure_gui()
    from socialdesk.ui.presence.cards_layout import CardTemplate
    from socialdesk.ui.printing.cards import CardCodeRefused, card_notices, card_printer, check_cards, paint_cards
    from socialdesk.ui.printing.output import write_pdf

    template = CardTemplate(template_name)
    try:
        checked = check_cards(template, items)
    except CardCodeRefused as error:
        raise Refused(f"{error.item.caption or error.item.payload}: the code would not scan on this card "
                      f"({error.reason.value}; it needs {error.needed_mm:g} mm, the card gives "
                      f"{error.available_mm:.0f} mm); use a shorter link") from None
    except EncodingRefused as error:
        raise Refused(f"a listing's link cannot become a QR code: {error}") from None
    partial = output.with_name(f".{output.name}.partial")
    printer = card_printer(template, "SocialDesk cards")
    notices = card_notices(printer, template, items, shop_name)
    try:
        write_pdf(partial, lambda device: paint_cards(device, template, items, shop_name, checked=checked), printer)
        os.replace(partial, output)
        make_private(output)
    except OSError as error:
        print(f"socialdesk print-cards: could not write {output}: {error.strerror or error}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        partial.unlink(missing_ok=True)
    for notice in notices:  # the PDF is good; what it leaves off is said, once each
        print(f"socialdesk print-cards: warning: {notice.text()}", file=sys.stderr)
    print(output)
    return EXIT_OK
