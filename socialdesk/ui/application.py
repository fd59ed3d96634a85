"""Starts the window: QApplication, language, the data file (or what to do if it is refused)."""

import gc
import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from socialdesk import APP_ID, APP_NAME, __version__
from socialdesk.domain.changes import Area, Change
from socialdesk.domain.clock import Clock, system_clock
from socialdesk.logs import setup_logging
from socialdesk.paths import default_db_path, resource
from socialdesk.storage import Problem, StoreOpenError, open_store
from socialdesk.storage.demo import build_demo_file
from socialdesk.storage.errors import StoreWriteError
from socialdesk.storage.opening import start_fresh
from socialdesk.ui.common.bus import DataBus
from socialdesk.ui.common.first_paint import after_first_paint
from socialdesk.ui.common.backup_words import backup_problem_text
from socialdesk.ui.common.messages import install_excepthook, open_problem_text, write_problem_text
from socialdesk.ui.common.words import fill
from socialdesk.ui.i18n import choose_language, install_translators
from socialdesk.ui.main_window import MainWindow
from socialdesk.ui.theme import style as theme
from socialdesk.ui.open_problems import Choice, ask_what_to_do

log = logging.getLogger(__name__)


def app_icon() -> QIcon:
    icon = QIcon()
    for png in sorted(resource("icons").glob("socialdesk-*.png")):
        icon.addFile(str(png))
    return icon


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication([*(argv or [sys.argv[0]]), *theme.QT_ARGUMENTS])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    return app


def instance_key(db_path: Path) -> str:
    import hashlib  # OpenSSL costs 3.6 MiB: needed only after the first paint

    return "socialdesk-" + hashlib.sha1(str(db_path.resolve()).encode()).hexdigest()[:16]


