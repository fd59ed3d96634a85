"""The few questions the QR designer asks through standard dialogs (tests replace these classmethods)."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QFileDialog


class QrDialogs:
    @classmethod
    def ask_colour(cls, parent, current: str, title: str) -> str | None:
        colour = QColorDialog.getColor(QColor(current), parent, title)
        return colour.name() if colour.isValid() else None

    @classmethod
    def ask_logo(cls, parent) -> Path | None:
        title = QCoreApplication.translate("QrDialogs", "Choose a logo")
        images = QCoreApplication.translate("QrDialogs", "Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)")
        name, _ = QFileDialog.getOpenFileName(parent, title, "", images)
        return Path(name) if name else None

    @classmethod
    def ask_save(cls, parent, suffix: str, suggested: str) -> Path | None:
        """Through the window's one save dialog (SaveGuard.ask), which adds the suffix if missing."""
        from socialdesk.ui.common.save_guard import SaveGuard

        filters = {"png": QCoreApplication.translate("QrDialogs", "PNG image (*.png)"),
                   "svg": QCoreApplication.translate("QrDialogs", "SVG vector image (*.svg)"),
                   "pdf": QCoreApplication.translate("QrDialogs", "PDF document (*.pdf)")}
        title = QCoreApplication.translate("QrDialogs", "Export the QR code")
        answer = SaveGuard.ask(parent, title, f"{suggested}.{suffix}", filters[suffix], "", suffix)
        return answer[0] if answer else None
