"""A post's image read the way it is meant to be seen: a phone photo's EXIF orientation applied."""

from pathlib import Path

from PySide6.QtGui import QImageReader, QPixmap


def upright_pixmap(path: Path) -> QPixmap:
    """The picture at `path` turned upright (a null pixmap when it cannot be read)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    return QPixmap.fromImage(reader.read())
