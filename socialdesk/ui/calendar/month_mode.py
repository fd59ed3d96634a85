"""The calendar's Week/Month switch: which view is shown (kept in the settings), and the month it shows."""

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QObject, Qt
from PySide6.QtWidgets import QApplication, QButtonGroup, QHBoxLayout, QPushButton, QStackedWidget

from socialdesk.domain.calendar.closures import Closure
from socialdesk.domain.calendar.recurrence import add_months
from socialdesk.domain.calendar.special_days import is_holiday, special_days
from socialdesk.domain.calendar.week_plan import closed_days, closed_on, days_to_plan
from socialdesk.domain.hours.model import exception_on
from socialdesk.ui.calendar.day_notes import DAY_NAMES
from socialdesk.ui.calendar.week_title import month_forms
from socialdesk.ui.common.saving import saving
from socialdesk.ui.common.words import fill

if TYPE_CHECKING:
    from socialdesk.ui.calendar.month_view import MonthView

WEEK, MONTH = "week", "month"


class MonthMode(QObject):
    """Owns the switch and the stack (week, month); the tab's navigation asks it whether a month is shown."""

    def __init__(self, tab):
        super().__init__(tab)
        self.tab = tab
        self.month = tab.today().replace(day=1)
        self.view: "MonthView | None" = None  # built on the first switch: the week opens as fast as before
        self.stack = QStackedWidget(tab)
        self.week_button = self._switch(self.tr("&Week"), self.tr("Show a week"))
        self.month_button = self._switch(self.tr("M&onth"), self.tr("Show a month, to see the holes in the cadence"))
        self._show_choice(WEEK)
        group = QButtonGroup(self)
        group.addButton(self.week_button)
        group.addButton(self.month_button)
        self.week_button.clicked.connect(lambda: self.set_mode(WEEK))
        self.month_button.clicked.connect(lambda: self.set_mode(MONTH))
        self._week_words = [(b, b.text(), b.toolTip(), b.accessibleName())
                            for b in (tab.prev_button, tab.today_button, tab.next_button)]

    def _switch(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self.tab)
        button.setCheckable(True)
        button.setAutoDefault(False)
        button.setAccessibleName(name)
        button.setToolTip(name)
        return button

    def wrap(self, week) -> QStackedWidget:
        self.stack.addWidget(week)
        return self.stack

    def switch_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(0)
        row.addWidget(self.week_button)
        row.addWidget(self.month_button)
        return row

    @property
    def shown(self) -> bool:
        return self.view is not None and self.stack.currentWidget() is self.view

    def restore(self) -> None:
        if self.tab.store.settings.get("calendar_view") == MONTH:
            self.set_mode(MONTH, save=False)

    def set_mode(self, mode: str, save: bool = True) -> None:
        tab = self.tab
        if save and tab.store.settings.get("calendar_view") != mode:
            with saving(tab):
                tab.store.settings.set("calendar_view", mode)
        self._show_choice(mode)
        if mode == MONTH:
            focused = tab.week.focused_list()  # the day with the keyboard in the week, if a day has it
            self._build_view()
            self.stack.setCurrentWidget(self.view)
            self._retext(True)
            today = tab.today()  # the month of today when the week holds it, else of the week's fourth day
            tab.show_week(today if tab.start <= today < tab.start + timedelta(days=7) else tab.start + timedelta(days=3))
            if focused is not None and focused.day is not None:  # that day, not the one in the same place of the
                self.view.focus_day(focused.day, today)  # grid as the day left in the month (attack 39b, L4)
        else:
            self.stack.setCurrentWidget(tab.week)
            self._retext(False)
            tab.reload_week()
            tab.hints_label.setVisible(bool(tab.hints_label.text()))

    def _show_choice(self, mode: str) -> None:
        (self.month_button if mode == MONTH else self.week_button).setChecked(True)
        for button in (self.week_button, self.month_button):  # the view shown in bold: a pressed look alone is faint
            bold = button.font()
            bold.setBold(button.isChecked())
            button.setFont(bold)

    def _build_view(self) -> None:
        if self.view is not None:
            return
        from socialdesk.ui.calendar.month_view import MonthView  # 5 ms (QStyle's enums): only once a month is shown

        tab = self.tab
        self.view = MonthView(self.stack)
        self.stack.addWidget(self.view)
        self.view.posts_dropped.connect(tab._on_week_posts_dropped)  # the week's one move path, undoable
        self.view.post_activated.connect(tab._on_list_post_activated)
        self.view.new_requested.connect(tab.edits.new_post_on)
        self.view.day_opened.connect(self.open_week)
        post_actions = tab.week.lists()[0].actions()  # the post keys of the week, where posts have the focus
        for cell in self.view.cells:
            posts = cell.posts
            posts.addActions(post_actions)
            posts.itemSelectionChanged.connect(lambda p=posts: tab._on_list_selection_changed(p))
            posts.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            posts.customContextMenuRequested.connect(lambda pos, p=posts: tab._on_list_context_menu(p, pos))

    def _retext(self, month: bool) -> None:
        words = [(self.tr("◀ P&revious"), self.tr("Previous month (Alt+Left)")),
                 (self.tr("This &month"), self.tr("This month (Alt+Home)")),
                 (self.tr("&Next ▶"), self.tr("Next month (Alt+Right)"))]
        for (button, text, tip, name), (month_text, month_tip) in zip(self._week_words, words):
            button.setText(month_text if month else text)
            button.setToolTip(month_tip if month else tip)
            button.setAccessibleName(month_tip if month else name)

    def step(self, months: int) -> None:
        had_keyboard = self.view is not None and self.view.isAncestorOf(QApplication.focusWidget())
        self.tab.show_week(add_months(self.month, months))
        if self.shown and had_keyboard:
            self.view.keep_keyboard_in(self.month)

    def open_week(self, day: date) -> None:
        """A click on a day's number: its week, in the week view."""
        self.set_mode(WEEK)
        self.tab.show_week(day)

    def lists(self) -> list:
        return self.view.lists() if self.shown else []

    def built_lists(self) -> list:
        """The month's day lists, shown or not (a selection made in the week clears theirs too)."""
        return self.view.lists() if self.view is not None else []

    def reload(self) -> None:
        self.show_month(self.month)

    def show_month(self, day: date) -> None:
        tab, store = self.tab, self.tab.store
        self.month = day.replace(day=1)
        from socialdesk.ui.calendar.month_view import month_days

        days = month_days(self.month, tab.first_weekday())
        posts = store.calendar.posts_between(days[0], days[-1])
        own = [d for d in days if d.month == self.month.month]
        closures, hours = store.calendar.closures.closures(), store.shop.get().hours  # read once a switch
        holes = set(days_to_plan(own, posts, tab._weekdays, tab.today(), closed_days(closures, hours)))
        marks = self._marks(days, holes, closures, hours)
        self.view.show_month(self.month, days, posts, tab.today(), marks, holes, store.calendar.limits(),
                            store.calendar.extras())
        tab.title.show_forms(month_forms(self.month))  # « sept. 2026 » when the toolbar is narrow
        tab._syncing = True
        tab.jump.show_date(QDate(self.month))
        tab._syncing = False
        tab.targets_label.setText(self.tr("Month: %n usual posting day(s) with nothing planned", "", len(holes))
                                  if tab._weekdays else "")
        tab.targets_label.setVisible(bool(tab._weekdays))
        tab.hints_label.hide()

    def _marks(self, days: list[date], holes: set, closures: list[Closure], hours) -> dict[date, list[str]]:
        """Each day's short marks: public holidays, shop dates, the days the shop is closed (the week's « Closed »:
        a closure, a special day, the weekly closing day; attack 35b, F1), and a hole in the cadence."""
        alsace = self.tab.store.shop.alsace_moselle()
        closures = [c for c in closures if c.last >= days[0] and c.first <= days[-1]]
        shut = closed_on(days, closures, hours)
        marks: dict[date, list[str]] = {}
        for day in days:
            lines = [("⚑ " if is_holiday(code) else "★ ") + DAY_NAMES[code] for code in special_days(day, alsace)]
            if day in shut:
                lines += ["✕ " + self._closed_words(reason) for reason in _closed_reasons(day, closures, hours)]
            if day in holes:
                lines.append("○ " + self.tr("Nothing planned"))
            if lines:
                marks[day] = lines
        return marks

    def _closed_words(self, reason: str) -> str:
        return fill(self.tr("Closed: %1"), reason) if reason else self.tr("Closed")


def _closed_reasons(day: date, closures: list[Closure], hours) -> list[str]:
    """Why a closed day is closed: each closure over it, else its special day's reason, else none (one "Closed")."""
    covering = [c.reason for c in closures if c.first <= day <= c.last]
    if covering:
        return covering
    exception = exception_on(hours, day)
    return [exception.reason if exception is not None else ""]

