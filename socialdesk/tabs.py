"""The window's tabs, one TabSpec each: every place that lists tabs derives from TABS (no Qt here)."""

from dataclasses import dataclass

from socialdesk.domain.changes import Area


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `text` for translation in `context`; the UI translates it when it shows it."""
    return text


@dataclass(frozen=True)
class TabSpec:
    """One tab: where its class lives, its titles, the data it owns and the schema it adds."""

    key: str  # the area's value, the last-used-tab setting, the Store's repository attribute
    factory: str  # "package.module:Class", built as Class(store, bus, clock) when first shown
    tab_title: str  # English source; translated in the context "MainWindow"
    menu_title: str  # View menu entry; translated in the context "ViewActions"
    shortcut: str
    repository: str  # "package.module:Class", built as Class(store) on first use of store.<key>
    schema: str  # module of its tables' migrations (registered, in order, in storage/migrations.py)

    @property
    def object_name(self) -> str:
        return f"{self.key}Tab"

    @property
    def area(self) -> Area:
        return Area(self.key)


TABS: tuple[TabSpec, ...] = (
    TabSpec("strategy", "socialdesk.ui.strategy.tab:StrategyTab",
            QT_TRANSLATE_NOOP("MainWindow", "&Strategy"), QT_TRANSLATE_NOOP("ViewActions", "Strategy"), "Ctrl+1",
            "socialdesk.storage.strategy.repo:StrategyRepo", "socialdesk.storage.strategy.schema"),
    TabSpec("calendar", "socialdesk.ui.calendar.tab:CalendarTab",
            QT_TRANSLATE_NOOP("MainWindow", "&Calendar"), QT_TRANSLATE_NOOP("ViewActions", "Calendar"), "Ctrl+2",
            "socialdesk.storage.calendar.repo:CalendarRepo", "socialdesk.storage.calendar.schema"),
    TabSpec("rules", "socialdesk.ui.rules.tab:RulesTab",
            QT_TRANSLATE_NOOP("MainWindow", "Chec&klist"), QT_TRANSLATE_NOOP("ViewActions", "Checklist"), "Ctrl+3",
            "socialdesk.storage.rules.repo:RulesRepo", "socialdesk.storage.rules.schema"),
    TabSpec("presence", "socialdesk.ui.presence.tab:PresenceTab",
            QT_TRANSLATE_NOOP("MainWindow", "&Local presence"), QT_TRANSLATE_NOOP("ViewActions", "Local presence"),
            "Ctrl+4",
            "socialdesk.storage.presence.repo:PresenceRepo", "socialdesk.storage.presence.schema"),
)

TAB_KEYS: tuple[str, ...] = tuple(spec.key for spec in TABS)


def tab_named(key: str) -> TabSpec:
    return next(spec for spec in TABS if spec.key == key)


def load(path: str):
    """The object a "package.module:Name" path names, imported on demand."""
    from importlib import import_module

    module, _, name = path.partition(":")
    return getattr(import_module(module), name)
