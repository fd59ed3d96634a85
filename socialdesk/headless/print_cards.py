"""`socialdesk print-cards`: every listing marked for print, as QR cards in one PDF."""

import sys
from pathlib import Path

from socialdesk.headless.exits import EXIT_FAILED, EXIT_OK, Refused
from socialdesk.domain.card_template import CardTemplate
from socialdesk.headless.common import open_data_file, refuse_overwrite, write_output
from socialdesk.headless.language import N_, _, current_language
from socialdesk.headless.messages import NO_FOLDER, WARNING
from socialdesk.headless.os_words import os_reason
from socialdesk.headless.streams import say
from socialdesk.qr.encoding import EncodingRefused
from socialdesk.domain.urls import UrlProblem


def run(args) -> int:
    _refuse_long_words(args)
    stock = _stock(args)
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
        _left_out(store)
        items = _door_items(store, args, items)
        style = _style(store, args)
        extra = _extra(store, args, stock)
        _refuse_blank_fronts(args, extra.shop)
    finally:
        store.close()
    if not items:
        raise Refused(_("no listing is marked for print; tick \"print a card\" in the Local presence tab"))
    from socialdesk.headless.print_record import record
    from socialdesk.headless.wording_guard import refuse_broken_rules

    door = CardTemplate(args.template).value.startswith("door")
    _note_unused_closure(args, door)
    refuse_broken_rules(items, args, closure=extra.closure if door else "", shop=extra.shop)  # before drawing
    done = _write(output, args, items, shop_name, style, extra)
    if done != EXIT_OK:
        return done
    from socialdesk.domain.cards_layout import printed_items

    return record(args, printed_items(CardTemplate(args.template), items, 1, extra.stock), stock)


def _refuse_long_words(args) -> None:
    """--closure and --place are printed or listed: bounded, said in one line."""
    from socialdesk.domain.cards import CLOSURE_MAX_CHARS, PLACE_MAX_CHARS

    for option, text, most in (("--closure", args.closure, CLOSURE_MAX_CHARS), ("--place", args.place, PLACE_MAX_CHARS)):
        if text and len(text.strip()) > most:
            raise Refused(_("{option} is {length} characters long; it holds at most {most}").format(
                option=option, length=len(text.strip()), most=most))


def _note_unused_closure(args, door: bool) -> None:
    """--closure prints only on door signs: said in one line, not silently left off the other cards."""
    if not door and (args.closure or "").strip():
        print("socialdesk print-cards: " + _(WARNING).format(message=_(
            "--closure is printed on door signs only (--template door-a5 or door-a4); these cards leave it off")),
              file=sys.stderr)


def _left_out(store) -> None:
    """A listing marked for print whose link cannot go in a code is said, one line each, not silently dropped."""
    from socialdesk.domain.presence.listings import ListingStatus, card_for_listing
    from socialdesk.domain.urls import UrlRefused, safe_http_url
    from socialdesk.headless.qr import URL_PROBLEMS

    for listing in store.presence.listings():
        if listing.print_card and listing.status is not ListingStatus.NOT_RELEVANT and card_for_listing(listing) is None:
            why = _(URL_PROBLEMS[UrlProblem.EMPTY])
            try:
                safe_http_url(listing.review_url or listing.url)
            except UrlRefused as error:
                why = _(URL_PROBLEMS[error.problem])
            print("socialdesk print-cards: " + _(WARNING).format(message=_("{name}: not printed, {why}").format(
                name=listing.name, why=why)), file=sys.stderr)


def _refuse_blank_fronts(args, shop) -> None:
    """Business cards show the shop on their front: refused, not printed blank, while the shop card is empty."""
    if args.template == CardTemplate.BUSINESS.value and not (shop.name or "").strip():
        raise Refused(_("business cards print the shop's name and address on their front; fill in the shop card "
                        "(name, address) in the Strategy tab"))


def _stock(args) -> str | None:
    """The label product named by --sheet (its code on the box), refused unless the template prints on it."""
    from socialdesk.domain.cards_layout import sheet_for, takes_stock
    from socialdesk.domain.label_sheets import sheets_of

    if not getattr(args, "sheet", None):
        return None
    template = CardTemplate(args.template)
    try:
        return sheet_for(template, args.sheet).stock
    except (KeyError, ValueError):
        if takes_stock(template) is None:
            raise Refused(_("--sheet is for the stickers and business templates only")) from None
        known = ", ".join(sheet.code for sheet in sheets_of(takes_stock(template)))
        raise Refused(_("{sheet}: not a sheet for this template; choose one of {known}").format(
            sheet=args.sheet, known=known)) from None


