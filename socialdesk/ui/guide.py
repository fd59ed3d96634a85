"""The first-week guide in the window: the welcome page over the tabs, and what is due at the top."""

import logging
from datetime import date

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from socialdesk.domain.guide import DueKind, WelcomeStep, due_shown_this_week, last_week, shows_welcome
from socialdesk.domain.weeks import IsoWeek
from socialdesk.storage.errors import StoreWriteError
from socialdesk.storage.guide_facts import GuideFacts
from socialdesk.ui.common.keyboard_focus import first_field, give_keyboard
from socialdesk.tabs import TAB_KEYS


class Guide(QObject):
    """Built by the main window; the application calls `on_open()` before the first paint and `check_due()` after."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.store = window.store
        tabs = window.takeCentralWidget()
        self.stack = QStackedWidget(window)
        self.stack.setObjectName("mainStack")
        self.stack.addWidget(tabs)
        holder = QWidget(window)
        self.column = QVBoxLayout(holder)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(0)
        self.column.addWidget(self.stack, 1)
        window.setCentralWidget(holder)
        self.welcome = None  # built when first shown, in a scroll area of its own
        self._welcome_area: QScrollArea | None = None
        self.first_session = False  # a new file opened on its welcome: this session is the welcome's alone
        self.due_panel = None
        self._due = None  # what the panel lists
        self._following = False  # a panel was shown this week and not dismissed: it follows the file, emptied or not
        self._due_week = None  # the week whose due items were shown, until it is noted in the file
        window.bus.changed.connect(self._on_bus_changed)

    # ----- the welcome page
    def populate_help(self, menu) -> None:
        self.welcome_action = QAction(self.tr("&Getting started"), self.window)
        self.welcome_action.setObjectName("helpGettingStarted")
        self.welcome_action.triggered.connect(self.show_welcome)
        menu.addAction(self.welcome_action)

    def on_open(self) -> None:
        """A new file (or a welcome begun and not left) opens on the welcome page; any other on its tabs."""
        state = self.store.settings.get("welcome")
        if shows_welcome(state, GuideFacts(self.store).welcome()):
            self.first_session = state == ""
            self.show_welcome()

    def show_welcome(self) -> None:
        if self.welcome is None:
            from socialdesk.ui.welcome_page import WelcomePage

            self.welcome = WelcomePage()
            self.welcome.step_requested.connect(self._on_welcome_step_requested)
            self.welcome.left.connect(self._on_welcome_left)
            self._welcome_area = QScrollArea(self.stack)  # what is due above it leaves less room: it scrolls, it
            self._welcome_area.setWidgetResizable(True)  # is never cut (attack 37b, M2)
            self._welcome_area.setFrameShape(QFrame.Shape.NoFrame)
            self._welcome_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from button to button
            self._welcome_area.viewport().setAutoFillBackground(False)  # the desk's colour, as the tabs'
            self._welcome_area.setWidget(self.welcome)
            self.stack.addWidget(self._welcome_area)
        self.welcome.refresh(GuideFacts(self.store).welcome())
        self.stack.setCurrentWidget(self._welcome_area)
        give_keyboard(self.welcome.next_button())  # not the page: it shows no focus

    @property
    def welcome_shown(self) -> bool:
        return self.welcome is not None and self.stack.currentWidget() is self._welcome_area

    def show_tabs(self) -> None:
        if self.welcome_shown and self.first_session and self.store.settings.get("welcome") == "":
            self._note_welcome("started")  # a new file's welcome left by Ctrl+1…4 or the View menu: begun, as by a
        self.stack.setCurrentWidget(self.window.tabs)  # step; it shows again, what is due above (37c, M1; 37d, M1)

    def _note_welcome(self, state: str) -> None:
        try:
            self.store.settings.set("welcome", state)
        except StoreWriteError as error:  # the page is left all the same; it may show again at the next start
            logging.getLogger(__name__).warning("welcome state not saved: %s", error)

    def _on_welcome_left(self) -> None:
        self._note_welcome("left")  # it does not come back by itself (Help ▸ Getting started)
        self.show_tabs()

    def _on_welcome_step_requested(self, step: WelcomeStep) -> None:
        if self.store.settings.get("welcome") == "":
            self._note_welcome("started")  # it shows again on the next start until done or left
        self.show_tabs()
        self.go_to_step(step)

    def _tab(self, key: str):
        self.window.show_tab(TAB_KEYS.index(key))
        return self.window.tabs.currentWidget().ensure_built()

    def go_to_shop_card(self) -> None:
        self.go_to_step(WelcomeStep.SHOP_CARD)

    def go_to_step(self, step: WelcomeStep) -> None:
        if step is WelcomeStep.SHOP_CARD:
            from socialdesk.domain.strategy.fields import Step

            strategy = self._tab("strategy")
            strategy.go_to(Step.SHOP)  # the one card the Local presence tab compares with
            strategy.focus_page()  # on the shop's name, not the list of steps (attack 37, L5)
        elif step is WelcomeStep.FIRST_WEEK:
            calendar = self._tab("calendar")
            calendar.go_today()
            calendar.take_focus()  # the empty week's button, or today's day (attack 37, L5)
        else:
            self._tab("presence").show_review_card()

    # ----- what is due
    def check_due(self, record: bool = True, again: bool = False) -> None:
        """Once a week, on its first open: what is due, at the top of the window. A new file's first session is the
        welcome's alone (a holiday to prepare is not the owner's first minute; attack 37b, L5); from the next open,
        a welcome begun shows it above the page, since that file holds the owner's posts, listings and rules
        (attack 37, H1). The application shows it before the first paint and records it after (`record_due`),
        with the backup. `again`: the window rebuilt in another language shows the panel its predecessor showed."""
        today = self.window.clock().date()
        if self.due_panel is not None:
            return
        if not again and (self.first_session or due_shown_this_week(self.store.settings.get("due_week"), today)):
            return
        from socialdesk.ui.due_panel import collect_due

        due = collect_due(self.store, today)
        self._due_week = IsoWeek.of(today).key
        if record:
            self.record_due()
        self._show_panel(due)

    def _show_panel(self, due) -> None:
        from socialdesk.ui.due_panel import DuePanel

        self._due = due
        if not due:
            return
        self._following = True
        self.due_panel = DuePanel(due, self.window)
        self.due_panel.dismiss.clicked.connect(self._on_due_dismissed)
        self.due_panel.item_chosen.connect(self._on_due_item_chosen)
        self.due_panel.more_chosen.connect(self._on_due_more_chosen)
        self.column.insertWidget(0, self.due_panel)

    def _drop_panel(self) -> None:
        if self.due_panel is not None:
            self.due_panel.hide()
            self.due_panel.deleteLater()
            self.due_panel = None

    def _on_due_dismissed(self) -> None:
        self._following = False

    def _on_bus_changed(self, change, _initiator=None) -> None:
        """What is due follows the file while its panel shows, whichever tab or dialog wrote (attack 41, M1: a post
        marked published was still « to publish today » until the next start), and comes back when a panel that
        emptied has something due again (41b, L1: an undo of « published »); a panel dismissed stays so."""
        if not self._following:
            return
        from socialdesk.ui.due_panel import collect_due

        due = collect_due(self.store, self.window.clock().date())
        if due == self._due:
            return
        had_keyboard = self.due_panel is not None and self.due_panel.isAncestorOf(QApplication.focusWidget())
        self._drop_panel()
        self._show_panel(due)
        if had_keyboard and self.due_panel is not None:
            give_keyboard(self.due_panel.first_link())

    def new_day(self, old: date, new: date) -> None:
        """Midnight passed with the window open: a new week's first morning shows what is due, as a start that
        morning would (attack 38, M1), a new file's first session included (38b, L2); a panel still up is made
        again for the new day (38b, L1: Monday's post "to publish today" on Tuesday). A clock set back by hand
        shows nothing again (38b, L5)."""
        new_week = IsoWeek.of(old) != IsoWeek.of(new)
        up = self._following or (self.due_panel is not None and self.due_panel.isVisible())  # or emptied by what
        # was done, not dismissed
        if new < old or not (new_week or up):
            return
        had_keyboard = self.due_panel is not None and self.due_panel.isAncestorOf(QApplication.focusWidget())
        self._drop_panel()
        if new_week:
            self.first_session = False  # a new file left open into a new week: no longer its first minute
            self._following = False
        self.check_due(again=not new_week)
        if had_keyboard and self.due_panel is not None:
            give_keyboard(self.due_panel.first_link())

    def record_due(self) -> None:
        """Notes in the file that what is due was shown this week (it shows once a week)."""
        week, self._due_week = self._due_week, None
        if week is None:
            return
        try:
            self.store.settings.set("due_week", week)
        except StoreWriteError as error:  # shown anyway; it may show again at the next start this week
            logging.getLogger(__name__).warning("due week not saved: %s", error)

    def _on_due_more_chosen(self, items) -> None:
        """"and N more": today in the calendar with those posts selected, last week's checklist at the first
        rule not listed, the listings page at the first listing not listed, this week's holidays."""
        if items[0].kind is DueKind.POST:
            self.window.show_posts(self.window.clock().date(), [item.item_id for item in items])
        else:
            self._on_due_item_chosen(items[0])

    def _on_due_item_chosen(self, item) -> None:
        today = self.window.clock().date()
        if item.kind is DueKind.POST:
            self.window.show_posts(today, [item.item_id])
        elif item.kind is DueKind.LISTING:
            presence = self._tab("presence")
            presence.pages.setCurrentWidget(presence.listings)
            presence.listings.select_row(presence.listings.model.row_of(item.item_id))
            presence.listings.table.setFocus()
        else:
            rules = self._tab("rules")
            rules.show_week(last_week(today) if item.kind is DueKind.RULE else IsoWeek.of(today))
            rules.pages.setCurrentWidget(rules.week_page)
            _reveal(rules.week_page, _item_on(rules.week_page, item))


def _item_on(page, item):
    """The rule's box, or the holiday's own to-do (by its name: with two listed, the second link opened on the
    first; attack 37d, M2), or the group of them."""
    if item.kind is DueKind.RULE:
        return page.rule_boxes.get(item.item_id) or page.closures_group
    from socialdesk.ui.calendar.day_names import occasion_name

    return next((tasks for tasks in getattr(page, "occasion_tasks", ()) if occasion_name(tasks.occasion) == item.label),
                page.closures_group)


def _reveal(page, target) -> None:
    """Scrolls `page` to `target` once the week just shown is laid out (scrolled before, it stayed at the top;
    attack 37b, M1), and gives the keyboard to it or, for a group, to its first field."""
    QApplication.sendPostedEvents()  # the week's new boxes are shown, then laid out (both were queued)
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    focus = first_field(target) or target
    page.ensureWidgetVisible(focus)
    top = target.mapTo(page.widget(), QPoint(0, 0)).y()  # a group's name and question above its first button
    bottom = focus.mapTo(page.widget(), QPoint(0, focus.height())).y()  # stay in sight when both fit (37c, L1)
    bar = page.verticalScrollBar()
    if bottom - top <= page.viewport().height() and bar.value() > top:
        bar.setValue(top)
    give_keyboard(focus)
