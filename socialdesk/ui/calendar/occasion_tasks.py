"""One holiday or closure's to-do before it: listings to update and a ready post, ticked off and kept."""

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from socialdesk.domain.calendar.closures import OCCASION_KEY, OCCASION_SAID, Occasion, Task, TaskKind, closed_days, \
    post_slot, prepared_at, tasks, to_prepare, with_hours
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.domain.weeks import IsoWeek
from socialdesk.storage.due import listing_names
from socialdesk.ui.calendar.holiday_answer import HolidayAnswer, holiday_spans
from socialdesk.ui.calendar.occasion_words import closed_warning, day_words, door_lines, occasion_name, \
    occasion_when, post_text, task_text
from socialdesk.ui.common.day_words import clock_text
from socialdesk.ui.common.questions import ask
from socialdesk.ui.common.save_guard import writes_files
from socialdesk.ui.common.saving import saving
from socialdesk.ui.common.words import fill
from socialdesk.ui.rules.labels import post_line, post_when

CLOSED_POSTS_SHOWN = 3  # posts named in the hint about posts planned while the shop is closed; more are counted
_READ = object()  # an `hours` argument not given: read the shop's (None is a shop without hours)


def _hours(store, hours):
    """The shop's OpeningHours (with the holidays' answers) as the caller read them, else read now."""
    return store.shop.get().hours if hours is _READ else hours


def ready_post(occasion: Occasion, spans) -> str:
    """The ready post's words; a closure's says the day the shop really reopens (`Occasion.back`: its hours, other
    closures, as `closures.with_hours` read them)."""
    return post_text(occasion, spans, occasion.back)


def occasion_prepared_at(store, occasion: Occasion, listings: dict[str, str] | None = None, hours=_READ):
    """When the last of the occasion's tasks was ticked (a datetime), or None while one is left. `listings`
    (see `storage.due.listing_names`) and `hours`: when the caller has read them."""
    listings = listing_names(store) if listings is None else listings
    wanted = tasks(occasion, list(listings), _hours(store, hours))
    return prepared_at(store.calendar.closures.ticks(occasion.key), wanted)


def week_occasions(store, week: IsoWeek, today: date, listings: dict[str, str] | None = None,
                   hours=_READ) -> list[Occasion]:
    """The holidays and closures on `week`'s checklist: to prepare that week, and not all ticked in an earlier
    week (still there the week it was done). `listings` and `hours`: when the caller has read them."""
    closures = store.calendar.closures.closures()
    hours = _hours(store, hours)
    found = to_prepare(week, closures, store.shop.alsace_moselle(), today, hours)
    if not found:
        return []
    listings = listing_names(store) if listings is None else listings
    return [occasion for occasion in found
            if not _prepared_before(occasion_prepared_at(store, occasion, listings, hours), week)]


def _prepared_before(when, week: IsoWeek) -> bool:
    return when is not None and IsoWeek.of(when.date()).monday < week.monday


def occasion_title(occasion: Occasion) -> str:
    """"Christmas Day — Friday 25 December 2026": the to-do's heading."""
    return fill(QCoreApplication.translate("OccasionTasks", "%1 — %2"), occasion_name(occasion),
                occasion_when(occasion))


def occasion_spans(store, occasion: Occasion):
    """The shop's hours that day: None while a holiday's answer is not given; () closed (a closure)."""
    return holiday_spans(store, occasion.first) if occasion.closure is None else ()


def task_words(occasion: Occasion, task: Task, listings: dict[str, str], spans) -> str:
    """A task's words in the to-do ("Print the door sign: “Closed on 25 December”"), a closure's opened days
    (`Occasion.opened`) said."""
    return task_text(task, listings, spans, " · ".join(door_lines(occasion, spans)), occasion)


