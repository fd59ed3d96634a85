"""A holiday's or closure's door sign, saved as PDF on the shop's paper and kept in the printed codes at the door;
it announces the holidays and closures that come next too."""

from PySide6.QtCore import QCoreApplication

from socialdesk.domain.card_template import CardTemplate
from socialdesk.domain.file_names import FileKind, default_name
from socialdesk.ui.common.words import fill
from socialdesk.ui.i18n import current_language

TEMPLATE = CardTemplate.DOOR_A4  # the large door sign: A4, or Letter for a shop on US paper
PLACE = "door"
CONTEXT = "DoorSign"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def coming_lines(store, occasion) -> list[str]:
    """The next holidays and closures after `occasion` the sign announces, one door line each ("Closed on 11
    November", "Open on 1 May, 9am–1pm", "Closed from 3 to 23 August (annual leave)"); a coming closure with days
    opened in it says so on its line, never on lines of its own (the sign stays readable: attack 36b, M3)."""
    from socialdesk.domain.calendar.closures import coming_after
    from socialdesk.domain.hours.model import day_answer
    from socialdesk.ui.calendar.occasion_words import coming_line

    hours = store.shop.get().hours
    coming = coming_after(occasion, store.calendar.closures.closures(), store.shop.alsace_moselle(), hours)
    return [coming_line(o, () if o.closure is not None else day_answer(hours, o.first)) for o in coming]


def save_door_sign(parent, store, clock, line: str, report, coming: list[str] = ()) -> list | None:
    """Ask where, save the door sign with its closure `line` and the `coming` days' lines (after the review-rules
    question every printed word passes), record its code at the door; the Changes to publish, or None when
    nothing was saved (`report(text)` said why, when there is a reason)."""
    from socialdesk.domain.cards_layout import default_stock, printed_items, shop_paper
    from socialdesk.domain.presence.door_code import door_card
    from socialdesk.qr.encoding import EncodingRefused
    from socialdesk.ui.presence.card_rules import words_allowed
    from socialdesk.ui.printing.cards import CardCodeRefused, card_sentence
    from socialdesk.ui.printing.page_check import PageCodeUnread

    shop = store.shop.get()
    card = door_card(store.presence.listings(), shop, card_sentence)
    if card is None:
        report(_tr("A door sign needs your Google listing, or the shop's name and address in the Strategy tab."))
        return None
    allowed, broken = words_allowed(parent, [card], "\n".join([line, *coming]), shop)
    if not allowed:
        report(fill(_tr("Not printed: %1"), broken))
        return None
    stock = default_stock(TEMPLATE, shop_paper(store.settings, shop.country))
    try:
        saved = _save(parent, shop, stock, [card], line, report, coming)
    except (CardCodeRefused, PageCodeUnread, EncodingRefused):
        report(_tr("Not printed: the door sign's code would not read. Check the Google listing's link, or print "
                   "the door sign from the QR code page."))
        return None
    if saved is None:
        return None
    report(fill(_tr("Saved %1."), str(saved)))
    return store.presence.printed.record(printed_items(TEMPLATE, [card], 1, stock), TEMPLATE.value, PLACE, clock())


def _save(parent, shop, stock: str, items, line: str, report, coming: list[str] = ()):
    from socialdesk.ui.printing.card_style import CardStyle, Extra
    from socialdesk.ui.printing.cards import save_cards_pdf

    extra = Extra(stock, shop, line, tuple(coming))
    return save_cards_pdf(parent, TEMPLATE, items, shop.name, 1, CardStyle(), extra, _tr("Door sign"),
                          _tr("Save the door sign as PDF"), default_name(FileKind.DOOR_SIGN_PDF, current_language()),
                          _tr("PDF document (*.pdf)"), report)
