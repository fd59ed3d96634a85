"""The crop of a post's image for one network: a frame of the network's shape, moved by dragging or arrows."""

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from socialdesk.domain.calendar.image_shapes import Box, moved
from socialdesk.ui.calendar.icons import network_name
from socialdesk.ui.common.words import fill
from socialdesk.ui.theme.palette import IMAGE_FRAME, IMAGE_SHADE

STEP, BIG_STEP = 0.01, 0.10  # an arrow moves the frame by 1 % of the image; with Shift by 10 %


class CropFrame(QWidget):
    """The image scaled to fit, the part outside the frame dimmed; the frame keeps its size."""

    box_changed = Signal()

    def __init__(self, pixmap: QPixmap, box: Box, parent=None):
        super().__init__(parent)
        self._pixmap, self.box = pixmap, box
        self._grab: QPointF | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(QSize(320, 240))
        self.setCursor(Qt.CursorShape.SizeAllCursor)

    def sizeHint(self) -> QSize:
        return self._pixmap.size().scaled(QSize(560, 420), Qt.AspectRatioMode.KeepAspectRatio)

    def image_rect(self) -> QRectF:
        """Where the image is drawn: scaled to fit, centred."""
        size = self._pixmap.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        return QRectF((self.width() - size.width()) / 2, (self.height() - size.height()) / 2,
                      size.width(), size.height())

    def frame_rect(self) -> QRectF:
        area = self.image_rect()
        left, top, w, h = self.box
        return QRectF(area.x() + left * area.width(), area.y() + top * area.height(),
                      w * area.width(), h * area.height())

    def move_by(self, dx: float, dy: float) -> None:
        """Move the frame by fractions of the image; it stops at the image's edges."""
        box = moved(self.box, dx, dy)
        if box != self.box:
            self.box = box
            self.update()
            self.box_changed.emit()

    def paintEvent(self, _event):
        painter = QPainter(self)
        area, frame = self.image_rect(), self.frame_rect()
        painter.drawPixmap(area.toRect(), self._pixmap)
        shade = QColor(IMAGE_SHADE)
        painter.fillRect(QRectF(area.left(), area.top(), area.width(), frame.top() - area.top()), shade)
        painter.fillRect(QRectF(area.left(), frame.bottom(), area.width(), area.bottom() - frame.bottom()), shade)
        painter.fillRect(QRectF(area.left(), frame.top(), frame.left() - area.left(), frame.height()), shade)
        painter.fillRect(QRectF(frame.right(), frame.top(), area.right() - frame.right(), frame.height()), shade)
        pen = QPen(self.palette().highlight().color() if self.hasFocus() else QColor(IMAGE_FRAME), 2)
        painter.setPen(pen)
        painter.drawRect(frame.adjusted(1, 1, -1, -1))

    def mousePressEvent(self, event):
        if event.button() == Qt.MouseButton.LeftButton:
            self._grab = event.position()
            self.setFocus()

    def mouseMoveEvent(self, event):
        if self._grab is None:
            return
        area, point = self.image_rect(), event.position()
        if area.width() > 0 and area.height() > 0:
            self.move_by((point.x() - self._grab.x()) / area.width(), (point.y() - self._grab.y()) / area.height())
        self._grab = point

    def mouseReleaseEvent(self, _event):
        self._grab = None

    def keyPressEvent(self, event):
        step = BIG_STEP if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else STEP
        moves = {Qt.Key.Key_Left: (-step, 0), Qt.Key.Key_Right: (step, 0),
                 Qt.Key.Key_Up: (0, -step), Qt.Key.Key_Down: (0, step)}
        if event.key() in moves:
            self.move_by(*moves[event.key()])
        else:
            super().keyPressEvent(event)


class CropDialog(QDialog):
    """OK keeps the frame's place as the network's crop; the image file itself is never changed."""

    def __init__(self, parent, pixmap: QPixmap, network: str, box: Box, shape_words: str):
        super().__init__(parent)
        self.setObjectName("cropDialog")
        self.setWindowTitle(fill(self.tr("Crop for %1"), network_name(network)))
        layout = QVBoxLayout(self)
        intro = QLabel(fill(self.tr("%1 takes images of %2. Drag the frame, or move it with the arrow keys "
                                    "(Shift: faster). The original image is not changed."),
                            network_name(network), shape_words))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.frame = CropFrame(pixmap, box)
        self.frame.setAccessibleName(fill(self.tr("Crop frame for %1"), network_name(network)))
        layout.addWidget(self.frame, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.frame.setFocus()

    @classmethod
    def ask(cls, parent, pixmap: QPixmap, network: str, box: Box, shape_words: str) -> Box | None:
        """The crop the owner kept, or None when cancelled."""
        dialog = cls(parent, pixmap, network, box, shape_words)
        return dialog.frame.box if dialog.exec() == QDialog.DialogCode.Accepted else None
