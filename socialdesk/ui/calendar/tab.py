"""The weekly content calendar tab: the week, the ideas, and every edit undoable."""

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Qt, QTimeZone, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QMenu, QMessageBox, QPushButton, QSplitter,
                               QVBoxLayout, QWidget)

from socialdesk.domain.calendar.coaching import week_hints
from socialdesk.domain.calendar.counting import cadence_targets
from socialdesk.domain.calendar.week_plan import posts_left
from socialdesk.domain.calendar.zones import is_zone
from socialdesk.domain.changes import Area
from socialdesk.domain.posts import Post
from socialdesk.domain.weeks import IsoWeek, clamp, week_days, week_start
from socialdesk.ui.calendar.commands import SnapshotCommand
from socialdesk.ui.calendar.day_notes import shut_and_closed, week_notes
from socialdesk.ui.calendar.edits import EditActions
from socialdesk.ui.calendar.icons import network_name
from socialdesk.ui.calendar.month_mode import MonthMode
from socialdesk.ui.calendar.plan_files import PlanFiles
from socialdesk.ui.calendar.selection import PostSelection
from socialdesk.ui.calendar.week_title import WeekTitle, title_forms
from socialdesk.ui.calendar.week_view import IdeasList, WeekView
from socialdesk.ui.calendar.labels import hint_text
from socialdesk.ui.common.bus import from_others
from socialdesk.ui.common.dates import JumpDateEdit, bounded
from socialdesk.ui.common.saving import saving
from socialdesk.ui.common.words import fill
from socialdesk.ui.theme.style import mark_primary, styled
from socialdesk.ui.theme.type import Type, font
from socialdesk.ui.common.day_words import day_text


def applied_cadence(store) -> dict[str, int]:
    """The strategy's weekly cadence, or {} when the strategy has none."""
    return dict(store.strategy.applied_cadence() or {})


def chosen_weekdays(store) -> frozenset[int]:
    """The usual posting days as the owner applied them with the cadence (a half-edited strategy changes
    nothing on the week until Apply)."""
    return store.strategy.applied_posting_days()


