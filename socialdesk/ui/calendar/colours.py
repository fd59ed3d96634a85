"""The colour that goes with a post's status (always shown beside its words, never alone)."""

from PySide6.QtGui import QColor

from socialdesk.domain.posts import PostStatus

STATUS_HUES = {
    PostStatus.IDEA: 270, PostStatus.DRAFT: 40, PostStatus.PLANNED: 210, PostStatus.PUBLISHED: 130,
    PostStatus.SKIPPED: 0,
}


def status_color(status: PostStatus, dark: bool) -> QColor:
    if PostStatus(status) is PostStatus.SKIPPED:
        return QColor.fromHsl(0, 0, 140)
    return QColor.fromHsl(STATUS_HUES[PostStatus(status)], 170, 150 if dark else 110)
