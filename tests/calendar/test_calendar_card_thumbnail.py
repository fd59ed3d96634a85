"""A week card shows the centre square of its post's image at its top right; a card without an image shows none."""

from datetime import date, time

from PIL import Image
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.storage.calendar.media import import_image
from socialdesk.ui.calendar import card_thumbs, post_card

TODAY = date(2026, 11, 26)
MIDDLE = (200, 0, 200)  # the photo's centre third: what a square crop keeps
SIDES = (0, 160, 60)  # its left and right thirds: cut away


def _photo(path) -> str:
    photo = Image.new("RGB", (600, 200), SIDES)
    photo.paste(Image.new("RGB", (200, 200), MIDDLE), (200, 0))
    photo.save(path, "JPEG", quality=95)
    return str(path)


def _window(qtbot, store):
    from socialdesk.ui.common.bus import DataBus
    from socialdesk.ui.i18n import install_translators
    from socialdesk.ui.main_window import MainWindow

    install_translators("fr")
    window = MainWindow(store, DataBus(), fixed_clock(TODAY))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_tab(1)
    for _ in range(8):
        QApplication.processEvents()
    return window.tabs.currentWidget().content


def _near(colour, rgb, slack=40) -> bool:
    return all(abs(a - b) <= slack for a, b in zip((colour.red(), colour.green(), colour.blue()), rgb))


def _top_right(posts, row: int, side: int):
    """The colours of the square where a card's thumbnail goes."""
    image = posts.viewport().grab().toImage()
    card = posts.visualItemRect(posts.item(row))
    square = QRect(card.right() - side - 6, card.top() + 4, side, side)
    return [image.pixelColor(x, y) for x in range(square.left(), square.right()) for y in range(square.top(),
                                                                                                   square.bottom())]


def test_a_card_shows_its_image_centre_and_a_card_without_image_shows_none(qtbot, file_store, tmp_path):
    name = import_image(file_store, _photo(tmp_path / "vitrine.jpg"))
    file_store.calendar.import_posts([
        Post(day=TODAY, time=time(9, 0), networks=("instagram",), text="Vitrine de Noël", status=PostStatus.PLANNED,
             image=name, alt_text="La vitrine"),
        Post(day=TODAY, time=time(11, 0), networks=("instagram",), text="Horaires", status=PostStatus.PLANNED)])
    card_thumbs._THUMBS.clear()
    tab = _window(qtbot, file_store)
    posts = next(p for p in tab.week.lists() if p.day == TODAY)
    rows = {posts.item(row).data(post_card.POST_ROLE).text: row for row in range(posts.count())}
    side = 2 * posts.fontMetrics().lineSpacing() - 8
    with_image = _top_right(posts, rows["Vitrine de Noël"], side)
    without = _top_right(posts, rows["Horaires"], side)
    assert sum(_near(c, MIDDLE) for c in with_image) > len(with_image) // 3
    assert not any(_near(c, SIDES) for c in with_image)  # the centre square, not the whole photo squeezed
    assert not any(_near(c, MIDDLE) or _near(c, SIDES) for c in without)


def test_painting_a_card_again_never_looks_at_its_image_file_and_a_week_switch_looks_once(qtbot, file_store, tmp_path,
                                                                                          monkeypatch):
    """Hovering, selecting and scrolling repaint the cards: the thumbnail's file is looked at when the week's lists
    are filled, not on every paint (a synced or network folder answers slowly); a file rewritten since is shown
    after the next fill."""
    import os

    from socialdesk.storage.calendar.media import media_path, thumbnail_path

    name = import_image(file_store, _photo(tmp_path / "vitrine.jpg"))
    file_store.calendar.import_posts([
        Post(day=TODAY, time=time(9, 0), networks=("instagram",), text="Vitrine de Noël", status=PostStatus.PLANNED,
             image=name, alt_text="La vitrine")])
    card_thumbs._THUMBS.clear()
    tab = _window(qtbot, file_store)
    posts = next(p for p in tab.week.lists() if p.day == TODAY)
    side = 2 * posts.fontMetrics().lineSpacing() - 8
    files = {str(media_path(file_store) / name), str(thumbnail_path(file_store, name))}
    looked = []
    real_stat = os.stat
    monkeypatch.setattr(os, "stat", lambda path, *args, **kwargs: (looked.append(str(path)) if str(path) in files
                                                                   else None) or real_stat(path, *args, **kwargs))
    for row in (0, -1, 0, -1, 0):  # selected, not, selected…: each grab paints the card again
        posts.setCurrentRow(row)
        assert sum(_near(c, MIDDLE) for c in _top_right(posts, 0, side)) > side  # the thumbnail is drawn
    assert looked == []
    Image.new("RGB", (200, 200), (20, 40, 220)).save(thumbnail_path(file_store, name))  # rewritten, same name
    stamp = os.stat(thumbnail_path(file_store, name))
    os.utime(thumbnail_path(file_store, name), ns=(stamp.st_atime_ns, stamp.st_mtime_ns + 5_000_000_000))
    looked.clear()
    tab.go_next()
    tab.go_previous()  # the week filled again: its card's file looked at once
    posts = next(p for p in tab.week.lists() if p.day == TODAY)
    assert len(looked) == 1
    for _ in range(3):
        square = _top_right(posts, 0, side)
        assert sum(_near(c, (20, 40, 220)) for c in square) > side  # the rewritten file, read again
        assert not any(_near(c, MIDDLE) for c in square)
    assert len(looked) == 1
