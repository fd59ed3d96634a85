"""The colour that goes with a post's status (always shown beside its words, never alone), from the theme."""

from functools import lru_cache

from PySide6.QtGui import QColor

from socialdesk.domain.posts import PostStatus
from socialdesk.ui.theme.palette import DARK, LIGHT


def status_color(status: PostStatus, dark: bool) -> QColor:
    return QColor(_status_color(status, dark))  # a copy: the caller may change it


@lru_cache(maxsize=32)
def _status_color(status: PostStatus, dark: bool) -> QColor:
    return QColor((DARK if dark else LIGHT).status(status))
