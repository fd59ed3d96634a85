"""The post dialog's image: choose, check and copy it off the GUI thread, show its thumbnail."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from socialdesk.storage.calendar.media import ImageRefused, import_image, thumbnail_path
from socialdesk.ui.calendar.problem_labels import IMAGE_PROBLEMS
from socialdesk.ui.calendar.post_shapes import PostShapesMixin
from socialdesk.ui.calendar.upright import upright_pixmap


class PostImageMixin(PostShapesMixin):
    """For PostDialog (its tr() context stays "PostDialog"): needs self._store, self._image, self.ok_button,
    self.image_loader and self._refresh()."""

    def _build_image(self) -> QWidget:
        box = QGroupBox(self.tr("Image"))
        layout = QVBoxLayout(box)
        self.thumb = QLabel(self.tr("No image"))
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumb.setMinimumHeight(110)
        self.thumb.setAccessibleName(self.tr("Image of the post"))
        self._thumb_of = None  # the image the thumbnail shows, so typing does not reload it
        self.image_note = QLabel()  # a refused choice says so here, beside the image the post keeps
        self.image_note.setObjectName("imageNote")
        self.image_note.setWordWrap(True)
        self.image_note.hide()
        row = QHBoxLayout()
        choose = QPushButton(self.tr("&Choose image…"))
        choose.clicked.connect(self._on_choose_clicked)
        self.remove_image = QPushButton(self.tr("Remo&ve image"))
        self.remove_image.clicked.connect(self._on_remove_image_clicked)
        row.addWidget(choose)
        row.addWidget(self.remove_image)
        layout.addWidget(self.thumb)
        layout.addWidget(self.image_note)
        layout.addLayout(row)
        layout.addWidget(self._build_shapes())
        return box

    def _on_choose_clicked(self):
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose an image"), "",
                                              self.tr("Images (*.jpg *.jpeg *.png *.gif *.webp)"))
        if path:
            self.load_image_file(Path(path))

    def load_image_file(self, path: Path) -> None:
        """Check and copy the image in the background (OK waits for it); a later choice supersedes it."""
        store = self._store
        self._say_about_image(self.tr("Loading the image…"))
        self.ok_button.setEnabled(False)
        self.image_loader.start(lambda: import_image(store, path))

    def _on_image_loader_finished(self, name, error) -> None:
        self.ok_button.setEnabled(True)
        self._image_chosen(name, error)

    def set_image_file(self, path: Path) -> bool:
        """The same as choosing the image, at once (for callers that must know the outcome)."""
        self.image_loader.cancel()
        self.ok_button.setEnabled(True)
        try:
            name, error = import_image(self._store, path), None
        except (ImageRefused, OSError) as failure:
            name, error = None, failure
        return self._image_chosen(name, error)

    def _image_chosen(self, name, error) -> bool:
        """A refused image changes nothing: the post keeps the image it had, and the note says so."""
        if isinstance(error, ImageRefused):
            self._image_refused(IMAGE_PROBLEMS[error.problem])
            return False
        if isinstance(error, OSError):
            self._image_refused(self.tr("The image could not be copied next to the data file."))
            return False
        if error is not None:
            raise error
        if name != self._image:
            self._crops = {}  # drawn on the other image
        self._image = name
        self._say_about_image("")
        self._refresh()
        return True

    def _image_refused(self, problem: str) -> None:
        kept = self.tr("The post keeps the image shown above.") if self._image else self.tr("The post has no image.")
        self._say_about_image(problem + "\n" + kept)

    def _say_about_image(self, text: str) -> None:
        self.image_note.setText(text)
        self.image_note.setVisible(bool(text))

    def _on_remove_image_clicked(self):
        self._image, self._crops = "", {}
        self._say_about_image("")
        self._refresh()

    def _show_thumbnail(self):
        self._show_shapes()
        self.remove_image.setEnabled(bool(self._image))
        if self._thumb_of == self._image:
            return
        self._thumb_of = self._image
        if not self._image:
            self.thumb.setText(self.tr("No image"))
            return
        pixmap = upright_pixmap(thumbnail_path(self._store, self._image))
        if pixmap.isNull():
            self.thumb.setText(self.tr("The image file is missing from the media folder."))
        else:
            self.thumb.setPixmap(pixmap.scaled(160, 110, Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))
