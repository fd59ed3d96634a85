"""A post on no network: the publishing assistant says to choose one first and marks nothing as published (attack
34d, F6: it offered "Mark as published" with nothing to publish to)."""

from datetime import date

import pytest

from socialdesk.domain.posts import Post, PostStatus
from socialdesk.ui.calendar.publish_dialog import PublishDialog
from socialdesk.ui.i18n import install_translators


@pytest.mark.parametrize("language, words", [("en", "on no network yet"), ("fr", "sur aucun réseau")])
def test_a_post_on_no_network_cannot_be_marked_published(qtbot, store, language, words):
    install_translators(language)
    try:
        post = Post(day=date(2026, 12, 21), networks=(), text="Bûche de Noël", status=PostStatus.PLANNED)
        dialog = PublishDialog(None, post, store)
        qtbot.addWidget(dialog)
        assert not dialog.mark.isEnabled() and not dialog.buttons
        assert any(words in label.text() for label in dialog.findChildren(type(dialog.feedback)))
    finally:
        install_translators("en")


def test_a_post_on_a_network_can_still_be_marked_published(qtbot, store):
    post = Post(day=date(2026, 12, 21), networks=("facebook",), text="Bûche de Noël", status=PostStatus.PLANNED)
    dialog = PublishDialog(None, post, store)
    qtbot.addWidget(dialog)
    assert dialog.mark.isEnabled()
