"""Where the keyboard was on the checklist's week page, and where it goes once the page shows another week: the
same rule's note or box, never the window's tab bar (where the next Alt+→ changes tab; attack 38c, M1)."""

from PySide6.QtWidgets import QApplication, QLineEdit

from socialdesk.ui.common.keyboard_focus import give_keyboard


class KeyboardPlace:
    """Taken before the page refills: a rule's note or box, a post's box, a review count (which stays), and a
    note's cursor."""

    def __init__(self, page):
        focused = QApplication.focusWidget()
        self.inside = page.isAncestorOf(focused)
        fields = (("note", page.note_edits), ("box", page.rule_boxes), ("post", page.post_boxes))
        self.kind, self.key = next(((kind, key) for kind, widgets in fields for key, widget in widgets.items()
                                    if widget is focused), ("box", None))
        if self.key is None and page.reviews_box.isAncestorOf(focused):
            self.kind, self.key = "kept", focused  # the reviews' counts stay: the keyboard with them (38d, L4)
        self.cursor = focused.cursorPosition() if isinstance(focused, QLineEdit) else -1

    def give_back(self, page) -> None:
        """The rule's note or box in the week now shown (a post's box: the week's first post); else its first rule
        (a rule not due that week), or the page."""
        if self.kind == "kept" and self.key.isVisible():
            give_keyboard(self.key)
            return
        first, second = ((page.note_edits, page.rule_boxes) if self.kind == "note"
                         else (page.rule_boxes, page.note_edits))
        posts = list(page.post_boxes.values()) if self.kind == "post" else []
        candidates = [*posts, first.get(self.key), second.get(self.key), *page.rule_boxes.values(),
                      *page.note_edits.values()]  # a week to come: its boxes wait, its notes take words
        target = next((widget for widget in candidates if widget is not None and widget.isEnabled()), page)
        give_keyboard(target)
        if isinstance(target, QLineEdit):  # the cursor where it was: a Tab's focus selects the whole note
            length = len(target.text())
            target.setCursorPosition(min(self.cursor, length) if self.cursor >= 0 else length)
