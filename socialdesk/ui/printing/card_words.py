"""The words of a printed card (shop name, call to action, caption, address) fitted to its face, and what is left off."""

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF

from socialdesk.domain.cards import MIN_CALL_TO_ACTION_POINTS, CardItem
from socialdesk.domain.cards_layout import Rect, face_layout, words_area
from socialdesk.domain.shop import ShopCard
from socialdesk.ui.common.words import fill, shorten
from socialdesk.ui.presence.qr_paint import Lettering, MmCanvas, fit_line, fit_text
from socialdesk.ui.printing.card_address import fit_in
from socialdesk.ui.printing.card_style import CardStyle


def _layout(rect: Rect, group: list[CardItem], checked: dict | None = None, tall: bool = True,
            headline: bool = False):
    """The face's layout with an address band high enough for the longest address of its group, unless
    a code then too small would not scan (not in `checked`): the code before the address."""
    from socialdesk.ui.printing.card_address import address_band_mm

    usual = face_layout(rect, len(group), headline=headline)
    band = max(address_band_mm(item.address, slot.address.width) for item, slot in zip(group, usual.slots))
    layout = face_layout(rect, len(group), band, headline) if tall else usual
    if checked is not None and not all(_key(item, slot) in checked for item, slot in zip(group, layout.slots)):
        return usual
    return layout


def _key(item: CardItem, slot) -> tuple[str, float]:
    return item.payload, round(slot.code.width, 3)


@dataclass(frozen=True)
class CardNotice:
    """Something the owner must know about a printed card: an address or a call to action left off
    (`kind` "address", or "bare address" on a card without a caption, "call to action"), a shop name or a text printed shortened ("title", "text");
    `name` says which."""

    kind: str
    name: str
    cards: str = ""  # "logo": the cards whose code goes without the logo on the sheet `name`

    def text(self) -> str:
        if self.kind == "letter page":  # `name`: the template asked for by its A4 name
            return fill(QCoreApplication.translate(
                "CardPrinting", "%1 prints on a US Letter page, the paper of this shop (Preferences ▸ Printing)."),
                self.name)
        if self.kind == "logo":
            return fill(QCoreApplication.translate(
                "CardPrinting", "On %1 labels the logo is left off the code of %2: with it, the address could not "
                                "go under the code."), self.name, _short(self.cards, 60))
        if self.kind == "logo unread":
            return fill(QCoreApplication.translate(
                "CardPrinting", "The logo is left off the code of %1: with it, that code does not read on the "
                                "printed page."), _short(self.cards, 60))
        if self.kind == "address":
            return fill(QCoreApplication.translate(
                "CardPrinting", "The address of %1 is too long to print under its code; the code itself is "
                                "complete."), _short(self.name, 60))
        if self.kind == "bare address":  # no caption to name the card by: the address names itself
            return fill(QCoreApplication.translate(
                "CardPrinting", "The address %1 is too long to print under its code; the code itself is "
                                "complete."), _short(self.name, 60))
        if self.kind == "call to action":
            return fill(QCoreApplication.translate(
                "CardPrinting", "The headline “%1” does not fit on one line on this card even in small "
                                "letters: it is left off; shorten it or choose a bigger card."), _short(self.name, 60))
        if self.kind == "glyphs":  # `name`: the characters no font here can draw
            return fill(QCoreApplication.translate(
                "CardPrinting", "No font on this computer has %1 in the shop name: it prints as an empty box; "
                                "take it out of the shop name in the Strategy tab."), " ".join(self.name))
        if self.kind == "one back":  # `name`: the listing on every back; `cards`: those marked but left off
            return fill(QCoreApplication.translate(
                "CardPrinting", "Every business card carries one code on its back, %1 (the first listing marked for "
                                "print); %2 are not on them: for another code on the backs, leave only its listing "
                                "marked for print."),
                _short(self.name, 40), _short(self.cards, 60))
        if self.kind == "glyphs in":  # `name`: the characters no font here can draw; `cards`: the words they are in
            return fill(QCoreApplication.translate(
                "CardPrinting", "No font on this computer has %1 in “%2”: it prints as an empty box; take it out."),
                " ".join(self.name), _short(self.cards, 60))
        if self.kind == "review form":  # `name`: the platform the card asks a review on; `cards`: its link
            return fill(QCoreApplication.translate(
                "CardPrinting", "The card asks for a review on %1, but its link (%2) does not look like %1's review "
                                "form: check the review link in Local presence ▸ Listings."),
                self.name, _short(self.cards, 60))
        if self.kind == "title":
            return QCoreApplication.translate(
                "CardPrinting", "The shop name is too long for this card even in small letters: it is printed "
                                "shortened.")
        return fill(QCoreApplication.translate(
            "CardPrinting", "“%1” is too long for this card even in small letters: it is printed shortened."
        ), _short(self.name))


