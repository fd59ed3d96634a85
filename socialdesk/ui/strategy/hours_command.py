"""Undo for typed opening hours: the shop card's week and hours text before and after, put back."""

from dataclasses import replace

from PySide6.QtGui import QUndoCommand

from socialdesk.domain.hours.model import OpeningHours


class HoursCommand(QUndoCommand):
    """The edit was already saved when pushed; undo writes the week before, redo the week after.

    Special days added since are kept: only the week and its text go back (to an empty week when the shop had no
    hours: the special days are not lost with it, attack 36b, M2)."""

    def __init__(self, page, text: str, before, after):
        super().__init__(text)
        self._page = page
        self._before, self._after = before, after  # ShopCard, as read before and written after
        self._done = True

    def redo(self):
        if self._done:  # the first redo is the edit itself, already saved
            self._done = False
            return
        self._put(self._after)

    def undo(self):
        self._put(self._before)

    def _put(self, source) -> None:
        writer = self._page.writer
        now = writer.store.shop.get()
        hours = source.hours
        if now.hours is not None and now.hours.exceptions:
            week = hours.week if hours is not None else ((),) * 7
            hours = OpeningHours(week, now.hours.exceptions)
        elif hours is not None and now.hours is not None:
            hours = OpeningHours(hours.week, now.hours.exceptions)
        card = replace(now, hours=hours, opening_hours=source.opening_hours)
        if writer.write(writer.store.shop.save, card, writer.clock()):
            self._page.hours_editor.load(card.hours, card.opening_hours)