def _door_items(store, args, items):
    """A door sign carries one code, to the shop's place on Google Maps, whatever is marked for print."""
    from socialdesk.domain.cards_layout import sheet_for
    from socialdesk.domain.presence.door_code import door_card
    from socialdesk.ui.printing.cards import card_sentence

    if sheet_for(CardTemplate(args.template)).content != "door":
        return items
    card = door_card(store.presence.listings(), store.shop.get(), card_sentence)
    if card is None:
        raise Refused(_("a door sign needs the shop's Google listing, or its name and address in the Strategy tab"))
    return [card]


def _extra(store, args, stock):
    """--sheet, else what the template prints on for the paper chosen in Preferences (A4 or US Letter)."""
    from socialdesk.domain.cards_layout import default_stock, shop_paper
    from socialdesk.ui.printing.cards import Extra

    template = CardTemplate(args.template)
    stock = stock or _remembered(store, template) or default_stock(template, shop_paper(store.settings,
                                                                                         store.shop.get().country))
    return Extra(stock, store.shop.get(), getattr(args, "closure", None) or "")


def _remembered(store, template) -> str | None:
    """The sheet last chosen in the window for this template, while it is still a sheet of its kind."""
    from socialdesk.domain.cards_layout import sheet_for

    code = store.settings.get("card_sheets").get(template.value)
    try:
        return sheet_for(template, code).stock or None if code else None
    except (KeyError, ValueError):
        return None


def _style(store, args):
    """The shop's look kept in the data file, with --fg, --bg and --logo over it; refused as `socialdesk qr` refuses."""
    from socialdesk.headless.qr import COLOUR_PROBLEMS, LOGO_PROBLEMS, _quoted
    from socialdesk.qr.brand import load_brand
    from socialdesk.qr.colours import ColourRefused, check_colours, shown_ratio
    from socialdesk.qr.logo import LogoRefused, load_logo
    from socialdesk.ui.printing.cards import CardStyle

    brand, logo = load_brand(store.settings)
    fg, bg = args.fg or brand.foreground, args.bg or brand.background
    try:
        check_colours(fg, bg)
    except ColourRefused as error:
        raise Refused(_(COLOUR_PROBLEMS[error.problem]).format(
            option="--bg" if error.role == "background" else "--fg", value=_quoted(error.value), fg=_quoted(fg),
            bg=_quoted(bg), ratio=shown_ratio(error.ratio or 0.0))) from None
    if getattr(args, "no_logo", False):
        logo = None
    elif args.logo:
        try:
            logo = load_logo(Path(args.logo))
        except LogoRefused as error:
            raise Refused(f"{args.logo}: {_(LOGO_PROBLEMS[error.problem])}") from None
    return CardStyle(fg, bg, logo, None, brand.font, brand.layout)


def _read(store):
    """The cards worded by the window's catalogue, in the command's language (Qt's translators need Qt)."""
    from socialdesk.headless.qt_offscreen import ensure_gui

    ensure_gui()
    from socialdesk.ui.printing.cards import card_sentence, speak

    speak(current_language())  # the cards and their notices are the window's sentences
    return store.presence.cards_to_print(card_sentence), store.shop.get().name


def _write(output: Path, args, items, shop_name: str, style, extra) -> int:
    from socialdesk.ui.printing.cards import card_notices, card_printer

    template = CardTemplate(args.template)
    checked = _on_pages(template, items, shop_name, style, extra, _checked(template, items, style, extra.stock))
    printer = card_printer(template, "SocialDesk cards", extra.stock)
    notices = card_notices(printer, template, items, shop_name, checked=checked, style=style, stock=extra.stock,
                           printed_too=_printed_too(template, extra))  # verified once
    try:
        data = _pdf_bytes(printer, template, items, shop_name, checked, style, extra)
    except OSError as error:
        print("socialdesk print-cards: " + _("could not draw the cards: {reason}").format(reason=os_reason(error)),
              file=sys.stderr)
        return EXIT_FAILED
    if not write_output(output, data, args, "print-cards"):
        return EXIT_FAILED
    if template is CardTemplate.DOOR_A4 and (extra.stock or "").lower() == "letter":  # its name says A4
        from socialdesk.ui.printing.cards import CardNotice

        notices = [CardNotice("letter page", args.template), *notices]
    texts = [_us_page(template, extra.stock)] + [notice.text() for notice in notices]
    for text in filter(None, texts):  # the PDF is good; what it leaves off is said, once each
        print("socialdesk print-cards: " + _(WARNING).format(message=text), file=sys.stderr)
    if args.output != "-":
        say(str(output))
    return EXIT_OK


