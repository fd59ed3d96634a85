"""The publishing assistant grows with what it says: after a copy with no browser, every label is whole."""

import os
from datetime import date

from PySide6.QtWidgets import QLabel

from socialdesk.domain.posts import Post, PostStatus
from socialdesk.ui.calendar.publish_dialog import PublishDialog
from socialdesk.ui.common import opener
from socialdesk.ui.i18n import install_translators


def _labels(dialog):
    return [label for label in dialog.findChildren(QLabel) if label.isVisible() and label.text()]


def test_after_a_copy_without_browser_no_label_is_cut_or_covered(qtbot, store, monkeypatch):
    monkeypatch.setattr(opener, "open_url", lambda url: False)
    store.presence.ensure_listing("instagram", "boulangerielea")
    store.presence.ensure_listing("x", "boulangerielea")
    post = Post(day=date(2026, 12, 1), networks=("instagram", "x"), text="Bûche de Noël " * 27,
                status=PostStatus.PLANNED)
    install_translators("fr")
    try:
        dialog = PublishDialog(None, post, store)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.buttons["instagram"].click()
        qtbot.wait(50)
        if os.environ.get("PUBLISH_SHOT"):
            dialog.grab().save(os.environ["PUBLISH_SHOT"])
        labels = _labels(dialog)
        assert any("Trop long pour X" in label.text() for label in labels)
        for label in labels:
            assert label.height() >= label.heightForWidth(label.width()), label.text()
            assert dialog.rect().contains(label.geometry()) or label.parent() is not dialog, label.text()
        for i, one in enumerate(labels):
            for other in labels[i + 1:]:
                assert not one.geometry().intersects(other.geometry()), (one.text(), other.text())
    finally:
        install_translators("en")
