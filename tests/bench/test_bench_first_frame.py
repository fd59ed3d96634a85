"""A screenshot sequence from the window's first paint: the last-used tab is whole in the first frame, and stays put.

Start-up work moved after the first paint (the day's backup, the second-launch listener, a
draft's offer) must never show the owner an empty tab that fills a moment later, nor move it.
"""

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QTimer

SHOTS = os.environ.get("SOCIALDESK_SHOTS")  # a folder: the sequence is also saved there as PNGs, to look at


class FrameRecorder(QObject):
    """Grabs the current tab page at the window's first paint, then at each later paint."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.frames = []  # (page geometry, image)
        window.installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and len(self.frames) < 6:
            QTimer.singleShot(0, self._grab)  # what that paint showed, once Qt has finished it
        return False

    def _grab(self):
        page = self.window.tabs.currentWidget()
        self.frames.append((page.geometry(), page.grab().toImage()))


def _window_on(qtbot, tmp_path, last_tab: int):
    from socialdesk.domain.clock import system_clock
    from socialdesk.domain.posts import Post
    from socialdesk.storage import open_store
    from socialdesk.ui import application

    path = tmp_path / "shop.sqlite3"
    store = open_store(path)
    store.settings.set("last_tab", last_tab)
    store.settings.set("language", "fr")
    store.calendar.add(Post(text="Galette des rois : réservez la vôtre", networks=("instagram",)))
    # Due today whatever the date: what is due shows at the top, and must already be there in the first frame.
    store.calendar.add(Post(text="Vitrine de la semaine", networks=("instagram",), day=system_clock().date()))
    store.close()  # an existing file: the day's backup is due, and made, after the first paint
    application.make_application()
    controller = application.AppController(None)
    recorders = []
    real_show = application.MainWindow.show

    def show(window):
        recorders.append(FrameRecorder(window))
        real_show(window)

    return controller, path, recorders, show


@pytest.mark.parametrize("last_tab", [0, 1, 2, 3])
def test_the_first_frame_already_shows_the_last_used_tab_and_nothing_moves(qtbot, tmp_path, monkeypatch, last_tab):
    from socialdesk.storage.backups import list_backups
    from socialdesk.ui import application

    controller, path, recorders, show = _window_on(qtbot, tmp_path, last_tab)
    monkeypatch.setattr(application.MainWindow, "show", show)
    try:
        assert controller.open(path)
        qtbot.waitUntil(lambda: len(list_backups(path)) == 1, timeout=5000)  # work after the paint is done
        qtbot.waitUntil(lambda: len(recorders[0].frames) >= 1, timeout=5000)
        qtbot.wait(200)
        page = controller.window.tabs.currentWidget()
        settled = (page.geometry(), page.grab().toImage())
        frames = recorders[0].frames
        assert controller.window.tabs.currentIndex() == last_tab
        assert controller.window.guide.due_panel is not None and controller.window.guide.due_panel.isVisible()
        if SHOTS:
            frames[0][1].save(str(Path(SHOTS) / f"startup-tab{last_tab}-first-frame.png"))
            settled[1].save(str(Path(SHOTS) / f"startup-tab{last_tab}-settled.png"))
        for geometry, image in frames:
            assert geometry == settled[0], "the tab moved after the first paint"
            assert image == settled[1], "a frame after start-up showed the tab otherwise than it settled"
    finally:
        controller.window.close()
        controller.store.close()
