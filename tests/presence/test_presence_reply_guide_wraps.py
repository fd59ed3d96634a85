"""The unhappy-review guide in the reply dialog shows each step whole, every wrapped line, EN and FR."""

from datetime import datetime

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from socialdesk.domain.clock import fixed_clock
from socialdesk.storage.demo import seed_demo
from socialdesk.ui.common import opener
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.presence.reply_dialog import ReplyDialog

NOW = datetime(2026, 12, 7, 9, 0)


@pytest.fixture(params=["en", "fr"])
def language(request):
    install_translators(request.param)
    yield request.param
    install_translators("en")


def _shown_dialog(qtbot, store, stars):
    dialog = ReplyDialog(None, store, fixed_clock(NOW))
    qtbot.addWidget(dialog)
    dialog.set_rating(stars)  # the owner picks the rating: the guide appears in the opened dialog
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.set_rating(5)
    dialog.set_rating(stars)
    qtbot.wait(20)
    return dialog


@pytest.mark.parametrize("stars", [1, 2])
def test_each_guide_step_is_as_tall_as_its_wrapped_text(qtbot, store, language, stars):
    seed_demo(store, NOW.date())
    dialog = _shown_dialog(qtbot, store, stars)
    lines = dialog.guide.findChildren(QLabel)
    assert len(lines) >= 5 and dialog.guide.isVisible()
    for line in lines:
        needed = line.heightForWidth(line.width())
        assert line.height() >= needed, (line.text(), line.height(), needed, line.width())
        assert line.width() <= dialog.width()
    for above, below in zip(lines, lines[1:]):  # a squeezed layout overlaps the steps instead
        assert above.geometry().bottom() < below.geometry().top(), (above.text(), below.text())
    assert dialog.guide.height() >= dialog.guide.minimumSizeHint().height()
    dialog.grab().save(f"/tmp/reply_guide_{language}_{stars}.png")


def test_an_untouched_french_draft_is_replaced_without_asking_and_copied_with_its_no_break_spaces(
        qtbot, store, monkeypatch):
    """French drafts hold U+00A0 before ':'; the box once read them back as spaces, so the untouched draft
    looked edited: every rating change opened "Replace your edited reply?" (and a test run waited on it)."""
    seed_demo(store, NOW.date())
    asked = []
    monkeypatch.setattr(ReplyDialog, "_ask_replace", lambda self: asked.append(True) or False)
    monkeypatch.setattr(opener, "open_url", lambda url: True)
    install_translators("fr")
    try:
        dialog = ReplyDialog(None, store, fixed_clock(NOW))
        qtbot.addWidget(dialog)
        dialog.set_rating(1)
        assert "\u00a0:" in dialog.draft_edit.document().toRawText()
        dialog.set_rating(5)
        dialog.set_rating(1)
        assert asked == [] and "[prénom]" in dialog.draft_edit.toPlainText()
        for edit, text in ((dialog.first_name, "Julien"), (dialog.mentioned, "le pain"), (dialog.signer, "Léa")):
            edit.setText(text)
        dialog.copy_button.click()
        assert "\u00a0:" in QGuiApplication.clipboard().text() and asked == []
    finally:
        install_translators("en")
