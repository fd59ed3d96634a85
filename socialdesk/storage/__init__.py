"""SQLite storage of SocialDesk (sqlite-utils, no Qt): opening, migrations, backups, repositories."""

from socialdesk.storage.errors import Problem, StoreError, StoreOpenError, StoreReadError, StoreWriteError, WriteProblem
from socialdesk.storage.opening import open_store
from socialdesk.storage.store import Store

__all__ = [
    "Problem",
    "Store",
    "StoreError",
    "StoreOpenError",
    "StoreReadError",
    "StoreWriteError",
    "WriteProblem",
    "open_store",
]
