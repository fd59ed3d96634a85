"""How it will look: each network's text cut where its feed cuts it (« … plus »), links as links, the image's shape."""

from datetime import date

import pytest
from PIL import Image
from PySide6.QtCore import Qt

from socialdesk.domain.calendar.image_shapes import SHAPES, shape_for
from socialdesk.domain.calendar.preview import cut_text, link_pieces, preview
from socialdesk.domain.calendar.ready_text import NetworkExtras
from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.storage.calendar.media import import_image
from socialdesk.ui.calendar.post_dialog import PostDialog
from socialdesk.ui.i18n import install_translators

CLOCK = fixed_clock(date(2026, 11, 26))
WORDS = ("Pain au levain, seigle et noix " * 10)[:300]  # 300 characters, spaces between words


@pytest.fixture(params=["en", "fr"])
def language(request):
    install_translators(request.param)
    yield request.param
    install_translators("en")


def _dialog(qtbot, store, post):
    dialog = PostDialog(None, post, store, None, False, clock=CLOCK)
    qtbot.addWidget(dialog)
    shown = dialog.open_preview(modal=False)
    qtbot.addWidget(shown)
    return shown


def _post(text=WORDS, networks=("instagram",), **fields):
    return Post(day=date(2026, 12, 1), networks=networks, text=text, status=PostStatus.PLANNED, **fields)


# ----- the table and the cut
def test_the_cut_points_live_in_the_one_table_of_images_and_text():
    assert shape_for("instagram").visible_chars == 125
    assert all(shape.visible_chars >= 0 and shape.visible_lines >= 0 for shape in SHAPES)


def test_a_long_instagram_text_is_cut_after_about_125_characters_at_a_word():
    shown, more = cut_text(WORDS, 125, 2)
    assert more and 100 <= len(shown) <= 125 and WORDS.startswith(shown) and WORDS[len(shown)] == " "


def test_facebook_and_google_show_their_first_lines_only():
    text = "un\ndeux\ntrois\nquatre\ncinq\nsix"
    assert preview("google", _post(text), {}, "Image", None).visible == "un\ndeux\ntrois"
    assert preview("facebook", _post(text), {}, "Image", None).visible == "un\ndeux\ntrois\nquatre\ncinq"


def test_a_short_text_is_shown_whole_without_more():
    item = preview("instagram", _post("Ouvert dimanche."), {}, "Image", None)
    assert (item.visible, item.more) == ("Ouvert dimanche.", False)


def test_the_preview_shows_what_is_copied_hashtags_and_signature_included():
    extras = {"x": NetworkExtras(hashtags="#lyon", signature="— Martin")}
    assert preview("x", _post("Pain chaud.", ("x",)), extras, "Image", None).visible == "Pain chaud.\n\n— Martin\n\n#lyon"


def test_a_links_closing_full_stop_is_not_part_of_the_link():
    assert link_pieces("Voir https://a.fr/p. Merci") == [("Voir ", False), ("https://a.fr/p", True), (". Merci", False)]


# ----- the dialog
def test_a_300_character_instagram_text_shows_its_first_125_then_more(qtbot, store, language):
    mockup = _dialog(qtbot, store, _post()).mockups["instagram"]
    html = mockup.text.text()
    more = "… plus" if language == "fr" else "… more"
    assert more.replace(" ", "&nbsp;") in html
    shown = mockup.item.visible
    assert 100 <= len(shown) <= 125 and WORDS.startswith(shown) and WORDS[125:] not in html


def test_a_link_is_shown_as_a_link(qtbot, store):
    text = "Commandez sur https://boulangerie-martin.fr/commande avant vendredi."
    label = _dialog(qtbot, store, _post(text, ("facebook",))).mockups["facebook"].text
    assert label.textFormat() == Qt.TextFormat.RichText
    assert ('<a href="https://boulangerie-martin.fr/commande">https://boulangerie-martin.fr/commande</a>'
            in label.text())
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByKeyboard


def test_the_image_is_shown_at_each_networks_shape(qtbot, store, tmp_path):
    path = tmp_path / "vitrine.png"
    Image.new("RGB", (1600, 1000), "white").save(path)  # 16:10: Google shows it at 4:3, Pinterest at 2:3
    name = import_image(store, path)
    shown = _dialog(qtbot, store, _post("Vitrine.", ("google", "pinterest", "instagram"), image=name,
                                        alt_text="La vitrine"))
    for network, ratio in (("google", 4 / 3), ("pinterest", 2 / 3), ("instagram", 1.6)):
        pixmap = shown.mockups[network].image.pixmap()
        assert pixmap.width() / pixmap.height() == pytest.approx(ratio, rel=0.02), network


def test_the_owners_crop_is_the_part_shown(qtbot, store, tmp_path):
    path = tmp_path / "vitrine.png"
    image = Image.new("RGB", (1600, 1000), "white")
    image.paste(Image.new("RGB", (400, 1000), "red"), (0, 0))
    image.save(path)
    name = import_image(store, path)
    left = (0.0, 0.0, 1000 * 4 / 3 / 1600, 1.0)  # the crop moved to the red left edge
    shown = _dialog(qtbot, store, _post("Vitrine.", ("google",), image=name, alt_text="La vitrine",
                                        crops={"google": left}))
    picture = shown.mockups["google"].image.pixmap().toImage()
    assert picture.pixelColor(2, picture.height() // 2).red() > 200
    assert picture.pixelColor(2, picture.height() // 2).green() < 60


def test_each_chosen_network_has_a_named_tab_and_the_dialog_fits_the_smallest_window(qtbot, store):
    from socialdesk.ui.main_window import SMALLEST

    shown = _dialog(qtbot, store, _post(networks=("instagram", "facebook", "google")))
    assert sorted(shown.tabs.tabText(i) for i in range(shown.tabs.count())) == ["Facebook",
                                                                                  "Google Business Profile",
                                                                                  "Instagram"]
    assert shown.tabs.accessibleName() and all(m.text.accessibleName() for m in shown.mockups.values())
    needed = shown.minimumSizeHint()
    assert needed.width() <= SMALLEST.width() and needed.height() <= SMALLEST.height()
    assert shown.size().width() <= SMALLEST.width() and shown.size().height() <= SMALLEST.height()
    assert shown.tabs.tabBar().sizeHint().width() <= shown.size().width() - 20  # every name whole (attack 37, L7)


def test_the_preview_button_waits_for_a_network(qtbot, store):
    dialog = PostDialog(None, _post(networks=()), store, None, False, clock=CLOCK)
    qtbot.addWidget(dialog)
    assert not dialog.preview_button.isEnabled()
    dialog.networks.boxes["instagram"].setChecked(True)
    assert dialog.preview_button.isEnabled()


def test_more_takes_the_new_themes_colour_when_the_system_switches_with_the_preview_open(qtbot):
    """Attack 37, L2: "… more" kept the dark theme's grey on the light card (2.1:1)."""
    from PySide6.QtWidgets import QApplication

    from socialdesk.domain.calendar.preview import Preview
    from socialdesk.ui.calendar.preview_dialog import NetworkMockup
    from socialdesk.ui.theme.palette import DARK, LIGHT
    from socialdesk.ui.theme.style import qpalette

    app = QApplication.instance()
    kept = app.palette()
    try:
        app.setPalette(qpalette(DARK))
        mockup = NetworkMockup(Preview("instagram", "Pain au levain", True, None, None), None)
        qtbot.addWidget(mockup)
        assert DARK.secondary.lower() in mockup.text.text().lower()
        app.setPalette(qpalette(LIGHT))
        QApplication.processEvents()
        assert LIGHT.secondary.lower() in mockup.text.text().lower()
        assert DARK.secondary.lower() not in mockup.text.text().lower()
    finally:
        app.setPalette(kept)