_US_PAGES = {CardTemplate.A6: N_("{template} prints on a quarter-letter page (4¼ × 5½ in), the US paper of this shop "
                                  "(Preferences ▸ Printing)"),
             CardTemplate.TENT: N_("{template} prints on a half-letter page (5½ × 8½ in) folded in two, the US paper of "
                                   "this shop (Preferences ▸ Printing)"),
             CardTemplate.DOOR_A5: N_("{template} prints on a half-letter page (5½ × 8½ in), the US paper of this shop "
                                      "(Preferences ▸ Printing)")}


def _us_page(template, stock) -> str:
    """A template named after an A size printed on the US page that stands for it: said, its name would mislead."""
    if template not in _US_PAGES or (stock or "").lower() != "letter":
        return ""
    return _(_US_PAGES[template]).format(template=template.value)


def _printed_too(template, extra) -> tuple[str, ...]:
    """The words printed beside the codes besides the listings': a door sign's closure and hours, a business
    card's trade and address."""
    from socialdesk.domain.cards_layout import sheet_for

    content, shop = sheet_for(template, extra.stock).content, extra.shop
    if content == "door":
        return (extra.closure, shop.trade, shop.opening_hours or "")
    if content == "business":
        return (shop.trade, shop.address, shop.city, shop.website)
    return ()


def _checked(template, items, style, stock=None) -> dict:
    from socialdesk.qr.design import LogoDoesNotFit
    from socialdesk.ui.printing.cards import CardCodeRefused, LabelTooSmall, check_cards

    try:
        return check_cards(template, items, style=style, stock=stock)
    except LogoDoesNotFit:
        raise Refused(_("a code on these cards is too small to carry the logo; choose a bigger card or print "
                        "without the logo")) from None
    except LabelTooSmall as error:
        raise Refused(_("{sheet}: its labels are {height} mm high, too small for a code that scans: a code of at least "
                        "{needed} mm, its quiet zone and the address under it need labels at least {minimum} mm "
                        "high").format(sheet=error.sheet, height=_mm(error.height_mm), needed=_mm(error.needed_mm),
                                       minimum=_mm(error.needed_height_mm))) from None
    except CardCodeRefused as error:
        from socialdesk.headless.qr import REASONS

        raise Refused(_("{card}: the code would not scan on this card ({reason}; it needs {needed} mm, the card "
                        "gives {available} mm); use a shorter link").format(
            card=error.item.caption or error.item.payload, reason=_(REASONS[error.reason]),
            needed=f"{error.needed_mm:g}", available=f"{error.available_mm:.0f}")) from None
    except EncodingRefused as error:
        raise Refused(_("a listing's link cannot become a QR code: {reason}").format(reason=error)) from None


def _on_pages(template, items, shop_name: str, style, extra, checked: dict) -> dict:
    """The codes as the pages print them, read at 150 dpi by zxing-cpp and zbar: a smaller logo, or refused."""
    from socialdesk.ui.printing.page_check import PageCodeUnread, check_pages

    try:
        return check_pages(template, items, shop_name, 1, style, checked, extra)
    except PageCodeUnread as error:
        raise Refused(_("{card}: with the logo its code does not read on the printed page at 150 dpi, even with the "
                        "logo at its smallest; print without the logo (--no-logo) or on a bigger card").format(
            card=error.item.caption or error.item.payload)) from None


def _mm(value: float) -> str:
    """A length as the command's language writes it: 25.4, in French 25,4."""
    return f"{value:g}".replace(".", ",") if current_language() == "fr" else f"{value:g}"


def _pdf_bytes(printer, template, items, shop_name: str, checked: dict, style, extra) -> bytes:
    """The whole PDF, drawn in a private temporary folder; the guarded writer then puts it in place."""
    from socialdesk.ui.printing.cards import paint_cards
    from socialdesk.ui.printing.output import paint_pdf_to

    from socialdesk.headless.scratch import scratch_folder

    with scratch_folder("socialdesk-cards-") as folder:  # a killed run's folder goes at the next run
        temp = folder / "cards.pdf"
        paint_pdf_to(temp, lambda device: paint_cards(device, template, items, shop_name, style=style,
                                                      checked=checked, extra=extra), printer)
        return temp.read_bytes()
