"""At start, offers back each post the owner was writing when SocialDesk closed without warning."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from socialdesk.storage.drafts import clear_draft, load_drafts
from socialdesk.ui.calendar.draft_keeper import reopening
from socialdesk.ui.common.words import fill

CALENDAR_INDEX = 1  # DESIGN.md: strategy, calendar, checklist, presence
EXCERPT = 80


def _tr(text: str) -> str:
    return QCoreApplication.translate("DraftOffer", text)


def excerpt(text: str) -> str:
    line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if not line:
        return _tr("(no text yet)")
    return fill(_tr("“%1”"), line if len(line) <= EXCERPT else line[:EXCERPT - 1] + "…")


def offer_draft(window, store) -> bool:
    """Offer each kept draft in turn; True if the owner opened at least one."""
    opened = False
    for key, post in load_drafts(store):
        opened = _offer_one(window, store, key, post) or opened
    return opened


def _offer_one(window, store, key: str, post) -> bool:
    """Ask "Open it / Discard"; True if the owner opened it. Closing the question keeps the draft."""
    box = QMessageBox(QMessageBox.Icon.Question, _tr("A post was not finished"),
                      fill(_tr("You were writing a post when SocialDesk closed: %1"), excerpt(post.text)),
                      QMessageBox.StandardButton.NoButton, window)
    open_button = box.addButton(_tr("&Open it"), QMessageBox.ButtonRole.AcceptRole)
    open_button.setObjectName("openDraft")
    discard = box.addButton(_tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
    discard.setObjectName("discardDraft")
    box.setDefaultButton(open_button)
    box.exec()
    if box.clickedButton() is discard:
        clear_draft(store, key)
        return False
    if box.clickedButton() is not open_button:
        return False
    window.tabs.setCurrentIndex(CALENDAR_INDEX)
    with reopening(key):  # its dialog keeps this draft up to date and removes it on OK or Cancel
        window.tabs.widget(CALENDAR_INDEX).ensure_built().edits.resume_draft(post)
    return True
