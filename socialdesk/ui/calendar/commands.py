"""Undo for every calendar edit: a command holds the posts before and after, and puts them back."""

from PySide6.QtGui import QUndoCommand

from socialdesk.ui.common.saving import saving


class SnapshotCommand(QUndoCommand):
    """The edit was already done when pushed; undo writes `before`, redo writes `after` again."""

    def __init__(self, tab, text: str, before: list, after: list, series_before: dict, series_after: dict):
        super().__init__(text)
        self._tab = tab
        self._before, self._after = before, after
        self._series_before, self._series_after = series_before, series_after
        self._done = True

    def redo(self):
        if self._done:  # the first redo is the edit itself, already saved
            self._done = False
            return
        self._apply(self._before, self._after, self._series_after)

    def undo(self):
        self._apply(self._after, self._before, self._series_before)

    def _apply(self, current: list, wanted: list, series: dict):
        wanted_ids = {p.id for p in wanted}
        remove = [p.id for p in current if p.id not in wanted_ids]
        with saving(self._tab) as attempt:
            change = self._tab.store.calendar.put_back(remove, wanted, series)
        if attempt.failed:
            return
        self._tab.publish(change)
        self._tab.reload()
        self._tab.select_posts([p.id for p in wanted])


class LimitsCommand(QUndoCommand):
    """Character limits the owner corrected: undo puts the previous values back."""

    def __init__(self, tab, text: str, before: dict, after: dict, today):
        super().__init__(text)
        self._tab, self._before, self._after, self._today = tab, before, after, today

    def redo(self):
        self._apply(self._after)

    def undo(self):
        self._apply(self._before)

    def _apply(self, limits: dict):
        with saving(self._tab) as attempt:
            for key, value in limits.items():
                change = self._tab.store.calendar.set_limit(key, value, self._today)
        if attempt.failed:
            return
        if limits:
            self._tab.publish(change)
