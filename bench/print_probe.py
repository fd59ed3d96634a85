"""Printing QR cards to PDF (24 stickers on A4, 30 A6 counter cards) against Qt's bare PDF engine."""

import time
from pathlib import Path

from timing import median

SHOP = "Boulangerie Léa"
JOBS = (("24 stickers on A4", "stickers", 24), ("30 A6 cards", "a6", 30))


def _items(count: int, run: int) -> list:
    """Distinct links every run: no cache of an earlier run can help (the owner prints once)."""
    from socialdesk.domain.cards import CardItem

    return [CardItem(f"https://boulangerie-lea.example/carte/{run}-{n:02d}", caption="Google",
                     call_to_action="Laissez-nous un avis")
            for n in range(count)]


def _print_once(folder: Path, template, count: int, run: int) -> tuple[float, int]:
    from socialdesk.ui.printing.cards import card_printer, paint_cards
    from socialdesk.ui.printing.output import write_pdf

    pages = []
    items = _items(count, run)
    start = time.perf_counter()
    write_pdf(folder / "cards.pdf", lambda printer: pages.append(paint_cards(printer, template, items, SHOP)),
              card_printer(template, "bench"))
    return time.perf_counter() - start, pages[0]


def _blank_once(folder: Path, template, pages: int) -> float:
    """The same number of pages from the same printer set-up, one line of text on each."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QPainter

    from socialdesk.ui.printing.cards import card_printer
    from socialdesk.ui.printing.output import write_pdf

    def paint(printer):
        painter = QPainter(printer)
        for number in range(pages):
            if number:
                printer.newPage()
            painter.drawText(QPointF(200, 200), f"{SHOP} {number}")
        painter.end()

    start = time.perf_counter()
    write_pdf(folder / "blank.pdf", paint, card_printer(template, "bench"))
    return time.perf_counter() - start


def measure_print(folder: Path, runs: int) -> dict:
    from socialdesk.domain.card_template import CardTemplate

    jobs = []
    for label, key, count in JOBS:
        template = CardTemplate(key)
        _print_once(folder, template, count, -1)  # warm-up: imports, fonts
        timed = [_print_once(folder, template, count, run) for run in range(runs)]
        pages = timed[0][1]
        floor = median([_blank_once(folder, template, pages) for _ in range(runs)])
        seconds = median([t for t, _ in timed])
        jobs.append({"label": label, "pages": pages, "codes": count, "seconds": seconds,
                     "pages_per_second": pages / seconds, "floor_seconds": floor})
    return {"jobs": jobs}