def ready_post_words(occasion: Occasion, spans, placed: Post | None = None) -> str:
    """The to-do's line about the ready post: once placed, the words of the post on the calendar (what will be
    published, whatever the language of the window now); else the words it would have, or what it waits for."""
    if placed is not None:
        return fill(QCoreApplication.translate("OccasionTasks", "Ready post: “%1”"), placed.text)
    if spans is None:
        return QCoreApplication.translate("OccasionTasks", "Ready post: say first whether the shop opens that day.")
    return fill(QCoreApplication.translate("OccasionTasks", "Ready post: “%1”"),
                ready_post(occasion, spans))


def _current(occasion: Occasion, post: Post) -> bool:
    """Placed for the occasion's dates and for what the hours make of it now (a post placed before the app kept
    that is taken as current)."""
    return (post.extra.get(OCCASION_KEY) == occasion.post_key
            and post.extra.get(OCCASION_SAID, occasion.said) == occasion.said)


def placed_post(occasion: Occasion, posts: list[Post]) -> Post | None:
    """Among `posts` (its `occasion_posts`), the ready post placed for the occasion's dates and hours, the first if
    copied."""
    return min((post for post in posts if _current(occasion, post)), key=lambda post: post.id, default=None)


def old_date_posts(store, occasion: Occasion, posts: list[Post] | None = None) -> list[Post]:
    """Ready posts placed for other dates or hours (a closure's dates moved, a day opened in it, the day it reopens
    or a holiday's answer changed) that are still to be published: planned or drafted, on a day. `posts`: its
    `occasion_posts`, when the caller has read them."""
    posts = store.calendar.occasion_posts(occasion.key) if posts is None else posts
    return [post for post in posts if not _current(occasion, post) and post.day is not None
            and post.status in (PostStatus.PLANNED, PostStatus.DRAFT)]


def ready_posts_to_publish(store, occasion: Occasion) -> list[Post]:
    """Its ready posts, whatever dates or hours they were placed for, still to be published (planned or drafted, on
    a day): removing a closure takes them off too (attack 36d, M1)."""
    return [post for post in store.calendar.occasion_posts(occasion.key)
            if post.day is not None and post.status in (PostStatus.PLANNED, PostStatus.DRAFT)]


def old_posts_words(posts: list[Post]) -> str:
    """"A post still announces the old dates or hours (Fri 25 Dec 10:00)": a closure's dates, or its opened days,
    changed after its post was placed."""
    words = QCoreApplication.translate("OccasionTasks", "%n post(s) still announce(s) the old dates or hours (%1).",
                                       "", len(posts))
    return fill(words, "; ".join(post_when(post) for post in posts))


def closed_day_posts(store, occasion: Occasion, spans, today: date) -> list[Post]:
    """The posts still planned (or drafted) from today on the days the shop is closed for it, its own ready post
    aside."""
    days = closed_days(occasion, spans)
    if days is None or days[1] < today:
        return []
    opened = {e.day for e in occasion.opened}  # a special day opens it: posts there go out (attack 36, L2)
    return [post for post in store.calendar.posts_between(max(days[0], today), days[1])
            if post.status in (PostStatus.PLANNED, PostStatus.DRAFT) and post.day not in opened
            and post.extra.get(OCCASION_KEY) != occasion.post_key]


