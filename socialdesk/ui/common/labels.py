"""Words for the domain's codes in one style: a mapping from an enum member (or key) to its text."""

from collections.abc import Iterator, Mapping

from PySide6.QtCore import QCoreApplication


class Labels(Mapping):
    """`Labels("CalendarWords", {PostStatus.IDEA: "Idea"})[PostStatus.IDEA]` reads "Idée" in French.

    The English sources are the catalogue's (same context, same text: the .ts stays valid); each is
    translated when it is read, so a table built at import follows the translator installed later.
    An empty source reads as "" (a code that needs no words)."""

    def __init__(self, context: str, sources: dict):
        self.context = context
        self.sources = dict(sources)

    def __getitem__(self, key) -> str:
        source = self.sources[key]
        return QCoreApplication.translate(self.context, source) if source else ""

    def __iter__(self) -> Iterator:
        return iter(self.sources)

    def __len__(self) -> int:
        return len(self.sources)
