"""The calendar tab's selection: one list at a time holds the posts selected (the ideas, a week's day, a month's day),
the keys act on it only while it shows, and a new post goes to the day pointed at, with the keyboard or selected."""

from datetime import date, timedelta

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QApplication, QMenu

from socialdesk.ui.calendar.week_view import PostList


class PostSelection:
    """Mixed into the calendar tab (its ideas, week, months, edits, today() and start)."""

    _active: PostList | None = None  # the list whose selection was made last
    _pointed: PostList | None = None  # the day whose free space was right-clicked, while its menu shows
    _clearing = False  # the other lists' selections being cleared

    def _on_list_selection_changed(self, posts: PostList):
        if self._clearing or not posts.selectedItems():
            return
        self._active = posts
        self._clearing = True
        for other in [self.ideas, *self.week.lists(), *self.months.built_lists()]:  # the hidden view's too (39 H1)
            if other is not posts:
                other.clearSelection()
        self._clearing = False

    def active_list(self) -> PostList | None:
        """The list whose selection the post keys act on: the ideas or the day whose chips hold the keyboard, with
        what is selected there (a chip selected on another day is left alone: Delete on the empty day the arrows
        walked to deleted it); else the list selected last, never one of the view not shown (a chip selected in the
        month, then Delete in the week, must not delete it unseen)."""
        keyboard = self._posts_with_keyboard()
        if keyboard is not None:
            return keyboard if keyboard.selectedItems() else None
        if self._active is not None and self._active.isVisible() and self._active.selectedItems():
            return self._active
        return None

    def _posts_with_keyboard(self) -> PostList | None:
        focus = QApplication.focusWidget()
        if not isinstance(focus, PostList):
            return None
        shown = self.months.lists() if self.months.shown else self.week.lists()
        return focus if focus is self.ideas or any(focus is posts for posts in shown) else None

    def selected_ids(self) -> list[int]:
        active = self.active_list()
        return active.selected_ids() if active else []

    def selected_day(self) -> date:
        """Where a new post goes: the day whose free space was right-clicked, else the day with the keyboard, else
        the day of the chips selected (attack 39b, L1 and L2: a chip selected elsewhere won over both)."""
        focused = self.months.view.focused_list() if self.months.shown else self.week.focused_list()
        active = self._pointed or focused or self.active_list()
        if active is not None and active.day is not None:
            return active.day
        today = self.today()
        if self.months.shown:  # today in its month, else the month's 1st: never a grey day of another (39c, M1)
            return today if today.replace(day=1) == self.months.month else self.months.month
        return today if self.start <= today < self.start + timedelta(days=7) else self.start

    def select_posts(self, ids) -> None:
        """Selects these posts; each list scrolls to the first of them (below the fold in a full day)."""
        ids = set(ids)
        week = [] if self.months.shown else self.week.lists()  # never the view not shown (attack 39b, M1)
        for posts in [self.ideas, *week, *self.months.lists()]:
            chosen = posts.rows_of(ids)
            for item in chosen:
                item.setSelected(True)
            if chosen:
                posts.selectionModel().setCurrentIndex(posts.indexFromItem(chosen[0]),
                                                       QItemSelectionModel.SelectionFlag.NoUpdate)
                posts.scrollToItem(chosen[0])
                posts.setFocus()

    def _on_list_context_menu(self, posts: PostList, pos):
        item = posts.itemAt(pos)
        if item is not None and not item.isSelected():
            posts.setCurrentItem(item)
        menu = QMenu(self)
        self.edits.populate(menu, on_posts=item is not None, ideas=posts.day is None)  # free space: a menu that
        # acts on no post selected elsewhere (attack 40, L1: « Delete » there deleted a chip selected on another day;
        # 40b, L2: « New post » in the ideas went on that chip's day)
        self._pointed = posts if posts.day is not None else None  # "New post" goes on that day
        try:
            menu.exec(posts.viewport().mapToGlobal(pos))
        finally:
            self._pointed = None
