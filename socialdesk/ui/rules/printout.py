"""This week's checklist on one A4 page: posts, rules with their why and notes, drivers to call."""

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPen
from PySide6.QtPrintSupport import QPrinter

from socialdesk.domain.posts import PostStatus
from socialdesk.domain.weeks import IsoWeek
from socialdesk.ui.common.words import fill
from socialdesk.ui.rules import labels, sources

translate = QCoreApplication.translate

FONT_SIZES = (11, 10, 9, 8, 7, 6)  # points: the largest that fits on the page wins
DRIVERS_PRINTED = 5


@dataclass
class Line:
    text: str
    ticked: bool | None = None  # None: no tick box
    detail: str = ""  # smaller text under it (a rule's why)
    note: str | None = None  # None: no note line; "": an empty line to write on
    bold: bool = False  # a rule with its why under it, a holiday's or closure's heading


@dataclass
class ChecklistSheet:
    title: str
    subtitle: str
    sections: list[tuple[str, list[Line]]] = field(default_factory=list)
    footer: str = ""


def build_sheet(store, week: IsoWeek, today: date) -> ChecklistSheet:
    shop = store.shop.get().name
    title = translate("ChecklistPrint", "Community checklist") + (f" — {shop}" if shop else "")
    sheet = ChecklistSheet(title, labels.week_title(week))
    posts = sources.week_posts(store, week.monday)
    post_lines = [Line(labels.post_line(p), p.status is PostStatus.PUBLISHED) for p in posts]
    none = Line(translate("ChecklistPrint", "No posts: fine if there is nothing to say."))
    sheet.sections.append((translate("ChecklistPrint", "The week's posts"), post_lines or [none]))
    checks = store.rules.checks_for_week(week)
    rule_lines = []
    for rule in sources.rules_for_week(store, week):
        check = checks.get(rule.id)
        rule_lines.append(Line(rule.text, bool(check and check.done), rule.why, check.note if check else "",
                               bold=bool(rule.why)))
    none = Line(translate("ChecklistPrint", "No rules on the checklist."))
    sheet.sections.append((translate("ChecklistPrint", "Community rules"), rule_lines or [none]))
    occasion_lines = _occasion_lines(store, week, today)
    if occasion_lines:
        coming = translate("ChecklistPrint", "Holidays and closures in the next three weeks")
        sheet.sections.append((coming, occasion_lines))
    drivers = store.rules.drivers.drivers()[:DRIVERS_PRINTED]
    if drivers:
        lines = [Line(" — ".join(part for part in (d.name, labels.GROUPS[d.group], d.next_step) if part),
                      d.last_contact is not None and IsoWeek.of(d.last_contact) == week)  # contacted that week
                 for d in drivers]
        sheet.sections.append((translate("ChecklistPrint", "Key people to contact"), lines))
    sheet.footer = fill(translate("ChecklistPrint", "Printed on %1 by SocialDesk. Tick on paper, then in the app."),
                        labels.long_day(today))
    return sheet


def _occasion_lines(store, week: IsoWeek, today: date) -> list[Line]:
    """The week's holidays and closures as the checklist shows them: each one's heading (and the "temporarily
    closed" warning), then its tasks with their ticks, the ready post's words under the post's."""
    from socialdesk.domain.calendar.closures import TaskKind, tasks
    from socialdesk.ui.calendar.occasion_tasks import occasion_spans, occasion_title, \
        ready_post_words, task_words, week_occasions
    from socialdesk.ui.calendar.occasion_words import closed_warning
    from socialdesk.storage.due import listing_names

    lines = []
    listings, hours = listing_names(store), store.shop.get().hours
    for occasion in week_occasions(store, week, today, listings, hours):
        warning = "⚠ " + closed_warning(occasion) if occasion.temporarily_closed else ""
        lines.append(Line(occasion_title(occasion), detail=warning, bold=True))
        spans = occasion_spans(store, occasion)
        ticks = store.calendar.closures.ticks(occasion.key)
        for task in tasks(occasion, list(listings), hours):
            post = ready_post_words(occasion, spans) if task.kind is TaskKind.POST else ""
            lines.append(Line(task_words(occasion, task, listings, spans), task.key in ticks, post))
    return lines


