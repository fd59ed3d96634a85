"""Label and card sheets the owner can buy (label_sheets_table.py), as the maker publishes them."""

from dataclasses import dataclass
from functools import cache

from socialdesk.domain.label_sheets_table import SHEETS_TABLE

PAPERS = {"a4": (210.0, 297.0), "letter": (215.9, 279.4)}  # millimetres


@dataclass(frozen=True)
class LabelSheet:
    """One product: `code` as printed on the box; `margins` (top, left) and `pitch` (x, y) in mm."""

    code: str
    maker: str
    kind: str  # "stickers" or "business"
    paper: str  # "a4" or "letter"
    name: str
    label: tuple[float, float]
    columns: int
    rows: int
    margins: tuple[float, float]
    pitch: tuple[float, float]
    source: str

    @property
    def paper_mm(self) -> tuple[float, float]:
        return PAPERS[self.paper]

    @property
    def gaps(self) -> tuple[float, float]:
        return self.pitch[0] - self.label[0], self.pitch[1] - self.label[1]

    def positions(self) -> list[tuple[float, float, float, float]]:
        """(x, y, width, height) of every label, row by row from the top left."""
        top, left = self.margins
        return [(left + c * self.pitch[0], top + r * self.pitch[1], *self.label)
                for r in range(self.rows) for c in range(self.columns)]

    def title(self) -> str:
        return f"{self.maker} {self.code} – {self.name}"


def _sheet(entry: dict) -> LabelSheet:
    return LabelSheet(entry["code"], entry["maker"], entry["kind"], entry["paper"], entry["name"],
                      tuple(entry["label"]), entry["columns"], entry["rows"], tuple(entry["margins"]),
                      tuple(entry["pitch"]), entry["source"])


@cache
def label_sheets() -> tuple[LabelSheet, ...]:
    return tuple(_sheet(entry) for entry in SHEETS_TABLE["sheets"])


def label_sheet(code: str) -> LabelSheet:
    """The product with this code (case ignored); KeyError for one not in the table."""
    for sheet in label_sheets():
        if sheet.code.lower() == code.strip().lower():
            return sheet
    raise KeyError(code)


def sheets_of(kind: str) -> list[LabelSheet]:
    return [sheet for sheet in label_sheets() if sheet.kind == kind]
