"""The welcome's facts in plain SQL: read before the window first paints, so no repository is loaded."""

from socialdesk.domain.guide import WelcomeFacts
from socialdesk.storage.errors import guard_reads


def _count(conn, sql: str) -> int:
    return int(conn.execute(sql).fetchone()[0] or 0)


@guard_reads
class GuideFacts:
    def __init__(self, store):
        self._conn = store.conn

    def welcome(self) -> WelcomeFacts:
        shop = self._conn.execute("SELECT name, address, phone FROM shop WHERE id = 1").fetchone() or ("", "", "")
        name, address, phone = (bool((value or "").strip()) for value in shop)
        return WelcomeFacts(
            shop_name=name, shop_address=address, shop_phone=phone,
            dated_posts=_count(self._conn, "SELECT COUNT(*) FROM posts WHERE day IS NOT NULL"),
            posts=_count(self._conn, "SELECT COUNT(*) FROM posts"),
            listings=_count(self._conn, "SELECT COUNT(*) FROM presence_listings"),
            printed_codes=_count(self._conn, "SELECT COUNT(*) FROM printed_codes"),
        )
