"""The calendar's edit actions (menu, context menu, keyboard) and what each one does."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING
from datetime import date, timedelta

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from socialdesk.domain.calendar.recurrence import Recurrence
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.storage.calendar.repo import moved
from socialdesk.storage.calendar.series import series_time
from socialdesk.storage.drafts import merged_onto
from socialdesk.ui.calendar.commands import LimitsCommand
from socialdesk.ui.calendar.network_picker import new_post_networks
from socialdesk.ui.calendar.post_checks import move_agreed
from socialdesk.ui.common.dates import bounded
from socialdesk.ui.common.week_keys import week_action

if TYPE_CHECKING:  # the dialogs load when first opened, not before the window's first paint
    from socialdesk.ui.calendar.post_dialog import PostChoice


class DayDialog(QDialog):
    """Asks for a day: the keyboard way to drop a post or an idea on any date."""

    def __init__(self, parent, day: date):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move to a day"))
        layout = QVBoxLayout(self)
        self.edit = bounded(QDateEdit(day))
        self.edit.setCalendarPopup(True)
        self.edit.setAccessibleName(self.tr("Day"))
        layout.addWidget(QLabel(self.tr("Put the selected posts on:"), buddy=self.edit))
        layout.addWidget(self.edit)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)

    @classmethod
    def ask(cls, parent, day: date) -> date | None:
        dialog = cls(parent, day)
        return dialog.edit.date().toPython() if dialog.exec() == QDialog.DialogCode.Accepted else None


class EditActions(QObject):
    def __init__(self, tab):
        super().__init__(tab)
        self.tab = tab
        a = self._action
        self.new = a(self.tr("&New post…"), self.new_post, "Ctrl+N")
        self.new_idea_action = a(self.tr("New i&dea…"), self.new_idea)  # the ideas' free space, right-clicked
        self.edit = a(self.tr("&Edit…"), lambda: self._each(self.edit_post, first=True), "F2")
        self.publish_action = a(self.tr("&Publish by hand…"), self.publish, "Ctrl+Shift+P")
        self.unpublish = a(self.tr("Mark as n&ot published"), self.mark_unpublished)
        self.duplicate_action = a(self.tr("D&uplicate"), lambda: self.duplicate(self.tab.selected_ids()), "Ctrl+D")
        self.earlier = a(self.tr("Move a day ea&rlier"), lambda: self.shift(-1), "Ctrl+Left")
        self.later = a(self.tr("Move a day la&ter"), lambda: self.shift(1), "Ctrl+Right")
        self.to_day = a(self.tr("Move to a da&y…"), self.move_to_day, "Ctrl+Shift+D")
        self.to_ideas = a(self.tr("Back to &ideas"), lambda: self.move(self.tab.selected_ids(), None), "Ctrl+Shift+I")
        self.delete = a(self.tr("&Delete"), self.delete_selected, QKeySequence.StandardKey.Delete)
        self.limits = a(self.tr("Character li&mits…"), self.edit_limits)
        self.extras = a(self.tr("&Hashtags and signatures…"), self.edit_extras)
        self.prev_week = week_action(tab, "Alt+Left", lambda: self.tab.go_previous())  # as in the checklist
        self.next_week = week_action(tab, "Alt+Right", lambda: self.tab.go_next())
        self.this_week = week_action(tab, "Alt+Home", lambda: self.tab.go_today())

    def _action(self, text, slot, shortcut=None) -> QAction:
        action = QAction(text, self.tab)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _=False: slot())
        return action

    def install(self, tab, lists):
        """Week keys work anywhere in the tab; post keys only where posts have the focus, so Delete
        in the date field never deletes a post."""
        tab.addActions([self.new, self.prev_week, self.next_week, self.this_week])
        post_actions = [self.edit, self.publish_action, self.duplicate_action, self.earlier, self.later,
                        self.to_day, self.to_ideas, self.delete]
        for action in post_actions:
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        for posts in lists:
            posts.addActions(post_actions)

    def populate(self, menu, on_posts: bool = True, ideas: bool = False):
        """`on_posts` False: the menu of free space, with nothing that acts on posts selected elsewhere: a new post
        on that day, or a new idea in the ideas (`ideas`), not on the day of a chip selected elsewhere."""
        if not on_posts:
            menu.addActions([self.new_idea_action if ideas else self.new, self.limits])
            return
        menu.addActions([self.new, self.edit, self.publish_action, self.unpublish])
        menu.addSeparator()
        menu.addActions([self.duplicate_action, self.earlier, self.later, self.to_day, self.to_ideas])
        menu.addSeparator()
        menu.addActions([self.delete, self.limits])

    def _each(self, function, first=False):
        ids = self.tab.selected_ids()
        for post_id in ids[:1] if first else ids:
            function(post_id)

    # ----- writing posts
    def new_post(self):
        self._create(self._fresh(day=self.tab.selected_day(), status=PostStatus.PLANNED))

    def new_post_on(self, day: date | None):
        self._create(self._fresh(day=day, status=PostStatus.PLANNED if day else PostStatus.IDEA))

    def new_idea(self):
        self._create(self._fresh(status=PostStatus.IDEA))

    def _fresh(self, **fields) -> Post:
        """A new post with the networks ticked in Preferences ▸ Calendar."""
        return Post(networks=new_post_networks(self.tab.store), **fields)

    def _ask(self, post: Post, save, **options) -> PostChoice | None:
        """The post dialog, saving on OK through `save(choice) -> bool`: when the file refuses (disk full,
        busy), the dialog stays open with everything typed and its draft kept, and OK can be clicked again."""
        from socialdesk.ui.calendar.post_dialog import PostDialog

        choice = PostDialog.ask(self.tab, post, self.tab.store, clock=self.tab.clock, save=save, **options)
        if choice is not None and not choice.saved and not save(choice):  # a dialog without the hook
            return None
        return choice

    def _create(self, post: Post):
        repo = self.tab.store.calendar

        def save(choice: PostChoice) -> bool:
            if choice.rule is not None:
                return self.tab.record(self.tr("New repeating post"), [],
                                       lambda: repo.add_series(choice.post, choice.rule))
            name = self.tr("New post") if choice.post.day else self.tr("New idea")
            return self.tab.record(name, [], lambda: repo.add(choice.post))

        choice = self._ask(post, save)
        if choice is not None:
            self.follow(choice.post)

    def resume_draft(self, draft: Post):
        """Open the post dialog on a draft kept when SocialDesk closed; save it as the dialog would have."""
        repo = self.tab.store.calendar
        stored = repo.get(draft.id) if draft.id is not None else None
        if stored is None:  # a new post, or one deleted since: it becomes a new post
            self._create(replace(draft, id=None, series_id=None))
            return
        post = merged_onto(stored, draft)

        def save(choice: PostChoice) -> bool:
            saved = choice.post
            if post.series_id is not None:
                saved = replace(saved, extra={**saved.extra, "exception": True})
            return self.tab.record(self.tr("Edit post"), [post.id], lambda: repo.save(saved))

        choice = self._ask(post, save, repeat_allowed=post.series_id is None)
        if choice is not None:
            self.follow(choice.post)

    def follow(self, post: Post):
        """Show the week of a post the owner just put on another week, with it selected."""
        if post.day is not None and not self.tab.start <= post.day < self.tab.start + timedelta(days=7):
            self.tab.show_week(post.day)
            if post.id is not None:
                self.tab.select_posts([post.id])

    def edit_post(self, post_id: int):
        repo = self.tab.store.calendar
        post = repo.get(post_id)
        if post is None:
            return
        if post.series_id is None:
            def save(choice: PostChoice) -> bool:
                if choice.rule is not None and choice.post.day is not None:
                    return self.tab.record(self.tr("Make a post repeat"), [post_id],
                                           lambda: repo.make_series(post_id, choice.post, choice.rule))
                return self.tab.record(self.tr("Edit post"), [post_id], lambda: repo.save(choice.post))

            choice = self._ask(post, save)
            if choice is not None:
                self.follow(choice.post)
            return
        scope = self.tab.ask_series_scope(post)
        if scope == "one":
            def save_one(choice: PostChoice) -> bool:
                edited = replace(choice.post, extra={**choice.post.extra, "exception": True})
                return self.tab.record(self.tr("Edit one occurrence"), [post_id], lambda: repo.save(edited))

            self._ask(post, save_one, repeat_allowed=False)
        elif scope == "series":
            self.edit_series(post)

    def edit_series(self, post: Post):
        repo = self.tab.store.calendar
        rule = repo.series_rule(post.series_id)
        first = rule.first_day if rule else post.day

        def save(choice: PostChoice) -> bool:
            new_rule = choice.rule or Recurrence(rule.frequency, choice.post.day, count=1)
            ids = [p.id for p in repo.series_posts(post.series_id)]
            return self.tab.record(self.tr("Edit repeating series"), ids,
                                   lambda: repo.save_series(post.series_id, choice.post, new_rule), [post.series_id])

        # the series' own time, not the hour the clocks skipped to on this post's night
        self._ask(replace(post, day=first, time=series_time(post)), save, rule=rule)

    # ----- moving and copying
    def move(self, ids, day: date | None) -> bool:
        """False when nothing moved (the owner kept them off a past day, or the file refused)."""
        repo = self.tab.store.calendar
        posts = [p for p in repo.get_many(ids) if p.day != day]
        if not posts or not move_agreed(self.tab, posts, day, self.tab.today()):
            return False
        ids = [p.id for p in posts]
        changed = [moved(p, day) for p in posts]
        text = self.tr("Back to ideas") if day is None else self.tr("Move post")
        return self.tab.record(text, ids, lambda: repo.put_back([], changed))

    def shift(self, days: int):
        repo = self.tab.store.calendar
        posts = [p for p in repo.get_many(self.tab.selected_ids()) if p.day is not None]
        if posts and move_agreed(self.tab, posts, min(p.day for p in posts) + timedelta(days=days), self.tab.today()):
            changed = [moved(p, p.day + timedelta(days=days)) for p in posts]
            self.tab.record(self.tr("Move post"), [p.id for p in posts], lambda: repo.put_back([], changed))
            if not any(self.tab.start <= p.day < self.tab.start + timedelta(days=7) for p in changed):
                self.tab.show_week(changed[0].day)
                self.tab.select_posts([p.id for p in changed])

    def move_to_day(self):
        ids = self.tab.selected_ids()
        if ids:
            day = DayDialog.ask(self.tab, self.tab.selected_day())
            if day is not None and self.move(ids, day):
                self.tab.show_week(day)
                self.tab.select_posts(ids)

    def duplicate(self, ids, day: date | None = None):
        repo = self.tab.store.calendar
        if not ids:
            return

        def copy_all():
            from socialdesk.domain.changes import Area, Change

            new_ids = []
            for post_id in ids:
                new_ids.extend(repo.duplicate(post_id, day).ids)
            return Change(Area.CALENDAR, tuple(new_ids))

        self.tab.record(self.tr("Duplicate"), [], copy_all)

    def delete_selected(self):
        ids = self.tab.selected_ids()
        if ids:
            repo = self.tab.store.calendar
            self.tab.record(self.tr("Delete"), ids, lambda: repo.delete(ids))

    # ----- publishing
    def publish(self):
        ids = self.tab.selected_ids()
        post = self.tab.store.calendar.get(ids[0]) if ids else None
        if post is None:
            return
        from socialdesk.ui.calendar.publish_dialog import PublishDialog

        answer = PublishDialog.ask(self.tab, post, self.tab.store, self.tab.clock)
        if answer is not None:
            repo, (when, alt_text) = self.tab.store.calendar, answer

            def publish():  # the alt text written in the assistant is kept with the post, in the same write
                return repo.mark_published(post.id, when, alt_text if alt_text != post.alt_text else None)

            self.tab.record(self.tr("Mark as published"), [post.id], publish)

    def mark_unpublished(self):
        repo = self.tab.store.calendar
        for post in repo.get_many(self.tab.selected_ids()):
            if post.status is PostStatus.PUBLISHED:
                self.tab.record(self.tr("Mark as not published"), [post.id],
                                lambda p=post: repo.mark_unpublished(p.id))

    def edit_extras(self):
        from socialdesk.ui.calendar.extras_dialog import edit_extras

        edit_extras(self.tab)

    def edit_limits(self):
        current = self.tab.store.calendar.limits()
        from socialdesk.ui.calendar.limits_dialog import LimitsDialog

        changed = LimitsDialog.ask(self.tab, self.tab.store.calendar.limit_rows())
        if changed:
            before = {key: current[key] for key in changed}
            self.tab.undo_stack.push(LimitsCommand(self.tab, self.tr("Change character limits"), before, changed,
                                                   self.tab.today()))
