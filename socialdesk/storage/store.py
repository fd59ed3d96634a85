"""The open data file: one sqlite-utils Database, its write transactions and its repositories."""

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from socialdesk.storage.errors import StoreReadError, StoreWriteError, classify_write_error, reading
from socialdesk.storage.lock import FileLock

if TYPE_CHECKING:
    from sqlite_utils import Database

    from socialdesk.storage.calendar.repo import CalendarRepo
    from socialdesk.storage.presence.repo import PresenceRepo
    from socialdesk.storage.rules.repo import RulesRepo
    from socialdesk.storage.settings_repo import SettingsRepo
    from socialdesk.storage.shop_repo import ShopRepo
    from socialdesk.storage.strategy.repo import StrategyRepo


def database(conn: sqlite3.Connection) -> "Database":
    """Wrap a connection for sqlite-utils, without running installed sqlite-utils plugins.

    SocialDesk uses none: skipping them keeps third-party code off the owner's connection and
    the scan of every installed package's entry points (12-25 ms) out of start-up.
    """
    from sqlite_utils import Database

    return Database(conn, execute_plugins=False)


def configure_connection(conn: sqlite3.Connection) -> None:
    """The durability the owner's work deserves: WAL, foreign keys, fsync on every commit."""
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA busy_timeout=2000")


def lenient_text(raw: bytes) -> str:
    """Stored text; bytes that are not UTF-8 (a bad sector quick_check cannot see) read as U+FFFD."""
    return raw.decode("utf-8", "replace")


