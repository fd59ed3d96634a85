"""A built link or payload with its actions: copy, open (web links only), make a QR code."""

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from socialdesk.ui.common.words import fill
from socialdesk.ui.presence.listings_page import open_safe_url


class LinkOutput(QWidget):
    """Shows the result read-only; buttons are enabled only while there is a result."""

    qr_requested = Signal(str, str, str)  # payload, caption, call to action

    def __init__(self, name: str, can_make_qr: bool, web_link: bool = True, multiline: bool = False, parent=None):
        super().__init__(parent)
        self._caption = ""
        self._call_to_action = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = QPlainTextEdit(self) if multiline else QLineEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(name)
        if multiline:
            self.text.setMaximumHeight(110)
            self.text.setTabChangesFocus(True)
        layout.addWidget(self.text, 1)
        self.copy_button = self._button(self.tr("Copy"), fill(self.tr("Copy %1"), name), self._on_copy_clicked)
        layout.addWidget(self.copy_button)
        self.open_button = None
        if web_link:
            self.open_button = self._button(self.tr("Open"), fill(self.tr("Open %1 in the browser"), name),
                                            self._on_open_clicked)
            layout.addWidget(self.open_button)
        self.qr_button = None
        if can_make_qr:
            self.qr_button = self._button(self.tr("Make a QR code"), fill(self.tr("Make a QR code of %1"), name),
                                          self._on_qr_clicked)
            layout.addWidget(self.qr_button)
        self.set_result("")

    def _button(self, text: str, accessible: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(accessible)
        button.clicked.connect(slot)
        return button

    def result(self) -> str:
        return self.text.toPlainText() if isinstance(self.text, QPlainTextEdit) else self.text.text()

    def set_result(self, payload: str, caption: str = "", call_to_action: str = ""):
        if isinstance(self.text, QPlainTextEdit):
            self.text.setPlainText(payload.replace("\r\n", "\n"))
        else:
            self.text.setText(payload)
        self._payload = payload
        self._caption, self._call_to_action = caption, call_to_action
        for button in (self.copy_button, self.open_button, self.qr_button):
            if button is not None:
                button.setEnabled(bool(payload))

    def _on_copy_clicked(self):
        QGuiApplication.clipboard().setText(self._payload)

    def _on_open_clicked(self):
        open_safe_url(self._payload)

    def _on_qr_clicked(self):
        if self._payload:
            self.qr_requested.emit(self._payload, self._caption, self._call_to_action)
