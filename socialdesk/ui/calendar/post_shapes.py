"""The post dialog's check of the image's shape for each chosen network, and its "Crop for …" buttons."""

import re

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from socialdesk.domain.calendar.image_shapes import default_crop, fits, shape_for
from socialdesk.domain.networks import network as network_of
from socialdesk.storage.calendar.crop_export import image_size
from socialdesk.storage.calendar.media import media_dir
from socialdesk.ui.calendar.crop_dialog import CropDialog
from socialdesk.ui.calendar.icons import network_name
from socialdesk.ui.calendar.upright import upright_pixmap
from socialdesk.ui.common.words import fill


def _short(key: str) -> str:
    """The network's short name ("Google"), for the few words beside the image."""
    return network_of(key).short_name or network_of(key).name


def shape_words(key: str) -> str:
    """The network's accepted shapes with the language's decimal mark ("1,91:1" in French)."""
    return re.sub(r"\d+\.\d+", lambda m: QLocale().toString(float(m.group())), shape_for(key).words)


class PostShapesMixin:
    """For PostDialog (tr() context "PostDialog"): needs self._store, self._post, self._image,
    self.remove_image (built before the buttons) and self.selected_networks(); keeps self._crops (network key -> crop), saved with the post."""

    def _build_shapes(self) -> QWidget:
        self._crops = dict(self._post.crops)
        self._shapes_of = None  # (image, networks, crops) the buttons were made for
        self._sizes: dict[str, tuple[int, int] | None] = {}
        self.crop_buttons: dict[str, QPushButton] = {}
        self.shapes_box = QWidget()
        self.shapes_box.setObjectName("imageShapes")
        self._shapes_layout = QVBoxLayout(self.shapes_box)
        self._shapes_layout.setContentsMargins(0, 0, 0, 0)
        self.shape_note = QLabel()  # short lines, not wrapped: a wrapped label would squeeze the thumbnail
        self._shapes_layout.addWidget(self.shape_note)
        self._buttons_row = QHBoxLayout()  # short names: the buttons of three networks stay on one line
        self._shapes_layout.addLayout(self._buttons_row)
        self.shapes_box.hide()
        return self.shapes_box

    def _image_size(self) -> tuple[int, int] | None:
        if self._image not in self._sizes:
            self._sizes[self._image] = image_size(self._store, self._image)
        return self._sizes[self._image]

    def misfits(self) -> list[str]:
        """The chosen networks that do not take the image's shape as it is."""
        size = self._image_size() if self._image else None
        if size is None:
            return []
        return [key for key in self.selected_networks() if not fits(key, *size)]

    def _show_shapes(self) -> None:
        """Rebuilt only when the image, the networks or a crop changed: typing does not touch it."""
        key = (self._image, self.selected_networks(), tuple(sorted(self._crops)))
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
        self.shape_note.setText("\n".join(lines))
        self.shapes_box.setVisible(bool(lines))
        self._order_crop_buttons()

    def _order_crop_buttons(self) -> None:
        """Tab reaches the new buttons where they are read: after "Remove image", before the alt text."""
        previous = self.remove_image
        for button in self.crop_buttons.values():
            QWidget.setTabOrder(previous, button)
            previous = button

    def _misfit_words(self, network: str) -> str:
        name, shapes = _short(network), shape_words(network)
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
        start = self._crops.get(network) or default_crop(network, *size)
        box = CropDialog.ask(self, pixmap, network, start, shape_words(network))
        if box is None:
            return False
        self._crops[network] = box
        self._refresh()
        self.crop_kept.emit()
        return True
