"""The shop's look kept in the data file (colours, letters, logo) for `socialdesk qr`, as print-cards uses it."""

import os
from dataclasses import dataclass

from socialdesk.domain.brand import Brand
from socialdesk.qr.logo import Logo


@dataclass(frozen=True)
class KeptLook:
    brand: Brand = Brand()
    logo: Logo | None = None
    identity: tuple[str, ...] = ()  # the shop's name and trade: never read as an offer in --caption


def kept_look(args) -> KeptLook | None:
    """The look kept in the data file; black on white without a logo when no file was named (--db or
    SOCIALDESK_DB) and none exists yet; None after one line on stderr when a file is there but unreadable."""
    from socialdesk.headless.common import data_path, open_data_file
    from socialdesk.paths import DB_ENV_VAR

    named = getattr(args, "db", None) or os.environ.get(DB_ENV_VAR)
    if not named and not data_path(args).exists():
        return KeptLook()
    store = open_data_file(args, "qr", write=False)
    if store is None:
        return None
    try:
        from socialdesk.qr.brand import load_brand

        from socialdesk.domain.review_rules import identity_words

        return KeptLook(*load_brand(store.settings), identity=identity_words(store.shop.get()))
    finally:
        store.close()
