"""Child for the draft tests: the window on a data file, a post typed in the dialog, then it waits to be killed."""

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QDate, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from socialdesk.ui import application  # noqa: E402
from socialdesk.ui.calendar.post_dialog import PostDialog  # noqa: E402

TYPED = "Pain au levain, sorti du four a 7 h"
COMPOSED = " : réservez-le !"  # accents come through the input method, not key presses
TEXT = TYPED + COMPOSED
STEADY = "Brioche tressee au beurre frais et sucre perle, ce matin seulement"
STEADY_KEY_MS = 40  # a fast typist: 25 characters a second, so a debounce that waits for a pause never fires


def say(*words) -> None:
    """One line to the parent, stamped with the machine-wide monotonic clock (the parent reads the same one)."""
    print(*words, f"{time.monotonic():.6f}", flush=True)


def fill_fields(dialog) -> None:
    if not dialog.on_day.isChecked():
        dialog.on_day.click()
    dialog.day_edit.setDate(QDate(2026, 12, 5))
    for key in ("facebook", "instagram"):
        if not dialog.network_boxes[key].isChecked():
            dialog.network_boxes[key].click()
    dialog.text_edit.setFocus()


def type_burst(dialog) -> None:
    QTest.keyClicks(dialog.text_edit, TYPED)
    dialog.text_edit.insertPlainText(COMPOSED)
    say("typed")  # the last key is in: the parent kills a bounded time after this


def type_steady(dialog, index: int = 0) -> None:
    if index < len(STEADY):
        QTest.keyClick(dialog.text_edit, STEADY[index])
        say("key", index + 1)
        QTimer.singleShot(STEADY_KEY_MS, lambda: type_steady(dialog, index + 1))


def main(path: str, mode: str) -> None:
    app = application.make_application()
    controller = application.AppController("en")
    if not controller.open(Path(path)):
        sys.exit(1)
    window = controller.window
    window.tabs.setCurrentIndex(1)
    tab = window.tabs.widget(1).ensure_built()

    def type_in():
        dialogs = [w for w in app.topLevelWidgets() if isinstance(w, PostDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(50, type_in)
            return
        fill_fields(dialogs[0])
        (type_steady if mode == "steady" else type_burst)(dialogs[0])

    QTimer.singleShot(0, tab.edits.new_post)  # the dialog stays open: the kill comes first
    QTimer.singleShot(100, type_in)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "burst")