class Store:
    """An open data file. Repositories hang off it: `store.calendar.posts_in_week(...)`."""

    def __init__(self, db: "Database | sqlite3.Connection", path: Path | None = None, lock: FileLock | None = None):
        """`db`: a sqlite-utils Database, or a bare connection it wraps on first use of `db`
        (reads through `conn` then never import sqlite-utils: the window paints sooner)."""
        if isinstance(db, sqlite3.Connection):
            self._conn, self._db = db, None
        else:
            self._conn, self._db = db.conn, db
        self._conn.text_factory = lenient_text
        self.path = path
        self._lock = lock
        self.daily_backup_due: datetime | None = None  # set by open_store(defer_daily_backup=True)
        self.daily_backup_made: Path | None = None  # where make_due_backup put it
        self._unchanged: tuple[Path, int] | None = None  # a copy holding the data as it is, and total_changes then

    @classmethod
    def in_memory(cls) -> "Store":
        """A migrated, throw-away store for tests and previews."""
        from socialdesk.storage.migrations import migrations

        conn = sqlite3.connect(":memory:", isolation_level=None)
        conn.execute("PRAGMA foreign_keys=ON")
        db = database(conn)
        migrations.apply(db)
        return cls(db)

    @property
    def db(self) -> "Database":
        if self._db is None:
            with reading():  # sqlite-utils runs a PRAGMA on the connection it wraps
                self._db = database(self._conn)
        return self._db

    @property
    def conn(self) -> sqlite3.Connection:
        return self._conn

    def query(self, sql: str, params: tuple | list = ()) -> list[dict]:
        """Rows as dicts through the bare connection: reads never need sqlite-utils.

        A failure (a damaged page, a table gone, a closed file) raises StoreReadError."""
        with reading():
            cursor = self._conn.execute(sql, params)
            names = [column[0] for column in cursor.description]
            return [dict(zip(names, row)) for row in cursor]

    def query_one(self, sql: str, params: tuple | list = ()) -> dict:
        """The one row a read must find; LookupError if it is not there."""
        rows = self.query(sql, params)
        if not rows:
            raise LookupError(sql)
        return rows[0]

    @contextmanager
    def write(self) -> Iterator["Database"]:
        """One transaction: all of it reaches the disk on exit, or none of it on error."""
        try:
            if self._conn.in_transaction:  # nested: a savepoint inside the outer transaction
                with self.db.atomic():
                    yield self.db
            else:
                with self._immediate():
                    yield self.db
        except (sqlite3.Error, OSError) as error:
            raise StoreWriteError(classify_write_error(error), str(error)) from error
        except StoreReadError as error:  # a read inside the transaction failed: the write is refused
            raise StoreWriteError(error.problem, error.detail) from error

    @contextmanager
    def _immediate(self) -> Iterator[None]:
        """BEGIN IMMEDIATE: the write lock is taken first (waiting up to busy_timeout), so a read
        inside the transaction can never meet another connection's newer commit (the draft writer's)
        and fail at once with 'database is locked', as a deferred BEGIN would."""
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield
            self._conn.execute("COMMIT")
        except BaseException:
            if self._conn.in_transaction:  # also a COMMIT refused by a full disk
                self._conn.execute("ROLLBACK")
            raise

    # Each repository is imported when first used: opening a file and painting stays lean. The
    # tabs' repositories are typed properties written out (IDEs, type checkers and vulture follow
    # them); tests/foundation/test_foundation_tabs.py checks they match socialdesk.tabs.TABS.
    @cached_property
    def strategy(self) -> "StrategyRepo":
        from socialdesk.storage.strategy.repo import StrategyRepo

        return StrategyRepo(self)

    @cached_property
    def calendar(self) -> "CalendarRepo":
        from socialdesk.storage.calendar.repo import CalendarRepo

        return CalendarRepo(self)

    @cached_property
    def rules(self) -> "RulesRepo":
        from socialdesk.storage.rules.repo import RulesRepo

        return RulesRepo(self)

    @cached_property
    def presence(self) -> "PresenceRepo":
        from socialdesk.storage.presence.repo import PresenceRepo

        return PresenceRepo(self)

    @cached_property
    def settings(self) -> "SettingsRepo":
        from socialdesk.storage.settings_repo import SettingsRepo

        return SettingsRepo(self)

    @cached_property
    def shop(self) -> "ShopRepo":
        from socialdesk.storage.shop_repo import ShopRepo

        return ShopRepo(self)

    @property
    def is_open(self) -> bool:
        try:
            self.conn.execute("SELECT 1")
            return True
        except sqlite3.ProgrammingError:
            return False

    def make_due_backup(self) -> Path | None:
        """Make the day's backup that opening left for later, unless the last one made was made today; None if
        none was due.

        Raises StoreWriteError if the copy fails (it is due no more: the caller tells)."""
        when, self.daily_backup_due = self.daily_backup_due, None
        if when is None or self.path is None or not self.is_open:
            return None
        from socialdesk.storage.backups import backed_up_today, make_backup
        from socialdesk.storage.file_key import made_since_keys, stored_key

        try:
            if backed_up_today(self.path, when, None, stored_key(self.conn), made_since_keys(self.conn)):
                return None
        except OSError as error:  # the backups cannot be listed: the copy, tried, says what is wrong
            logging.getLogger(__name__).warning("backups of %s not read: %s", self.path, error)
        self.daily_backup_made = make_backup(self.conn, self.path, when, "daily")
        self.note_same_as(self.daily_backup_made)
        return self.daily_backup_made

    def note_same_as(self, copy: Path) -> None:
        """`copy` holds the data as it is now (the day's backup just made, the backup just restored)."""
        self._unchanged = (Path(copy), self.conn.total_changes)

    def same_as_now(self) -> Path | None:
        """A copy holding the data as it is, when nothing was written since it was noted and it is still there:
        restoring it would change nothing, and backing up before another restore would only copy it again."""
        copy, changes = self._unchanged or (None, -1)
        return copy if copy is not None and self.conn.total_changes == changes and copy.is_file() else None

    def close(self) -> None:
        if self.daily_backup_due is not None:
            try:  # the window closed before it could make the day's backup: make it now
                self.make_due_backup()
            except StoreWriteError as error:  # closing must not fail: the file is intact
                logging.getLogger(__name__).warning("daily backup of %s not made: %s", self.path, error)
        if self.is_open:
            self.conn.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None
