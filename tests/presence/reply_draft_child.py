"""Child for the reply-draft kill test: a reply typed in the dialog on a data file, then it waits to be killed."""

import os
import sys
import time
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest  # noqa: E402

from socialdesk.domain.clock import fixed_clock  # noqa: E402
from socialdesk.storage import open_store  # noqa: E402
from socialdesk.ui import application  # noqa: E402
from socialdesk.ui.presence.reply_dialog import ReplyDialog  # noqa: E402

NOW = datetime(2026, 12, 7, 9, 0)
EDIT = " PS: merci encore, à très vite."  # typed by hand at the end of the draft (accents: the input method)


def say(*words) -> None:
    print(*words, f"{time.monotonic():.6f}", flush=True)


def main(path: str) -> None:
    app = application.make_application()
    store = open_store(Path(path))
    listing = next(item for item in store.presence.listings() if item.platform_key == "google_business")
    dialog = ReplyDialog(None, store, fixed_clock(NOW), listing)
    dialog.show()
    dialog.set_rating(1)
    for edit, text in ((dialog.first_name, "Marie"), (dialog.mentioned, "la tarte trop sucree"),
                       (dialog.signer, "Lea")):
        QTest.keyClicks(edit, text)
    dialog.draft_edit.moveCursor(dialog.draft_edit.textCursor().MoveOperation.End)
    dialog.draft_edit.insertPlainText(EDIT)
    say("typed")  # the last change is in: the parent kills a bounded time after this
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1])
