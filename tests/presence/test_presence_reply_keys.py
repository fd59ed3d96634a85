"""The reply dialog: each blank has its own access key (EN and FR), and the unhappy guide names its source once."""

import re
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.reviews.replies import STARS
from socialdesk.storage.demo import seed_demo
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.presence.reply_dialog import ReplyDialog

NOW = datetime(2026, 12, 7, 9, 0)
_KEY = re.compile(r"&([^&\s])")


@pytest.fixture(params=["en", "fr"])
def language(request):
    install_translators(request.param)
    yield request.param
    install_translators("en")


def _shown(qtbot, store):
    seed_demo(store, NOW.date())
    dialog = ReplyDialog(None, store, fixed_clock(NOW))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _keys(dialog) -> dict[str, list[str]]:
    keys: dict[str, list[str]] = {}
    for widget in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton) + dialog.findChildren(QGroupBox):
        text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
        if widget.isVisible() and (found := _KEY.search(text.replace("&&", ""))):
            keys.setdefault(found.group(1).lower(), []).append(text)
    return keys


@pytest.mark.parametrize("has_text", [True, False])
@pytest.mark.parametrize("stars", STARS)
def test_alt_and_a_letter_reaches_each_blank_and_no_letter_is_used_twice(qtbot, store, language, stars, has_text):
    dialog = _shown(qtbot, store)
    dialog.set_rating(stars, has_text)
    qtbot.wait(10)
    shown = [edit for slot, edit in dialog.slot_edits.items() if dialog.slots_form.isRowVisible(edit)]
    assert len(shown) >= 2
    for edit in shown:
        label = dialog.slots_form.labelForField(edit)
        letter = _KEY.search(label.text())
        assert label.buddy() is edit and letter, label.text()
        dialog.draft_edit.setFocus()
        qtbot.keyClick(dialog, letter.group(1).lower(), Qt.KeyboardModifier.AltModifier)
        assert edit.hasFocus(), label.text()
    clashes = {key: texts for key, texts in _keys(dialog).items() if len(texts) > 1}
    assert not clashes


def test_the_guide_names_the_interview_once_at_the_top_and_no_step_ends_on_a_bare_reference(qtbot, store, language):
    dialog = _shown(qtbot, store)
    dialog.set_rating(1)
    lines = [label.text() for label in dialog.guide.findChildren(QLabel)]
    assert "2011" in lines[0] and re.search(r"\b3\b.*\b4\b", lines[0])  # steps 3 and 4: person, listen
    for line in lines[1:]:
        assert "interview" not in line and not line.rstrip(".").endswith(")"), line