def paint_sheet(printer: QPrinter, sheet: ChecklistSheet) -> None:
    """Draw the sheet on one page, shrinking the type until it fits."""
    painter = QPainter(printer)
    page = printer.pageLayout().paintRectPixels(printer.resolution())
    area = QRectF(0, 0, page.width(), page.height())
    # Largest type with the reasons first; a very long list drops the reasons before it overflows.
    choices = [(size, True) for size in FONT_SIZES] + [(size, False) for size in FONT_SIZES]
    chosen = choices[-1]
    for size, details in choices:
        if _Layout(painter, area, size, draw=False, details=details).run(sheet) <= area.height():
            chosen = (size, details)
            break
    _Layout(painter, area, chosen[0], draw=True, details=chosen[1]).run(sheet)
    painter.end()


class _Layout:
    """Walks the sheet top to bottom; measures only, or measures and draws."""

    def __init__(self, painter: QPainter, area: QRectF, size: float, draw: bool, details: bool = True):
        self.painter, self.area, self.size, self.draw, self.details = painter, area, size, draw, details
        self.y = area.top()
        self.mm = painter.device().logicalDpiX() / 25.4

    def _font(self, scale: float = 1.0, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont(self.painter.font())
        font.setPointSizeF(self.size * scale)
        font.setBold(bold)
        font.setItalic(italic)
        for tag in ("liga", "clig"):  # "ﬁ" glyphs would make the PDF's text unsearchable ("fine")
            font.setFeature(QFont.Tag(tag), 0)
        return font

    def _text(self, text: str, font: QFont, indent: float = 0.0) -> float:
        self.painter.setFont(font)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        box = QRectF(self.area.left() + indent, self.y, self.area.width() - indent, 10_000)
        needed = self.painter.boundingRect(box, flags, text)
        if self.draw:
            self.painter.setPen(QPen(Qt.GlobalColor.black))
            self.painter.drawText(QRectF(box.left(), self.y, box.width(), needed.height()), flags, text)
        self.y += needed.height()
        return needed.height()

    def _box(self, ticked: bool, top: float, side: float) -> None:
        if not self.draw:
            return
        rect = QRectF(self.area.left(), top + side * 0.2, side, side)
        self.painter.setPen(QPen(Qt.GlobalColor.black, max(1.0, self.mm * 0.3)))
        self.painter.setBrush(Qt.BrushStyle.NoBrush)
        self.painter.drawRect(rect)
        if ticked:
            self.painter.drawPolyline([QPointF(rect.left() + side * 0.2, rect.center().y()),
                                       QPointF(rect.left() + side * 0.42, rect.bottom() - side * 0.2),
                                       QPointF(rect.right() - side * 0.15, rect.top() + side * 0.18)])

    def _line(self, line: Line) -> None:
        font = self._font(bold=line.bold)
        side = self.size * self.mm * 0.38
        indent = side * 1.8 if line.ticked is not None else 0.0
        top = self.y
        self._text(line.text, font, indent)
        if line.ticked is not None:
            self._box(line.ticked, top, side)
        if line.detail and self.details:
            self._text(line.detail, self._font(0.85, italic=True), indent)
        if line.note or (line.note is not None and self.details):
            self._note(line.note, indent)
        self.y += self.size * self.mm * 0.15

    def _note(self, note: str, indent: float) -> None:
        if note:
            self._text(fill(translate("ChecklistPrint", "Note: %1"), note), self._font(0.85), indent)
            return
        self.y += self.size * self.mm * 0.45
        if self.draw:
            self.painter.setPen(QPen(Qt.GlobalColor.darkGray, max(1.0, self.mm * 0.15), Qt.PenStyle.DotLine))
            self.painter.drawLine(QPointF(self.area.left() + indent, self.y), QPointF(self.area.right(), self.y))

    def run(self, sheet: ChecklistSheet) -> float:
        self._text(sheet.title, self._font(1.6, bold=True))
        self._text(sheet.subtitle, self._font(1.1))
        for heading, lines in sheet.sections:
            self.y += self.size * self.mm * 0.5
            self._text(heading, self._font(1.25, bold=True))
            self.y += self.size * self.mm * 0.15
            for line in lines:
                self._line(line)
        self.y += self.size * self.mm * 0.4
        self._text(sheet.footer, self._font(0.8, italic=True))
        return self.y - self.area.top()
