"""The post dialog's check of the image's shape for each chosen network, and its "Crop for …" buttons."""

import re

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from socialdesk.domain.calendar.image_shapes import STORY, STORY_KEY, fits, kept_crop, shape_for, story_shape_key, \
    too_small
from socialdesk.domain.networks import STORY_NETWORK
from socialdesk.domain.networks import network as network_of
from socialdesk.storage.calendar.crop_export import image_facts
from socialdesk.storage.calendar.media import media_dir
from socialdesk.ui.calendar.crop_dialog import CropDialog
from socialdesk.ui.calendar.icons import network_name
from socialdesk.ui.calendar.upright import upright_pixmap
from socialdesk.ui.common.words import fill


def _short(key: str) -> str:
    """The network's short name ("Google"), for the few words beside the image."""
    return network_of(key).short_name or network_of(key).name


def shape_words(key: str) -> str:
    """The network's (or shape key's) accepted shapes with the language's decimal mark ("1,91:1" in French)."""
    return re.sub(r"\d+\.\d+", lambda m: QLocale().toString(float(m.group())), shape_for(key).words)


class PostShapesMixin:
    """For PostDialog (tr() context "PostDialog"): needs self._store, self._post, self._image,
    self.remove_image (built before the buttons) and self.selected_networks(); keeps self._crops (network key -> crop), saved with the post.
    The "Story" box makes an Instagram post a Story: its image is checked, cropped and exported at 9:16."""

    def _build_shapes(self) -> QWidget:
        self._crops = dict(self._post.crops)
        self._shapes_of = None  # (image, networks, crops, story) the buttons were made for
        self._facts: dict[str, tuple[tuple[int, int], bool] | None] = {}
        self.crop_buttons: dict[str, QPushButton] = {}
        self.story_box = QCheckBox(self.tr("Instagram: publish as a Story (9:16)"))
        self.story_box.setChecked(bool(self._post.extra.get(STORY_KEY)))
        self.story_box.toggled.connect(self._on_story_toggled)
        self.shapes_box = QWidget()
        self.shapes_box.setObjectName("imageShapes")
        self._shapes_layout = QVBoxLayout(self.shapes_box)
        self._shapes_layout.setContentsMargins(0, 0, 0, 0)
        self.shape_note = QLabel()  # wrapped: a long line never widens the dialog (the body scrolls instead)
        self.shape_note.setObjectName("imageShapeNote")
        self.shape_note.setWordWrap(True)
        self._shapes_layout.addWidget(self.shape_note)
        self._buttons_row = QHBoxLayout()  # short names: the buttons of three networks stay on one line
        self._shapes_layout.addLayout(self._buttons_row)
        self.shapes_box.hide()
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.story_box)
        layout.addWidget(self.shapes_box)
        return box

    def as_story(self, networks: tuple[str, ...]) -> bool:
        """Whether the post goes to Instagram as a Story (only while Instagram is chosen)."""
        return STORY_NETWORK in networks and self.story_box.isChecked()

    def _on_story_toggled(self, _checked: bool) -> None:
        self._crops.pop(STORY_NETWORK, None)  # a feed crop is no Story crop, and the other way round
        self._refresh()

    def _shape_key(self, network: str) -> str:
        return story_shape_key(network, self.story_box.isChecked())

    def _image_facts(self) -> tuple[tuple[int, int], bool] | None:
        if self._image not in self._facts:
            self._facts[self._image] = image_facts(self._store, self._image)
        return self._facts[self._image]

    def _image_size(self) -> tuple[int, int] | None:
        facts = self._image_facts() if self._image else None
        return facts[0] if facts else None

    def misfits(self) -> list[str]:
        """The chosen networks that do not take the image's shape as it is."""
        size = self._image_size() if self._image else None
        if size is None:
            return []
        return [key for key in self.selected_networks() if not fits(self._shape_key(key), *size)]

    def too_small_for(self) -> list[str]:
        """The chosen networks that would blow the image up (below their minimum on the short side)."""
        size = self._image_size() if self._image else None
        if size is None:
            return []
        return [key for key in self.selected_networks() if too_small(self._shape_key(key), *size)]

    def _show_shapes(self) -> None:
        """Rebuilt only when the image, the networks or a crop changed: typing does not touch it."""
        self.story_box.setVisible(STORY_NETWORK in self.selected_networks())
        key = (self._image, self.selected_networks(), tuple(sorted(self._crops)), self.story_box.isChecked())
        if key == self._shapes_of:
            return
        self._shapes_of = key
        for button in self.crop_buttons.values():
            self._buttons_row.removeWidget(button)
            button.hide()  # out of the Tab chain at once, not only once deleted
            button.deleteLater()
        self.crop_buttons = {}
        lines = []
        for network in self.misfits():
            lines.append(self._misfit_words(network))
            button = QPushButton(fill(self.tr("Crop for %1…"), _short(network)))
            button.setAccessibleName(fill(self.tr("Crop for %1…"), network_name(network)))
            button.clicked.connect(lambda _=False, k=network: self.crop_for_network(k))
            self.crop_buttons[network] = button
            self._buttons_row.addWidget(button)
        lines += self._size_lines()
        self.shape_note.setText("\n".join(lines))
        self.shapes_box.setVisible(bool(lines))
        self._order_crop_buttons()

    def _order_crop_buttons(self) -> None:
        """Tab reaches the new buttons where they are read: after "Remove image" and the Story box (above the
        lines they answer), before the alt text."""
        previous = self.story_box
        for button in self.crop_buttons.values():
            QWidget.setTabOrder(previous, button)
            previous = button

    def _size_lines(self) -> list[str]:
        """A small image (it will be blurry) and an animated one (only its first frame goes out)."""
        facts = self._image_facts() if self._image else None
        if facts is None:
            return []
        (width, height), animated = facts
        lines = []
        small = self.too_small_for()
        if small:
            least = max(shape_for(self._shape_key(key)).min_side for key in small)
            number = QLocale().toString
            lines.append(fill(self.tr("Small image (%1 × %2 pixels): it will look blurry on %3."), number(width),
                              number(height), ", ".join(self._shape_name(key) for key in small)))
            lines.append(fill(self.tr("Better: one of at least %1 pixels on its short side."), number(least)))
        if animated:
            lines.append(self.tr("Animated image: only its first frame is published."))
        return lines

    def _shape_name(self, network: str) -> str:
        return fill(self.tr("%1 Story"), _short(network)) if self._shape_key(network) == STORY.network \
            else _short(network)

    def _misfit_words(self, network: str) -> str:
        name, shapes = self._shape_name(network), shape_words(self._shape_key(network))
        if network in self._crops:
            return fill(self.tr("%1 takes %2: your crop is used."), name, shapes)
        return fill(self.tr("%1 takes %2: the middle is used."), name, shapes)

    def crop_for_network(self, network: str) -> bool:
        """Open the crop dialog; True when the owner kept a crop."""
        size = self._image_size()
        pixmap = upright_pixmap(media_dir(self._store) / self._image)
        if size is None or pixmap.isNull():
            self._say_about_image(self.tr("The image file is missing from the media folder."))
            return False
        key = self._shape_key(network)
        start = kept_crop(self._crops.get(network), key, *size)
        box = CropDialog.ask(self, pixmap, network, start, shape_words(key))
        if box is None:
            return False
        self._crops[network] = box
        self._refresh()
        self.crop_kept.emit()
        return True
