"""Carry a new draft's changes (a blank filled) into the owner's edited text, or None when they overlap."""

from difflib import SequenceMatcher


def carry_edits(base: str, edited: str, new: str) -> str | None:
    """`new` differs from `base` (the draft the owner last saw) in a few places: make the same changes in
    `edited`, the owner's own version; None if the owner has rewritten one of those places."""
    changes = [(i1, i2, new[j1:j2]) for tag, i1, i2, j1, j2
               in SequenceMatcher(None, base, new, autojunk=False).get_opcodes() if tag != "equal"]
    kept = SequenceMatcher(None, base, edited, autojunk=False).get_matching_blocks()
    placed = []
    for start, end, words in changes:
        block = next((b for b in kept if b.a <= start and end <= b.a + b.size and (b.size or start == end)), None)
        if block is None:
            return None
        placed.append((start + block.b - block.a, end + block.b - block.a, words))
    for start, end, words in reversed(placed):
        edited = edited[:start] + words + edited[end:]
    return edited