class AppController(QObject):
    """Owns the open store and the window; swaps them when the owner opens or restores a file."""

    def __init__(self, lang_override: str | None = None, clock: Clock = system_clock):
        super().__init__()
        self.lang_override = lang_override
        self.clock = clock  # created once here, handed down: window, tabs, dialogs
        self.store = None
        self.window: MainWindow | None = None
        self.bus = DataBus(self)
        self._server = None  # QLocalServer, listening once the window has painted

    def open(self, path: Path) -> bool:
        """Open `path`, asking the owner what to do if it is refused. False: nothing opened."""
        while True:
            try:
                store = open_store(path, defer_daily_backup=True)  # made once the window has painted
                break
            except StoreOpenError as error:
                log.warning("refused %s: %s", path, error)
                if error.problem is Problem.LOCKED:
                    self._tell_locked(path)
                    return False
                choice, backup = ask_what_to_do(self.window, error)
                if choice is Choice.QUIT:
                    return False
                if choice is Choice.OTHER_FILE:
                    path = self._ask_other_file(path)
                    if path is None:
                        return False
                    continue
                from socialdesk.storage.restoring import restore_in_place  # only for a refused file

                store, aside = (restore_in_place(path, backup) if choice is Choice.RESTORE else start_fresh(path))
                log.warning("set aside %s", aside)
                break
        self._install(store)
        return True

    def install_excepthook(self):
        """Unexpected errors: a check of this controller's data file decides what the owner is told."""
        install_excepthook(lambda: self.store.path if self.store is not None else None, self.restore_over_damaged)

    def restore_over_damaged(self, backup: Path):
        """The open file failed its check: set it aside and put `backup` in its place."""
        from socialdesk.storage.restoring import restore_in_place  # restoring loads when first needed, not at start

        store, path = self.store, self.store.path
        store.daily_backup_due = None  # never back up a damaged file over good backups
        store.close()
        try:
            restored, aside = restore_in_place(path, backup)
        except (StoreOpenError, StoreWriteError) as error:
            log.warning("backup %s not restored: %s", backup, error)
            self.open(path)  # the usual choices for a refused file
            return
        log.warning("set aside %s, restored %s", aside, backup)
        self._install(restored)

    def _install(self, store):
        old_window, old_store = self.window, self.store
        same = old_window is not None and old_store is store  # the window rebuilt in another language
        if same and store.is_open:
            old_window.save_window_state()  # its tab, read back by the new window (attack 37b, M3)
        self.store = store
        install_translators(choose_language(self.lang_override, store.settings.get("language")))
        self.window = MainWindow(store, self.bus, self.clock)
        self.window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.window.open_file_requested.connect(self._on_window_open_file_requested)
        self.window.restore_requested.connect(self._on_window_restore_requested)
        self.window.language_requested.connect(self._on_window_language_requested)
        # Work the owner need not wait for happens once the window has painted: the day's backup
        # (quick_check has already cleared the file) and the second-launch listener with
        # QtNetwork (the lock already keeps a second launch off the file).
        after_first_paint(self.window, lambda: self._after_first_paint(store))
        if os.environ.get("SOCIALDESK_BENCH_FIRST_PAINT"):  # make bench: time to first paint
            from socialdesk.ui.common.first_paint import watch

            watch(self.window)
        guide = self.window.guide
        if not same:
            guide.on_open()  # a new file opens on the welcome page
        else:  # in another language, the owner stays where they were (attack 37b, M3), in the same session
            self.window.go_to_places(old_window.places())  # inside each tab too (attack 37c, L2)
            guide.first_session = old_window.guide.first_session  # (a new file's: no what is due; 37d, L2)
            if old_window.guide.welcome_shown:
                guide.show_welcome()
            self.window.new_day.today = old_window.new_day.today  # a midnight the old window had not seen yet:
            self.window.new_day.check()  # the new one's pages and what is due catch up with it (38c, L5)
        shown = same and old_window.guide.due_panel is not None and old_window.guide.due_panel.isVisible()
        guide.check_due(record=False, again=shown)  # in the first frame: the tabs never move down after it
        self.window.show()
        if old_window is not None:
            if not same and old_store is not None and old_store.is_open:
                old_window.save_window_state()
            old_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            old_window.hide()
            old_window.deleteLater()
        if old_store is not None and old_store is not store:
            old_store.close()

    def _after_first_paint(self, store):
        gc.enable()  # off while the window was built (app.main)
        if store is not self.store:
            return
        try:
            self._tell_skipped_folder(store, store.make_due_backup())
        except StoreWriteError as error:
            log.warning("daily backup of %s not made: %s", store.path, error)
            QMessageBox.warning(
                self.window, self.tr("Today's backup was not made"),
                backup_problem_text(error) + "\n\n"
                + self.tr("Your data file is unchanged. SocialDesk will try again at its next start."),
            )
        self._listen_for_second_launch(store.path)
        from socialdesk.ui.placement_notice import check_placement  # network, USB key, synced folder, conflict copies

        from socialdesk.ui.calendar.draft_offer import offer_draft  # loads the calendar only if a draft waits

        try:
            moved = check_placement(self.window, store.path)
        except Exception:  # reported as any failure is, but the draft the owner was typing is still offered
            offer_draft(self.window, store)
            raise
        if moved is not None:
            self.open(moved)
            return
        offer_draft(self.window, store)
        self.window.guide.record_due()  # written after the paint, as the day's backup is

    def _tell_skipped_folder(self, store, backup: Path | None):
        """Said once per backup that could not go to the chosen folder (it went beside the data file)."""
        from socialdesk.storage.backups import skipped_folder
        from socialdesk.ui.common.backup_words import skipped_folder_text

        folder = skipped_folder(store.conn, backup) if backup is not None else None
        if folder is not None:
            QMessageBox.warning(self.window, self.tr("Backup folder not available"), skipped_folder_text(folder, backup))

    def _tell_locked(self, path: Path):
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(instance_key(path))
        if socket.waitForConnected(500):
            socket.write(b"raise\n")
            socket.waitForBytesWritten(500)
            socket.disconnectFromServer()
        QMessageBox.information(self.window, APP_NAME, open_problem_text(Problem.LOCKED))

    def _listen_for_second_launch(self, path: Path):
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None:
            self._server.close()
        self._server = QLocalServer(self)
        key = instance_key(path)
        QLocalServer.removeServer(key)  # a server left by a crashed instance
        self._server.newConnection.connect(self._on_server_new_connection)
        self._server.listen(key)

    def _on_server_new_connection(self):
        connection = self._server.nextPendingConnection()
        if connection is not None and self.window is not None:
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()
            connection.deleteLater()

    def _ask_other_file(self, current: Path) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Open another data file, or name a new one"), str(current.parent),
            self.tr("SocialDesk data (*.sqlite3);;All files (*)"), options=QFileDialog.Option.DontConfirmOverwrite,
        )
        return Path(path) if path else None

    def _on_window_open_file_requested(self, path: Path):
        if self.store is not None and Path(path).absolute() == self.store.path:
            return
        if self.open(Path(path)):
            from socialdesk.ui.placement_notice import opened_instead  # a moved file that cannot be found: this one

            opened_instead(self.store.path)

    def _on_window_restore_requested(self, backup: Path):
        from socialdesk.storage.restoring import restore_backup

        try:
            safety = restore_backup(self.store, backup)
        except (StoreOpenError, StoreWriteError) as error:
            opening = isinstance(error, StoreOpenError)
            words = open_problem_text(error.problem) if opening else write_problem_text(error.problem)
            if opening and error.path == Path(backup).resolve():  # the backup was refused, not the data file
                words = fill(self._refused_backup_words(error.problem), str(backup))
            QMessageBox.warning(self.window, self.tr("Backup not restored"), words
                                + "\n\n" + self.tr("Your current data is unchanged."))
            return
        self.bus.publish(Change(Area.ALL), self)
        self._install(self.store)
        QMessageBox.information(self.window, self.tr("Backup restored"),
                                fill(self.tr("The backup is back in place. What you had just before is kept as:\n%1"),
                                     str(safety)))

    def _refused_backup_words(self, problem: Problem) -> str:
        if problem is Problem.NEWER_VERSION:
            return self.tr("This backup was saved by a newer version of SocialDesk.\n%1\n\n"
                           "Update SocialDesk to restore it, or choose another backup.")
        if problem is Problem.FOREIGN:
            return self.tr("This file is another program's database, not a SocialDesk backup.\n%1\n\n"
                           "Choose another backup.")
        return self.tr("This backup cannot be used: it is damaged, empty or cannot be read.\n%1\n\n"
                       "Choose another backup.")

    def _on_window_language_requested(self, language: str):
        self.store.settings.set("language", language)
        self.lang_override = None
        self._install(self.store)


def demo_path() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="socialdesk-demo-"))
    return folder / "demo-bakery.sqlite3"


def run_gui(args) -> int:
    setup_logging()
    app = make_application()
    install_excepthook()
    language = choose_language(args.lang, None)
    install_translators(language)
    controller = AppController(args.lang)
    controller.install_excepthook()
    demo_folder = None
    if args.demo:
        path = demo_path()
        demo_folder = path.parent
        build_demo_file(path, controller.clock().date(), language).close()
    else:
        path = Path(args.db).expanduser() if args.db else default_db_path()
    try:
        if not controller.open(path):
            return 1
        return app.exec()
    finally:
        gc.enable()
        if controller.store is not None:
            controller.store.close()
        if demo_folder is not None:
            shutil.rmtree(demo_folder, ignore_errors=True)

