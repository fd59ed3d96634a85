"""QR designer: one change of text, colour or size until the preview is repainted and verified."""

import time

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from paints import PaintCounter
from timing import median

COLOURS = ("#1a4d2e", "#7a1f1f", "#000000", "#22304a")


def _changes(page, count: int):
    """(kind, action) pairs: a key typed in the link, a colour typed, the size stepped up or down."""
    url, colour, size = page.payload_form.url, page.design_form.foreground.edit, page.design_form.size_mm
    actions = []
    for number in range(count):
        kind = ("text", "colour", "size")[number % 3]
        if kind == "text":
            actions.append((kind, lambda n=number: QTest.keyClick(url, "abcdefghij"[n % 10])))
        elif kind == "colour":
            actions.append((kind, lambda n=number: colour.setText(COLOURS[n % len(COLOURS)])))
        else:
            key = Qt.Key.Key_Up if number % 2 else Qt.Key.Key_Down
            actions.append((kind, lambda k=key: QTest.keyClick(size, k)))
    return actions


def measure_designer(app, tab, page, count: int, settle) -> dict:
    tab.pages.setCurrentWidget(page)
    page.payload_form.kind.setCurrentIndex(0)
    page.payload_form.url.setText("https://g.page/r/boulangerie-lea/review?x=")
    page.design_form.by_mm.setChecked(True)
    page.design_form.size_mm.setValue(30.0)
    settle(app)
    painted = PaintCounter(page.preview)
    samples: dict[str, list[float]] = {"text": [], "colour": [], "size": []}
    for kind, action in _changes(page, count + 3):
        before = painted.count
        start = time.perf_counter_ns()
        action()
        settle(app)
        elapsed = (time.perf_counter_ns() - start) / 1e6
        checked = page.checked
        if checked is None or not checked.verdict.ok or painted.count == before:
            return {"error": f"a {kind} change did not end in a repainted, verified preview"}
        if checked.code.design.payload != page.payload_form.payload():
            return {"error": "the preview was verified for another content than the one typed"}
        samples[kind].append(elapsed)
    for kind in samples:
        del samples[kind][0]  # the first of each kind warms caches
    every = [value for values in samples.values() for value in values]
    detail = ", ".join(f"{kind} {median(values):.1f} ms" for kind, values in samples.items())
    return {"median_ms": median(every), "floor_ms": library_floor(count),
            "detail": f"{len(every)} changes, medians by kind: {detail}; each checked with zxing-cpp at 150 dpi"}


def library_floor(count: int) -> float:
    """qrcode makes the image and zxing-cpp reads it back, nothing else: what any designer pays."""
    import qrcode
    import zxingcpp

    samples = []
    for number in range(count):
        start = time.perf_counter_ns()
        image = qrcode.make(f"https://g.page/r/boulangerie-lea/review?x={number}", box_size=6, border=4)
        found = zxingcpp.read_barcodes(image.convert("L"))
        samples.append((time.perf_counter_ns() - start) / 1e6)
        if not found:
            raise RuntimeError("zxing-cpp did not read the bare qrcode image")
    return median(samples)
