"""Settings kept in the data file as JSON values in a key/value table."""

import json
from typing import Any

from socialdesk.domain.changes import Area, Change
from socialdesk.domain.settings import DEFAULTS
from socialdesk.storage.errors import guard_reads


@guard_reads
class SettingsRepo:
    def __init__(self, store):
        self._store = store

    def get(self, key: str) -> Any:
        row = self._store.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        if row is None:
            return DEFAULTS.get(key)
        try:
            return json.loads(row[0])
        except ValueError:
            return DEFAULTS.get(key)

    def set(self, key: str, value: Any) -> Change:
        with self._store.write() as db:
            db["settings"].upsert({"key": key, "value": json.dumps(value)}, pk="key")
        return Change(Area.SETTINGS, (key,))

    def all(self) -> dict[str, Any]:
        values = dict(DEFAULTS)
        for key, raw in self._store.conn.execute("SELECT key, value FROM settings"):
            try:
                values[key] = json.loads(raw)
            except ValueError:
                pass
        return values
