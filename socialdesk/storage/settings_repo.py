"""Settings kept in the data file as JSON values in a key/value table."""

import json
from copy import deepcopy
from typing import Any

from socialdesk.domain.changes import Area, Change
from socialdesk.domain.settings import DEFAULTS, checked
from socialdesk.storage.errors import guard_reads


@guard_reads
class SettingsRepo:
    def __init__(self, store):
        self._store = store

    def get(self, key: str) -> Any:
        """The stored value, or the default when it is missing, unreadable or not of the setting's shape."""
        row = self._store.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        value = _loaded(row[0]) if row else _MISSING
        return deepcopy(DEFAULTS.get(key)) if value is _MISSING else checked(key, value)

    def stored(self, key: str) -> bool:
        """True once `key` was written (a default never chosen is not)."""
        return self._store.conn.execute("SELECT 1 FROM settings WHERE key = ?", (key,)).fetchone() is not None

    def set(self, key: str, value: Any) -> Change:
        with self._store.write() as db:
            db["settings"].upsert({"key": key, "value": json.dumps(value)}, pk="key")
        return Change(Area.SETTINGS, (key,))

    def all(self) -> dict[str, Any]:
        values = dict(DEFAULTS)
        for key, raw in self._store.conn.execute("SELECT key, value FROM settings"):
            loaded = _loaded(raw)
            if loaded is not _MISSING:
                values[key] = checked(key, loaded)
        return values


_MISSING = object()  # no row, or a value that is not JSON: a known setting reads as its default


def _loaded(raw: Any) -> Any:
    try:
        return json.loads(raw)
    except (ValueError, TypeError):  # not JSON, or a NULL/blob the table was given by hand
        return _MISSING
