"""Opening a web link in the owner's browser: one replaceable place that says whether it worked."""

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox
from socialdesk.ui.common.words import fill


def open_url(url: str) -> bool:
    """True only when Qt reports that a browser was launched (tests replace this function)."""
    return QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.StrictMode))


def not_opened_text(url: str) -> str:
    return fill(QCoreApplication.translate("Opener", "No web browser could be opened for %1."), url)


def copy_link(url: str) -> str:
    """Put the link on the clipboard; returns the words that say so."""
    QGuiApplication.clipboard().setText(url)
    return QCoreApplication.translate("Opener", "The link is copied: paste it in your browser's address bar.")


def copy_and_open(text: str, url: str | None) -> bool:
    """Put `text` on the clipboard, then open `url` if there is one: whether a browser opened. The
    publishing assistant and the review replies both go through here."""
    QGuiApplication.clipboard().setText(text)
    return bool(url) and open_url(url)


def open_or_copy(parent, url: str) -> bool:
    """Open `url`; if no browser starts, copy the link and tell the owner so. True if it opened."""
    if open_url(url):
        return True
    QMessageBox.warning(parent, QCoreApplication.translate("Opener", "The link was not opened"),
                        not_opened_text(url) + "\n\n" + copy_link(url))
    return False
