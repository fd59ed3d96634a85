"""The week on paper: landscape (A4 or Letter, as in Preferences), seven columns, for the back-office wall."""

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPainter, QPen, QTextLayout
from PySide6.QtPrintSupport import QPrinter

from socialdesk.domain.posts import Post
from socialdesk.ui.calendar.icons import network_name
from socialdesk.ui.calendar.post_card import time_text
from socialdesk.ui.calendar.colours import status_color
from socialdesk.ui.calendar.labels import STATUSES
from socialdesk.ui.printing.output import make_printer, paper_of
from socialdesk.ui.common.day_words import day_text

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


TEXT_MAX_MM = 30.0  # a long post gives up no more than this of its column


def text_lines(text: str, font: QFont, device, width: float, max_lines: int) -> list[str]:
    """The post's words (as its card shows them) on whole lines; the last ends with "…" when more is left."""
    words = " ".join(text[:3000].split())  # a column never holds more; long posts stay cheap
    layout = QTextLayout(words, font, device)
    layout.beginLayout()
    starts = []
    while len(starts) <= max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    ends = [*starts[1:], len(words)]
    lines = [words[a:b].strip() for a, b in zip(starts, ends)]
    if len(lines) <= max_lines:
        return [line for line in lines if line]
    metrics = QFontMetricsF(font, device)
    last = lines[max_lines - 1]
    while last and metrics.horizontalAdvance(last + "…") > width:
        last = last.rsplit(" ", 1)[0] if " " in last else last[:-1]
    return [*lines[:max_lines - 1], f"{last}…" if last else "…"]


def week_printer(title: str, parent=None) -> QPrinter:
    return make_printer(title, paper_of(parent), orientation=QPageLayout.Orientation.Landscape, margins_mm=10.0)


class WeekPainter:
    """`paint(printer)` draws one page: the title, the targets line, then a column per day."""

    def __init__(self, title: str, days: list[date], posts: list[Post], footer: str = "", notes=None):
        self.title, self.days, self.posts, self.footer = title, days, posts, footer
        self.notes: dict[date, tuple[str, ...]] = notes or {}  # a day's holidays and shop dates, as on screen

    def paint(self, printer: QPrinter) -> None:
        painter = QPainter(printer)
        try:
            page = printer.pageLayout().paintRectPixels(printer.resolution())
            dpi = printer.resolution()
            mm = dpi / 25.4
            area = QRectF(0, 0, page.width(), page.height())
            y = self._draw_title(painter, area, mm)
            self._draw_columns(painter, QRectF(0, y, area.width(), area.bottom() - y - 8 * mm), mm)
            if self.footer:
                painter.setFont(self._font(8))
                painter.drawText(QRectF(0, area.bottom() - 6 * mm, area.width(), 6 * mm),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.footer)
        finally:
            painter.end()

    @staticmethod
    def _font(points: float, bold: bool = False) -> QFont:
        font = QFont()
        font.setPointSizeF(points)
        font.setBold(bold)
        for tag in ("liga", "clig"):  # "ﬁ" glyphs would make the PDF's text unsearchable ("Profile")
            font.setFeature(QFont.Tag(tag), 0)
        return font

    def _draw_title(self, painter: QPainter, area: QRectF, mm: float) -> float:
        painter.setFont(self._font(16, True))
        painter.setPen(QColor("black"))
        painter.drawText(QRectF(0, 0, area.width(), 10 * mm), Qt.AlignmentFlag.AlignLeft, self.title)
        return 12 * mm

    def _draw_columns(self, painter: QPainter, area: QRectF, mm: float) -> None:
        width = area.width() / 7
        locale = QLocale()
        by_day: dict[date, list[Post]] = {day: [] for day in self.days}
        for post in self.posts:
            by_day.setdefault(post.day, []).append(post)
        note_height = self._note_height(painter, width - 3 * mm, mm)
        for index, day in enumerate(self.days):
            column = QRectF(area.left() + index * width, area.top(), width, area.height())
            painter.setPen(QPen(QColor("#888888"), 0.3 * mm))
            painter.drawRect(column)
            painter.setFont(self._font(10, True))
            painter.setPen(QColor("black"))
            head = QRectF(column.left(), column.top(), width, 9 * mm)
            painter.fillRect(head, QColor("#eeeeee"))
            name = locale.dayName(day.isoweekday())
            painter.drawText(head, Qt.AlignmentFlag.AlignCenter,
                             f"{name[:1].upper()}{name[1:]} {day_text(day, 'd MMM', locale)}")
            if day in self.notes:
                painter.setFont(self._font(7.5, True))
                painter.drawText(QRectF(column.left() + 1.5 * mm, column.top() + 10 * mm, width - 3 * mm, note_height),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, "\n".join(self.notes[day]))
            box = column.adjusted(1.5 * mm, 10.5 * mm + note_height, -1.5 * mm, -1.5 * mm)
            self._draw_posts(painter, box, by_day[day], mm)

    def _note_height(self, painter: QPainter, width: float, mm: float) -> float:
        """The room under every day's name for the week's notes, so the posts start level across the week."""
        painter.setFont(self._font(7.5, True))
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap
        heights = [painter.boundingRect(QRectF(0, 0, width, 1e6), flags, "\n".join(lines)).height()
                   for lines in self.notes.values()]
        return max(heights) + 1.5 * mm if heights else 0.0

    def _draw_posts(self, painter: QPainter, box: QRectF, posts: list[Post], mm: float) -> None:
        y = box.top()
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        width = box.width() - 2.5 * mm
        text_font = self._font(7.5)
        spacing = QFontMetricsF(text_font, painter.device()).lineSpacing()
        for shown, post in enumerate(posts):
            head = " · ".join(p for p in (time_text(post), ", ".join(network_name(k) for k in post.networks)) if p)
            lines = text_lines(post.text, text_font, painter.device(), width, max(1, int(TEXT_MAX_MM * mm // spacing)))
            needed = len(lines) * spacing
            painter.setFont(self._font(8, True))
            head_height = max(4.2 * mm, painter.boundingRect(QRectF(0, 0, width, 1e6), flags, head).height())
            block = head_height + 4.2 * mm + needed + 2 * mm
            if y + block > box.bottom():
                painter.setFont(self._font(8, True))
                painter.drawText(QRectF(box.left(), y, box.width(), 5 * mm), Qt.AlignmentFlag.AlignLeft,
                                 translate("WeekPrint", "… and %n more", None, len(posts) - shown))
                return
            painter.fillRect(QRectF(box.left(), y, 1.2 * mm, block - 2 * mm), status_color(post.status, False))
            inner = box.left() + 2.5 * mm
            painter.setFont(self._font(8, True))
            painter.setPen(QColor("black"))
            painter.drawText(QRectF(inner, y, width, head_height), flags, head)
            painter.setFont(self._font(7.5, True))
            painter.drawText(QRectF(inner, y + head_height, box.width(), 4.2 * mm), Qt.AlignmentFlag.AlignLeft,
                             "[" + STATUSES[post.status] + "]")
            painter.setFont(text_font)
            top = y + head_height + 4.2 * mm
            for row, line in enumerate(lines):  # one whole line per row: none is cut through its height
                painter.drawText(QRectF(inner, top + row * spacing, width, spacing), Qt.AlignmentFlag.AlignLeft, line)
            y += block
