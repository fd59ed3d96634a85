"""How it will look: one tab per chosen network, its text cut where the feed cuts it, links, the image's crop."""

from html import escape

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFrame, QLabel, QScrollArea, QTabWidget, QVBoxLayout,
                               QWidget)

from socialdesk.domain.calendar.image_shapes import STORY, pixel_box, shape_for
from socialdesk.domain.calendar.preview import WHOLE, Preview
from socialdesk.ui.calendar.icons import network_icon, network_name
from socialdesk.ui.common.words import fill
from socialdesk.ui.theme.style import mark_card, mark_tabs, tokens

IMAGE_ROOM = QSize(300, 200)  # the mock-up's image fits in this: the dialog fits the smallest window


def preview_html(item: Preview, more_word: str, muted: str) -> str:
    """The visible words as rich text: links as links, line breaks kept, the muted "… more" after a cut."""
    parts = []
    for words, is_link in item.pieces:
        shown = escape(words).replace("\n", "<br>")
        target = words if "://" in words else "https://" + words  # "www.shop.fr" opens as the network opens it
        parts.append(f'<a href="{escape(target, quote=True)}">{shown}</a>' if is_link else shown)
    if item.more:
        parts.append(f' <span style="color: {muted}">{escape(more_word).replace(" ", "&nbsp;")}</span>')
    return "".join(parts)


class NetworkMockup(QFrame):
    """A small card as the feed shows the post: the image at the network's shape, then the text."""

    def __init__(self, item: Preview, pixmap: QPixmap | None, parent=None):
        super().__init__(parent)
        mark_card(self)
        self.setObjectName("previewCard")
        self.item = item
        layout = QVBoxLayout(self)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setAccessibleName(fill(self.tr("Image as %1 shows it"), network_name(item.network)))
        self.image.setVisible(self._show_image(pixmap))
        layout.addWidget(self.image)
        self.shape_note = QLabel(self._shape_words())
        self.shape_note.setVisible(bool(self.shape_note.text()))
        layout.addWidget(self.shape_note)
        self.text = QLabel()
        self._show_words()
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setOpenExternalLinks(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)  # Tab reaches the links
        self.text.setAccessibleName(fill(self.tr("Text as %1 shows it"), network_name(item.network)))
        self.text.setVisible(not item.story)
        layout.addWidget(self.text)
        self.story_note = QLabel(self.tr("A Story shows the image alone, full screen, for a few seconds: no caption "
                                         "under it. A few words can go on the image in a text box or sticker, "
                                         "added in Instagram."))
        self.story_note.setWordWrap(True)
        self.story_note.setVisible(item.story)
        layout.addWidget(self.story_note)
        self.link_tip = QLabel(fill(self.tr("%1 shows the links of a caption as plain text: nobody can tap "
                                            "them. Say where to find the page (“link in bio”)."),
                                    network_name(item.network)))
        self.link_tip.setWordWrap(True)
        self.link_tip.setVisible(item.dead_links)
        layout.addWidget(self.link_tip)
        layout.addStretch(1)
        self.setMaximumWidth(IMAGE_ROOM.width() + 40)

    def _show_words(self) -> None:
        """The words, "… more" in the secondary colour of the palette in use."""
        self.text.setText(preview_html(self.item, self.tr("… more"), tokens(self.palette()).secondary))

    def changeEvent(self, event):  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.PaletteChange:  # light/dark switched while open: "… more" kept the old grey
            self._show_words()  # (2.1:1 on the new card; attack 37, L2)
        super().changeEvent(event)

    def _show_image(self, pixmap: QPixmap | None) -> bool:
        if self.item.crop is None or pixmap is None or pixmap.isNull():
            return False
        left, top, right, bottom = pixel_box(self.item.crop, pixmap.width(), pixmap.height())
        part = pixmap.copy(QRect(left, top, right - left, bottom - top))
        self.image.setPixmap(part.scaled(IMAGE_ROOM, Qt.AspectRatioMode.KeepAspectRatio,
                                         Qt.TransformationMode.SmoothTransformation))
        return True

    def _shape_words(self) -> str:
        shape = shape_for(STORY.network if self.item.story else self.item.network)
        if self.item.crop is None or shape is None or self.item.crop == WHOLE:
            return ""
        return fill(self.tr("Cut to %1, as this network takes it."), shape.words)


class PreviewDialog(QDialog):
    """Read only: what each chosen network will show of the post, approximately."""

    def __init__(self, parent, previews: list[Preview], pixmap: QPixmap | None):
        super().__init__(parent)
        self.setObjectName("postPreview")
        self.setWindowTitle(self.tr("How it will look"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Approximate: each phone and screen cuts the text a little differently."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Networks"))
        mark_tabs(self.tabs, inner=True)
        self.mockups: dict[str, NetworkMockup] = {}
        for item in previews:
            mockup = NetworkMockup(item, pixmap)
            self.mockups[item.network] = mockup
            name = fill(self.tr("%1 Story"), network_name(item.network)) if item.story else network_name(item.network)
            self.tabs.addTab(self._scrolled(mockup), network_icon(item.network), name)
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(self._width(), 520)

    def _width(self) -> int:
        """Wide enough for every network's tab (three names overflowed 460 px; attack 37, L7), within the screen."""
        margins = self.layout().contentsMargins()
        wanted = self.tabs.tabBar().sizeHint().width() + margins.left() + margins.right() + 2
        room = self.screen().availableGeometry().width() * 9 // 10
        return max(460, min(wanted, room))

    @staticmethod
    def _scrolled(mockup: NetworkMockup) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        inner = QVBoxLayout(holder)
        inner.addWidget(mockup, 0, Qt.AlignmentFlag.AlignHCenter)  # a feed's column, as narrow as a phone's
        area.setWidget(holder)
        return area