def _short(text: str, most: int = 40) -> str:
    return shorten(" ".join(text.split()), most)


def _face_words(device, canvas: MmCanvas, rect: Rect, group: list[CardItem], shop_name: str,
                checked: dict | None = None, style: CardStyle = CardStyle()):
    """[(area, FittedText or None, CardNotice or None)] for a face's title and every code's words, each
    code's address last of its three (in plain letters whatever the brand's: a link must read exactly)."""
    headline = style.headline(group)
    layout = _layout(rect, group, checked, headline=headline)
    lettered = Lettering(device, style.font)
    if headline:  # the headline large on top, the shop name on the headline's line
        words = [_headline(lettered, _q(canvas, layout.title), group[0].call_to_action)]
    else:
        words = [_fitted(lettered, _q(canvas, layout.title), shop_name, 18, True, CardNotice("title", shop_name))]
    for item, slot in zip(group, layout.slots):
        name = item.caption or item.address
        if headline:
            words.append(_fitted(lettered, _q(canvas, slot.call_to_action), shop_name, 12, False,
                                 CardNotice("title", shop_name)))
        else:
            words.append(_call_to_action(lettered, _q(canvas, slot.call_to_action), item.call_to_action,
                                         item.caption))
        caption = slot.call_to_action if headline and not shop_name else slot.caption  # door: right under its code
        words.append(_fitted(lettered, _q(canvas, caption), item.caption, 11, False, CardNotice("text", name)))
        area = _q(canvas, slot.address)
        address = fit_in(device, item.address, area)  # up to three lines, 8 pt down to 7 pt, never cut
        left_off = CardNotice("address", item.caption) if item.caption else CardNotice("bare address", item.address)
        words.append((area, address, left_off if item.address and address is None else None))
    return words


def _call_to_action(device, area, text: str, caption: str = ""):
    """One whole line, 14 pt down to MIN_CALL_TO_ACTION_POINTS: a sentence wrapped or cut on a card
    reads as two, so one that does not fit is said, printed short ("Leave us a review", the caption
    naming the platform under it) when it ends in the caption, else left off ("call to action" notice)."""
    if not text:
        return area, None, None
    line = " ".join(text.split())
    fitted = fit_line(device, line, area, 14, MIN_CALL_TO_ACTION_POINTS, bold=True)
    if fitted is not None:
        return area, fitted, None
    short = short_call(line, caption)
    fitted = fit_line(device, short, area, 14, MIN_CALL_TO_ACTION_POINTS, bold=True) if short else None
    return area, fitted, CardNotice("call to action" if fitted is None else "text", line)


def short_call(line: str, caption: str) -> str:
    """"Leave us a review on Google" with the caption "Google" under it: "Leave us a review" (the last word
    before the platform's name, "on" or "sur", goes with it); "" when the sentence does not end in the caption."""
    caption = " ".join(caption.split())
    if not caption or not line.casefold().endswith(" " + caption.casefold()):
        return ""
    words = line[:-len(caption)].split()
    return " ".join(words[:-1]) if len(words) > 1 else ""


def _headline(device, area, text: str):
    """The large headline: one whole line as large as it fits (32 pt down), left off and said as any call to
    action that does not fit on one line (a sentence wrapped on a card reads as two)."""
    line = " ".join(text.split())
    fitted = fit_line(device, line, area, 32, MIN_CALL_TO_ACTION_POINTS, bold=True)
    return area, fitted, CardNotice("call to action", line) if fitted is None else None


def _fitted(device, area, text: str, points: float, bold: bool, notice: CardNotice):
    if not text:
        return area, None, None
    fitted = fit_text(device, text, area, points, bold)
    return area, fitted, None if fitted.complete else notice


def _door_notices(device, canvas: MmCanvas, sheet, shop_name: str) -> list[CardNotice]:
    """A door sign's name (or hours, closure) printed shortened."""
    from socialdesk.ui.printing.shop_faces import door_blocks

    blocks = door_blocks(device, canvas, words_area(sheet.faces[0].rect), ShopCard(name=shop_name), "")
    return [CardNotice("title", shop_name) for _area, fitted, _text in blocks[:1] if not fitted.complete]


def _q(canvas: MmCanvas, rect: Rect) -> QRectF:
    return canvas.rect(rect.x, rect.y, rect.width, rect.height)
