"""Child for the draft tests: the window on a data file, a post typed in the dialog, then it waits to be killed."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QDate, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from socialdesk.ui import application  # noqa: E402
from socialdesk.ui.calendar.post_dialog import PostDialog  # noqa: E402

TYPED = "Pain au levain, sorti du four a 7 h"
COMPOSED = " : réservez-le !"  # accents come through the input method, not key presses
TEXT = TYPED + COMPOSED


def main(path: str, wait_ms: int) -> None:
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
        dialog = dialogs[0]
        if not dialog.on_day.isChecked():
            dialog.on_day.click()
        dialog.day_edit.setDate(QDate(2026, 12, 5))
        for key in ("facebook", "instagram"):
            if not dialog.network_boxes[key].isChecked():
                dialog.network_boxes[key].click()
        dialog.text_edit.setFocus()
        QTest.keyClicks(dialog.text_edit, TYPED)
        dialog.text_edit.insertPlainText(COMPOSED)
        QTimer.singleShot(wait_ms, lambda: print("typed", flush=True))  # still typing, as far as Qt knows

    QTimer.singleShot(0, tab.edits.new_post)  # the dialog stays open: the kill comes first
    QTimer.singleShot(100, type_in)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
