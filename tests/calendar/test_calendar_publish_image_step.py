"""Enter in the publishing assistant walks a post with an image: text, image, alt text for each network, then published."""

from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from socialdesk.domain.posts import Post, PostStatus
from socialdesk.storage.calendar.media import import_image
from socialdesk.ui.calendar.publish_dialog import PublishDialog
from socialdesk.ui.common import opener


@pytest.fixture
def opened(monkeypatch):
    browser = SimpleNamespace(pages=[])
    monkeypatch.setattr(opener, "open_url", lambda url: browser.pages.append(url) or True)
    return browser


def _enter(qtbot):
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait(1)


def _copied_image_size():
    clip = QGuiApplication.clipboard().mimeData()
    with Image.open(Path(clip.urls()[0].toLocalFile())) as exported:
        return exported.size


def test_enter_copies_each_networks_image_between_its_text_and_its_alt_text(qtbot, file_store, tmp_path, opened):
    path = tmp_path / "pain.png"
    Image.new("RGB", (1080, 1350), (214, 170, 110)).save(path)
    post = Post(day=date(2026, 11, 27), networks=("instagram", "google"), text="Pain du jour",
                status=PostStatus.PLANNED, image=import_image(file_store, path), alt_text="Une miche dorée")
    dialog = PublishDialog(None, post, file_store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    _enter(qtbot)
    assert QGuiApplication.clipboard().text() == "Pain du jour"
    assert dialog.image_buttons["instagram"].isDefault() and dialog.image_buttons["instagram"].hasFocus()
    _enter(qtbot)
    assert _copied_image_size() == (1080, 1350)  # 4:5 fits Instagram as it is
    assert dialog.alt_buttons["instagram"].isDefault()
    _enter(qtbot)
    assert QGuiApplication.clipboard().text() == "Une miche dorée"
    assert dialog.buttons["google"].isDefault()
    _enter(qtbot)
    assert QGuiApplication.clipboard().text() == "Pain du jour\n\nImage: Une miche dorée"
    assert dialog.image_buttons["google"].isDefault()  # no alt field on Google: its image, then done
    _enter(qtbot)
    assert _copied_image_size() == (1200, 900)  # cut to Google's 4:3
    assert dialog.mark.isDefault() and dialog.mark.hasFocus()
    _enter(qtbot)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
