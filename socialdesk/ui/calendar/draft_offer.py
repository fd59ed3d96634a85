"""At start, offers back each post the owner was writing when SocialDesk closed without warning."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from socialdesk.storage.drafts import clear_draft, load_drafts
from socialdesk.ui.calendar.draft_keeper import reopening
from socialdesk.ui.common.questions import choose
from socialdesk.ui.common.words import fill

CALENDAR_INDEX = 1  # DESIGN.md: strategy, calendar, checklist, presence
EXCERPT = 80
OPEN, DISCARD = "open", "discard"  # the offer's answers (neither: the question was closed, the draft kept)


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
    choice = choose(window, _tr("A post was not finished"),
                    fill(_tr("You were writing a post when SocialDesk closed: %1"), excerpt(post.text)),
                    [(_tr("&Open it"), QMessageBox.ButtonRole.AcceptRole, OPEN, "openDraft"),
                     (_tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole, DISCARD, "discardDraft")],
                    default=OPEN)
    if choice == DISCARD:
        clear_draft(store, key)
        return False
    if choice != OPEN:
        return False
    window.tabs.setCurrentIndex(CALENDAR_INDEX)
    with reopening(key):  # its dialog keeps this draft up to date and removes it on OK or Cancel
        window.tabs.widget(CALENDAR_INDEX).ensure_built().edits.resume_draft(post)
    return True
