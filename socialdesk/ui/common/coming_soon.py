"""An honest page for a tab whose work has not landed yet: what it will do, no fake controls."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ComingSoonPage(QWidget):
    def __init__(self, store=None, bus=None, parent=None):
        super().__init__(parent)
        title, promises = self.page_title(), self.page_promises()
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        heading = QLabel(f"<h2>{title}</h2>")
        heading.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(heading)
        intro = QLabel(self.tr("This part of SocialDesk is not built yet. It will let you:"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        items = "".join(f"<li>{p}</li>" for p in promises)
        listing = QLabel(f"<ul>{items}</ul>")
        listing.setTextFormat(Qt.TextFormat.RichText)
        listing.setWordWrap(True)
        layout.addWidget(listing)

    def page_title(self) -> str:
        raise NotImplementedError

    def page_promises(self) -> list[str]:
        raise NotImplementedError
