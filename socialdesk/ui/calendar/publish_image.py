"""The publishing assistant's image step: the crop for a network, at its size, on the clipboard and in a file."""

from PySide6.QtCore import QCoreApplication, QLocale, QMimeData, QUrl
from PySide6.QtGui import QGuiApplication, QImage

from socialdesk.domain.calendar.image_shapes import is_story
from socialdesk.domain.posts import Post
from socialdesk.storage.calendar.crop_export import export_image
from socialdesk.storage.errors import StoreReadError, StoreWriteError
from socialdesk.ui.calendar.icons import network_name
from socialdesk.ui.common.words import fill


def _tr(text: str) -> str:
    return QCoreApplication.translate("PublishDialog", text)


def copy_image(_parent, store, post: Post, network: str) -> str:
    """Export the image for that network, put it on the clipboard (as an image and as its file) and say so."""
    try:
        path = export_image(store, post, network)
    except StoreReadError:
        return _tr("The image file is missing from the media folder or cannot be read.")
    except StoreWriteError:
        return _tr("The image could not be written next to the data file.")
    image = QImage(str(path))
    data = QMimeData()
    data.setImageData(image)
    data.setUrls([QUrl.fromLocalFile(str(path))])  # a file manager or a browser's upload takes the file
    QGuiApplication.clipboard().setMimeData(data)
    size = fill(_tr("%1 × %2"), QLocale().toString(image.width()), QLocale().toString(image.height()))
    if is_story(post, network):
        return fill(_tr("Story image for %1 copied (%2 pixels): add it as a Story. It is also saved as %3."),
                    network_name(network), size, str(path))
    return fill(_tr("Image for %1 copied (%2 pixels): paste it in the post. It is also saved as %3."),
                network_name(network), size, str(path))
