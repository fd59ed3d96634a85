"""A full offscreen session on the demo bakery: every tab, printing to PDF, a QR code, the exports.

Used in-process by test_reliability_offline.py (with Python's sockets blocked) and run as a script
under strace (every socket() the process makes, Qt's own included). Usage: offline_session.py FOLDER
"""

import os
import socket
import sys
from datetime import date
from pathlib import Path
from socialdesk.domain.calendar.plan_words import Dialect
from socialdesk.domain.clock import system_clock

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

ATTEMPTS: list[str] = []  # every refused socket creation, even ones the app would swallow


class _NoSocket(socket.socket):
    def __init__(self, family=-1, *args, **kwargs):
        ATTEMPTS.append(f"socket.socket(family={family})")
        raise OSError("network access attempted during the offline session")


def _no_connection(address, *args, **kwargs):
    ATTEMPTS.append(f"socket.create_connection({address!r})")
    raise OSError("network access attempted during the offline session")


def block_sockets(patch) -> None:
    """`patch(obj, name, value)`: pytest's monkeypatch.setattr, or setattr in the script."""
    patch(socket, "socket", _NoSocket)
    patch(socket, "create_connection", _no_connection)


def run_session(folder: Path) -> dict[str, Path]:
    """Drive the window like an owner would; returns the files it wrote."""
    from PySide6.QtWidgets import QApplication

    from socialdesk.storage.demo import build_demo_file
    from socialdesk.ui.common.bus import DataBus
    from socialdesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    store = build_demo_file(folder / "demo.sqlite3", date(2026, 11, 26))
    window = MainWindow(store, DataBus(), system_clock)
    written: dict[str, Path] = {}
    try:
        window.resize(1200, 800)
        window.show()
        for index in range(window.tabs.count()):
            window.show_tab(index)
            window.tabs.widget(index).ensure_built()
            app.processEvents()
        written.update(_print_pdfs(window, folder))
        written.update(_make_qr(window, folder, app))
        written.update(_export_plan(window, folder))
    finally:
        window.close()
        store.close()
    return written


def _print_pdfs(window, folder: Path) -> dict[str, Path]:
    from socialdesk.ui.calendar.printing import week_printer
    from socialdesk.ui.printing.output import write_pdf

    rules = window.page("rulesTab").content
    week = window.page("calendarTab").content.files.painter()
    return {"checklist.pdf": rules.save_pdf(folder / "checklist.pdf"),
            "week.pdf": write_pdf(folder / "week.pdf", week.paint, week_printer(week.title))}


def _make_qr(window, folder: Path, app) -> dict[str, Path]:
    from socialdesk.ui.presence.qr_dialogs import QrDialogs

    page = window.page("presenceTab").content.qr_page
    page.set_payload(window.store.presence.url_for_network("instagram") or "https://boulangerie-lea.fr/")
    page.refresh()
    app.processEvents()
    target = folder / "qr.png"
    original = QrDialogs.ask_save
    QrDialogs.ask_save = classmethod(lambda cls, parent, suffix, suggested: target)
    try:
        page.outputs.export("png")
    finally:
        QrDialogs.ask_save = original
    return {"qr.png": target}


def _export_plan(window, folder: Path) -> dict[str, Path]:
    files = window.page("calendarTab").content.files
    csv_path, ics_path = folder / "plan.csv", folder / "plan.ics"
    files.ask_csv_path = lambda: (csv_path, Dialect.EXCEL_FR)
    files.ask_save_path = lambda *args: ics_path
    files.export_csv()
    files.export_ics()
    return {"plan.csv": csv_path, "plan.ics": ics_path}


if __name__ == "__main__":
    block_sockets(setattr)
    out = Path(sys.argv[1])
    made = run_session(out)
    missing = [name for name, path in made.items() if not path.is_file() or path.stat().st_size == 0]
    print("attempts:", len(ATTEMPTS), "missing:", missing)
    sys.exit(1 if ATTEMPTS or missing else 0)
