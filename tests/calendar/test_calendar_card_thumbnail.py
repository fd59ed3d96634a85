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