def _system_zone() -> str:
    """Where the OS gives no IANA name to Python (Windows), Qt knows it: new posts keep their zone."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "ignore")
    return name if is_zone(name) else ""


class CalendarTab(PostSelection, QWidget):
    week_changed = Signal(object)  # the first day of the week shown

    def __init__(self, store, bus, clock, parent=None):
        super().__init__(parent)
        self.setObjectName("calendarTabContent")
        self.store, self.bus, self.clock = store, bus, clock
        self.undo_stack = QUndoStack(self)
        self._cadence = applied_cadence(store)
        self._weekdays = chosen_weekdays(store)
        store.calendar.system_zone = _system_zone  # asked only if Python finds no zone, on the first write
        self._syncing = False  # the jump date shown, not chosen
        self.start = week_start(self.today(), self.first_weekday())
        self.edits = EditActions(self)
        self.files = PlanFiles(self)
        self._build()
        bus.changed.connect(self._on_bus_changed)
        self.reload()
        self.months.restore()

    # ----- layout
    def _build(self):
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_navigation())
        self.targets_label = QLabel(self)
        self.targets_label.setObjectName("cadenceTargets")
        self.targets_label.setToolTip(self.tr("Targets from your strategy. An empty day is fine: "
                                              "if you have nothing to say, stay silent."))
        self.hints_label = QLabel(self)
        self.hints_label.setObjectName("weekHints")
        self.hints_label.setWordWrap(True)
        self.months = MonthMode(self)
        top = self.months.switch_row()
        top.insertWidget(0, self.targets_label, 1)
        layout.addLayout(top)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._build_ideas())
        self.week = WeekView(self)
        self.week.posts_dropped.connect(self._on_week_posts_dropped)
        self.week.post_activated.connect(self._on_list_post_activated)
        self.week.new_requested.connect(self.edits.new_post_on)
        splitter.addWidget(self.months.wrap(self.week))
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([220, 1000])
        layout.addWidget(splitter, 1)
        layout.addWidget(self.hints_label)
        for posts in [self.ideas, *self.week.lists()]:
            posts.store = self.store  # the cards' thumbnails come from its media folder
            posts.itemSelectionChanged.connect(lambda p=posts: self._on_list_selection_changed(p))
            posts.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            posts.customContextMenuRequested.connect(lambda pos, p=posts: self._on_list_context_menu(p, pos))
        self.edits.install(self, [self.ideas, *self.week.lists()])

    def _build_navigation(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.prev_button = self._button(self.tr("◀ P&revious"), self.tr("Previous week (Alt+Left)"), self.go_previous)
        self.today_button = self._button(self.tr("&This week"), self.tr("This week (Alt+Home)"), self.go_today)
        self.next_button = self._button(self.tr("&Next ▶"), self.tr("Next week (Alt+Right)"), self.go_next)
        self.jump = bounded(JumpDateEdit(self))
        self.jump.setCalendarPopup(True)
        self.jump.setAccessibleName(self.tr("Jump to the week of a date"))
        self.jump.setToolTip(self.jump.accessibleName())
        self.jump.date_chosen.connect(self._on_jump_date_chosen)
        self.title = WeekTitle(self)  # one line: a shorter form at narrow widths (« S53 »), never wrapped
        self.title.setObjectName("weekTitle")
        self.title.setFont(font(Type.TITLE, self.title.font()))
        self.new_button = mark_primary(self._button(self.tr("New &post…"), self.tr("New post (Ctrl+N)"),
                                                    self.edits.new_post))  # the week's one accent button
        self.new_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the keyboard on its day, for the
        # post to go there as with Ctrl+N (attack 39c, L1)
        # a push button with a menu keeps room for its arrow beside the words (a tool button's sat on the last
        # letter: attack 34a, F7), and looks like the buttons beside it
        self.more_button = QPushButton(self.tr("E&xport / import"), self)
        self.more_button.setAccessibleName(self.tr("Export, import and print the plan"))
        menu = QMenu(self.more_button)
        self.files.populate(menu)
        self.more_button.setMenu(menu)
        for widget in (self.prev_button, self.today_button, self.next_button, self.jump):
            row.addWidget(widget)
        row.addWidget(self.title, 1)  # no extra spacing: the French row fits the smallest window (880 px)
        row.addWidget(self.new_button)
        row.addWidget(self.more_button)
        self.year_button = self._button(self.tr("&Year…"), self.tr("Holidays and closures of the year"),
                                        self._on_year_button_clicked)
        self.year_button.setObjectName("yearButton")
        row.addWidget(self.year_button)
        return row

    def _on_year_button_clicked(self):
        from socialdesk.ui.calendar.year_dialog import YearDialog

        YearDialog.show_year(self, self.store, self.bus, self.clock, self.start.year)

    def _button(self, text, name, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.clicked.connect(slot)
        return button

    def _build_ideas(self) -> QWidget:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Ideas (not on a day yet)"), panel)
        self.ideas = IdeasList(panel)
        self.ideas.setObjectName("ideasList")
        styled(self.ideas, "ideas")
        self.ideas.setAccessibleName(self.tr("Ideas"))
        label.setBuddy(self.ideas)
        self.ideas.posts_dropped.connect(self._on_week_posts_dropped)
        self.ideas.post_activated.connect(self._on_list_post_activated)
        self.ideas.new_requested.connect(lambda _day: self.edits.new_idea())
        self.ideas.neighbour_requested.connect(lambda step: self.week.focus_column(0) if step > 0 else None)
        add = QPushButton(self.tr("New i&dea…"), panel)
        add.clicked.connect(self.edits.new_idea)
        layout.addWidget(label)
        layout.addWidget(self.ideas, 1)
        layout.addWidget(add)
        return panel

    # ----- the week shown
    def first_weekday(self) -> int:
        value = self.store.settings.get("first_weekday")
        if isinstance(value, int) and 1 <= value <= 7:
            return value
        return QLocale().firstDayOfWeek().value

    def days(self) -> list[date]:
        return week_days(self.start)

    def show_week(self, day: date) -> None:
        self.start = week_start(clamp(day), self.first_weekday())
        if self.months.shown:
            self.months.show_month(clamp(day))
        else:
            self.reload_week()
        self.week_changed.emit(self.start)

    def go_previous(self):
        if self.months.shown:
            return self.months.step(-1)
        self.show_week(self.start - timedelta(days=7))

    def go_next(self):
        if self.months.shown:
            return self.months.step(1)
        self.show_week(self.start + timedelta(days=7))

    def today(self) -> date:
        return self.clock().date()

    def take_focus(self) -> None:
        """Ctrl+2 and the View menu give the page the keyboard (MainWindow.show_tab): it goes to a day, today's in
        the week or the month, never to the page itself, which has no name and shows no focus (attack 37b, L2)."""
        if self.months.shown:
            self.months.view.focus_today(self.today())
        else:
            self.week.focus_today()

    def place(self) -> tuple[date, date | None]:
        """The week shown, and the month shown over it if any (the view itself is a setting of the file)."""
        return self.start, self.months.month if self.months.shown else None

    def go_to_place(self, place: tuple[date, date | None]) -> None:
        start, month = place
        self.show_week(month or start)
        self.start = start  # the week behind a month, as the owner left it (attack 38c, L2)

    def new_day(self, old: date, new: date) -> None:
        """Midnight passed with the window open: a page on the old today follows to the new one, any other shows
        today's outline where it now is (MainWindow's NewDay)."""
        ids, had_keyboard = self.selected_ids(), self.isAncestorOf(QApplication.focusWidget())
        on_today = self.months.month == old.replace(day=1) if self.months.shown else old in self.days()
        if on_today:
            self.show_week(new)
        else:
            self.reload()  # the week or month shown stays, and the week behind a month (attack 38b, L4)
        if ids and had_keyboard:
            self.select_posts(ids)  # the cards the owner had selected, where they still show (38b, L3)

    def go_today(self):
        self.show_week(self.today())

    def _on_jump_date_chosen(self, qdate: QDate):
        if not self._syncing:
            self.show_week(qdate.toPython())

    def reload(self):
        if self.months.shown:
            self.months.reload()
        else:
            self.reload_week()
        self.ideas.fill(self.store.calendar.ideas(), self.store.calendar.limits(), self.store.calendar.extras())

    def reload_week(self):
        posts = self.store.calendar.posts_in_week(self.start)
        left = posts_left(posts, self._cadence) if self._cadence else None
        shut, closed = shut_and_closed(self.store, self.days())
        notes = week_notes(self.days(), posts, self.today(), self._weekdays, left,
                           self.store.shop.alsace_moselle(), shut)
        self.week.show_week(self.days(), posts, self.today(), notes, self.store.calendar.limits(),
                            self.store.calendar.extras(), closed)
        self._show_title()
        self._show_targets(posts)
        hints = week_hints(posts)
        self.hints_label.setText("\n".join(fill(self.tr("Tip: %1"), hint_text(h)) for h in hints[:3]))
        self.hints_label.setVisible(bool(hints))
        if self.isVisible():  # the tips' lines may move the week: placed now, its cards painted once
            self.layout().activate()
            self.week.lay_out_now()

    def _show_title(self):
        iso = IsoWeek.of(self.start + timedelta(days=3))
        self.title.show_forms(title_forms(self.start, iso.week))
        self._syncing = True
        self.jump.show_date(QDate(self.start))
        self._syncing = False

    def _show_targets(self, posts: list[Post]):
        targets = cadence_targets(posts, self._cadence)
        parts = [f"{network_name(t.network)} {t.planned}/{t.target}" for t in targets]
        if parts:  # the posts the cadence still asks for, this week or the week shown
            parts.append(fill(self.tr("left to plan: %1"), str(posts_left(posts, self._cadence))))
        self.targets_label.setText(self._targets_text(" · ".join(parts)) if parts else "")
        self.targets_label.setVisible(bool(parts))

    def _targets_text(self, counts: str) -> str:
        """The counts name the week shown: "This week" only when it is the week of today."""
        if self.start == week_start(self.today(), self.first_weekday()):
            return fill(self.tr("This week: %1"), counts)
        return fill(self.tr("Week of %1: %2"), day_text(self.start, "d MMM"), counts)

    # ----- edits go through here: saved at once, published, undoable
    def record(self, text: str, ids, action, series_ids=()) -> bool:
        repo = self.store.calendar
        before = repo.get_many(ids)
        series_ids = set(series_ids) | {p.series_id for p in before if p.series_id}
        series_before = {sid: repo.series_rule(sid) for sid in series_ids}
        with saving(self) as attempt:
            change = action()
        if attempt.failed:
            return False
        after = repo.get_many(sorted(set(ids) | set(change.ids)))
        new_series = {p.series_id for p in after if p.series_id and p.series_id not in series_ids}
        series_before.update({sid: None for sid in new_series})
        series_after = {sid: repo.series_rule(sid) for sid in series_before}
        self.undo_stack.push(SnapshotCommand(self, text, before, after, series_before, series_after))
        self.publish(change)
        self.reload()
        self.select_posts([p.id for p in after])
        return True

    def _on_week_posts_dropped(self, ids, day, copy):
        if copy:
            self.edits.duplicate(ids, day)
        else:
            self.edits.move(ids, day)

    def _on_list_post_activated(self, post_id: int):
        self.edits.edit_post(post_id)

    def publish(self, change) -> None:
        """Tell the other tabs; this tab reloads by itself."""
        self.bus.publish(change, self)

    @from_others
    def _on_bus_changed(self, change):
        plan_changed = change.concerns(Area.STRATEGY, "applied")
        weekday_changed = change.concerns(Area.SETTINGS, "first_weekday")
        weekday_changed = weekday_changed or change.concerns(Area.SETTINGS, "alsace_moselle")  # the week's holidays
        if plan_changed:
            self._cadence = applied_cadence(self.store)
            self._weekdays = chosen_weekdays(self.store)
        if weekday_changed:
            self.start = week_start(self.start + timedelta(days=3), self.first_weekday())
        if change.area in (Area.ALL, Area.CALENDAR):
            # Another tab (or another file) changed posts: undoing older snapshots could silently
            # take back what it did, such as a post ticked as published in the checklist.
            self.undo_stack.clear()
        shop_changed = change.concerns(Area.STRATEGY, "shop")  # its hours' closed dates are not holes to fill
        if change.concerns(Area.CALENDAR) or plan_changed or weekday_changed or shop_changed:
            self.reload()

    def ask_series_scope(self, post: Post) -> str | None:
        """'one' or 'series' (or None): edit this occurrence alone or the whole repeating series."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("A repeating post"),
                          self.tr("This post repeats. Change only this one, or the whole series?"),
                          QMessageBox.StandardButton.Cancel, self)
        one = box.addButton(self.tr("Only &this post"), QMessageBox.ButtonRole.AcceptRole)
        series = box.addButton(self.tr("The whole &series"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        return {one: "one", series: "series"}.get(box.clickedButton())
