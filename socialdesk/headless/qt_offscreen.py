"""A windowless Qt for headless commands that draw PDFs (fonts need a GUI application object)."""

import os

_made: list = []  # the application made here lives as long as the process


def ensure_gui():
    """The running Qt application, whatever its kind, or a new offscreen QApplication.

    A QApplication, not a bare QGuiApplication: Qt allows one application object per process, and
    a QGuiApplication left behind by an in-process `socialdesk qr … -o x.pdf` made every later
    widget (the window, a pytest-qt test) abort Python. QtWidgets costs nothing extra here: the
    PDF writers load it already (QtPrintSupport's print dialogs). No display is ever needed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    running = QCoreApplication.instance()
    if running is not None:
        return running
    from PySide6.QtWidgets import QApplication

    _made.append(QApplication(["socialdesk"]))
    return _made[-1]
