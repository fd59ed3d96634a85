"""A windowless Qt for headless commands that draw PDFs (fonts need a QGuiApplication)."""

import os


def ensure_gui():
    """The running QGuiApplication, or a new offscreen one; no display is ever needed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["socialdesk"])