class OccasionTasks(QGroupBox):
    """Emits `changed` with each Change it wrote (a tick, or the post it placed), `week_requested` with a day and
    post ids to show in the calendar."""

    changed = Signal(object)
    week_requested = Signal(object, object)  # date, list of post ids

    def __init__(self, store, clock, occasion: Occasion, parent=None, access_key: bool = True):
        """`access_key`: False for the second and later occasions on one page, so Alt+A names one button."""
        super().__init__(occasion_title(occasion), parent)
        self.setObjectName("occasionTasks")
        hours = store.shop.get().hours  # what the hours make of it now (a closure's opened days, a holiday's answer)
        occasion = with_hours(occasion, store.calendar.closures.closures(), hours)
        self.store, self.clock, self.occasion = store, clock, occasion
        self.boxes: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        self.warning = QLabel("⚠ " + closed_warning(occasion))
        self.warning.setObjectName("temporarilyClosedWarning")
        self.warning.setWordWrap(True)
        self.warning.setVisible(occasion.temporarily_closed)
        layout.addWidget(self.warning)
        self.answer = None  # a holiday asks whether the shop opens; a closure is closed
        if occasion.closure is None:
            self.answer = HolidayAnswer(store, occasion.first, occasion_name(occasion), self, access_key, clock)
            self.answer.changed.connect(self._on_answer)
            layout.addWidget(self.answer)
        self.listings = listing_names(store)
        ticks = store.calendar.closures.ticks(occasion.key)
        self.task_list = self._tasks(hours)
        self.access_key = access_key
        for task in self._all_tasks():
            box = QCheckBox()
            box.setChecked(task.key in ticks)
            box.toggled.connect(lambda checked, key=task.key: self._on_task_toggled(key, checked))
            self.boxes[task.key] = box
            if task.kind is TaskKind.DOOR_SIGN:
                layout.addLayout(self._door_row(box))
            else:
                layout.addWidget(box)
        self.post_preview = QLabel()
        self.post_preview.setWordWrap(True)
        self.place_button = QPushButton()
        self.place_button.setObjectName("placePostButton")
        self.place_button.setAccessibleName(self.tr("Place the ready post on the calendar"))
        self.place_button.clicked.connect(self.place_post)
        row = QHBoxLayout()
        row.addWidget(self.post_preview, 1)
        row.addWidget(self.place_button)
        layout.addLayout(row)
        self.old_posts, self.old_posts_button, row = self._posts_row("oldDatePosts", self._on_old_posts_button_clicked)
        layout.addLayout(row)
        self.closed_posts, self.closed_posts_button, row = self._posts_row(
            "closedDayPosts", self._on_closed_posts_button_clicked)
        self.closed_posts_button.setText(self.tr("Show them in the calendar"))
        layout.addLayout(row)
        self._refresh_texts(hours)

    @staticmethod
    def _posts_row(name: str, clicked) -> tuple[QLabel, QPushButton, QHBoxLayout]:
        """Posts to look at, named with one click to their week (never moved): a label and its button."""
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        button = QPushButton()
        button.setObjectName(name + "Button")
        button.clicked.connect(clicked)
        row = QHBoxLayout()
        row.addWidget(label, 1)
        row.addWidget(button)
        return label, button, row

    def _refresh_old_posts(self, posts: list[Post]) -> None:
        """A post placed before the dates or hours changed (see `old_date_posts`) is named (the owner deletes or
        edits it; placing the new post offers to remove it). `posts`: its occasion_posts."""
        self._old_posts = posts = old_date_posts(self.store, self.occasion, posts)
        self.old_posts.setText("⚠ " + old_posts_words(posts) if posts else "")
        self.old_posts_button.setText(self.tr("Show it/them in the calendar", "", len(posts)))
        for widget in (self.old_posts, self.old_posts_button):
            widget.setVisible(bool(posts))

    def _on_old_posts_button_clicked(self) -> None:
        if self._old_posts:
            self.week_requested.emit(self._old_posts[0].day, [post.id for post in self._old_posts])

    def _refresh_closed_posts(self, spans) -> None:
        self._closed_posts = posts = closed_day_posts(self.store, self.occasion, spans, self.clock().date())
        lines = [post_line(post) for post in posts[:CLOSED_POSTS_SHOWN]]
        if len(posts) > CLOSED_POSTS_SHOWN:
            lines.append(self.tr("and %n more", "", len(posts) - CLOSED_POSTS_SHOWN))
        head = self.tr("⚠ Still planned while the shop is closed (nothing is moved; check that each still makes "
                       "sense):")
        self.closed_posts.setText("\n".join([head, *("• " + line for line in lines)]) if posts else "")
        for widget in (self.closed_posts, self.closed_posts_button):
            widget.setVisible(bool(posts))

    def _on_closed_posts_button_clicked(self) -> None:
        if self._closed_posts:
            self.week_requested.emit(self._closed_posts[0].day, [post.id for post in self._closed_posts])

    def _place_words(self, placed: Post | None) -> str:
        """The place button's words: where the post goes, or where it is once placed."""
        if placed is not None:
            return (fill(self.tr("Placed on the calendar (%1)"), day_words(placed.day)) if placed.day
                    else self.tr("Placed on the calendar"))
        slot = post_slot(self.occasion, self.clock())
        if slot.date() > self.occasion.last:
            return self.tr("Too late to place the post")
        # No access key on the place button (EN and FR): the checklist's week, with a holiday's tasks, has no
        # letter left for it (tests/theme/test_theme_access_keys.py).
        if slot.date() == self.clock().date():
            words = fill(self.tr("Place it on the calendar today (%1)"), clock_text(slot.time()))
        else:
            words = fill(self.tr("Place it on the calendar (%1)"), day_words(slot.date()))
        return words if self.access_key else words.replace("&", "", 1)

    def _tasks(self, hours) -> list[Task]:
        return tasks(self.occasion, list(self.listings), hours)

    def _all_tasks(self) -> list[Task]:
        """Every row the to-do may show (`task_list`, and a holiday's door sign too, shown once the answer asks
        for it)."""
        found = list(self.task_list)
        if Task(TaskKind.DOOR_SIGN) not in found:
            found.insert(len(found) - 1, Task(TaskKind.DOOR_SIGN))
        return found

    def _door_row(self, box: QCheckBox) -> QVBoxLayout:
        self.door_button = writes_files(QPushButton(self.tr("Door sign (PDF)…")), "calendarDoorSignPdf")
        self.door_button.setAccessibleName(self.tr("Save the door sign as PDF"))
        self.door_button.clicked.connect(self.save_door_sign)
        self.door_report = QLabel()
        self.door_report.setObjectName("doorSignReport")
        self.door_report.setWordWrap(True)
        self.door_report.hide()
        row = QHBoxLayout()
        row.addWidget(box, 1)
        row.addWidget(self.door_button)
        column = QVBoxLayout()
        column.addLayout(row)
        column.addWidget(self.door_report)
        return column

    def door_line(self) -> str:
        """The sign's words about the occasion: one line each (see door_lines)."""
        return "\n".join(door_lines(self.occasion, self.spans()))

    def spans(self):
        """The shop's hours that day: None while a holiday's answer is not given; () closed."""
        return self.answer.spans() if self.answer is not None else ()

    def _refresh_texts(self, hours=_READ) -> None:
        """`hours`: the shop's, when just read (else read here, once: a holiday's answer changes them)."""
        spans = self.spans()
        hours = _hours(self.store, hours)
        self.task_list = self._tasks(hours)
        for task in self._all_tasks():
            self.boxes[task.key].setText(task_words(self.occasion, task, self.listings, spans))
        door = Task(TaskKind.DOOR_SIGN) in self.task_list
        for widget in (self.boxes[TaskKind.DOOR_SIGN.value], self.door_button):
            widget.setVisible(door)
        posts = self.store.calendar.occasion_posts(self.occasion.key)
        placed = placed_post(self.occasion, posts)
        self.post_preview.setText(ready_post_words(self.occasion, spans, placed))
        self.place_button.setText(self._place_words(placed))
        too_late = post_slot(self.occasion, self.clock()).date() > self.occasion.last
        self.place_button.setEnabled(spans is not None and placed is None and not too_late)
        self._refresh_closed_posts(spans)
        self._refresh_old_posts(posts)

    def _on_answer(self, change) -> None:
        self.reload()  # a new answer may have undone the ticks (the file's, not only the words)
        self.changed.emit(change)

    def reload(self) -> bool:
        """Show the ticks, words and posts as the file holds them now (another to-do's answer may have changed the
        hours this one reads: the day a closure reopens). False when its tasks are no longer the same ones (Google's
        kind changed): the page builds it again."""
        hours = self.store.shop.get().hours
        occasion = with_hours(self.occasion, self.store.calendar.closures.closures(), hours)
        if {task.key for task in tasks(occasion, list(self.listings), hours)} - set(self.boxes):
            return False
        self.occasion = occasion
        ticks = self.store.calendar.closures.ticks(occasion.key)
        for key, box in self.boxes.items():
            box.blockSignals(True)  # what the file holds, not a tick to write
            box.setChecked(key in ticks)
            box.blockSignals(False)
        self.warning.setText("⚠ " + closed_warning(occasion))
        self.warning.setVisible(occasion.temporarily_closed)
        if self.answer is not None:
            self.answer.refresh()
        self._refresh_texts(hours)
        return True

    def _on_task_toggled(self, key: str, checked: bool) -> None:
        box = self.boxes[key]
        with saving(self, lambda: box.setChecked(not checked), [box]) as attempt:
            change = self.store.calendar.closures.set_tick(self.occasion.key, key, checked, self.clock())
        if not attempt.failed:
            self.changed.emit(change)

    def _say(self, text: str) -> None:
        self.door_report.setText(text)
        self.door_report.setVisible(bool(text))

    def save_door_sign(self) -> None:
        """The door sign with the closure line and the coming days, saved as PDF and kept at the door; its task
        is ticked."""
        from socialdesk.ui.calendar.door_sign import coming_lines, save_door_sign  # printing loads when first used

        changes = save_door_sign(self, self.store, self.clock, self.door_line(), self._say,
                                 coming_lines(self.store, self.occasion))
        if changes is None:
            return
        self.boxes[TaskKind.DOOR_SIGN.value].setChecked(True)
        for change in changes:
            self.changed.emit(change)

    def _remove_old_posts(self, posts: list[Post]) -> bool:
        question = fill(self.tr("%1 Remove it/them from the calendar, now that the post with the new dates is "
                                "placed? If you keep it/them, it/they will be published too.", "", len(posts)),
                        old_posts_words(posts))
        return ask(self, self.tr("The old dates"), question, self.tr("&Remove it/them", "", len(posts)),
                   self.tr("&Keep it/them", "", len(posts)))

    def place_post(self) -> None:
        """One click: the ready post goes on the calendar, planned on the shop's networks, and its task is ticked.
        The post carries the occasion's key: while it is on the calendar it is not offered again (after a restart
        too); once the owner deletes it, it is. A post still announcing a closure's old dates is removed in the
        same write if the owner says so (never without asking)."""
        spans = self.spans()
        if spans is None:
            return
        posts = self.store.calendar.occasion_posts(self.occasion.key)
        if placed_post(self.occasion, posts) is not None:
            return
        from socialdesk.ui.calendar.network_picker import ready_post_networks  # with the first post placed so

        now = self.clock()
        self.occasion = with_hours(self.occasion, self.store.calendar.closures.closures(), self.store.shop.get().hours)
        slot = post_slot(self.occasion, now)  # its words and what they say come from one reading of the hours
        post = Post(day=slot.date(), time=slot.time(), networks=ready_post_networks(self.store, now.date()),
                    text=ready_post(self.occasion, spans), status=PostStatus.PLANNED,
                    extra={OCCASION_KEY: self.occasion.post_key, OCCASION_SAID: self.occasion.said})
        old = old_date_posts(self.store, self.occasion, posts)
        replacing = [item.id for item in old] if old and self._remove_old_posts(old) else []
        with saving(self) as attempt:
            change = self.store.calendar.add(post, replacing)
        if attempt.failed:
            return
        self.changed.emit(change)
        self._refresh_texts()
        self.boxes[TaskKind.POST.value].setChecked(True)
