"""A bar chart of weekly completion, drawn with QPainter in the palette's own colours.

Bars are not told apart by colour alone: weeks that held are solid, weaker weeks are hatched,
weeks with nothing due show a dash, and the current week has a dotted outline.
"""

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from socialdesk.domain.rules.scores import HELD_SHARE, WeekScore
from socialdesk.ui.common.focus_ring import OPT_IN
from socialdesk.ui.common.words import fill
from socialdesk.ui.rules import chart_access


class CompletionChart(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.scores: list[WeekScore] = []
        self.slots = 0  # the weeks the chart has room for; the scores fill the last ones (newest at the right)
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setProperty(OPT_IN, True)  # it paints itself: the focus ring shows where the keyboard is
        self.setAccessibleName(self.tr("Completion chart"))
        chart_access.install()  # its weeks are the items a screen reader lists

    def sizeHint(self):
        return QSize(640, 260)

    def set_scores(self, scores: list[WeekScore], slots: int = 0) -> None:
        """`slots`: the span chosen (12 or 52 weeks); fewer scores (a checklist younger than the span) leave the
        first slots empty rather than show weeks before the file had rules as "nothing due" (attack 37, L3)."""
        self.scores = list(scores)
        self.slots = max(len(self.scores), slots)
        self.setAccessibleDescription(self.describe())
        self.update()

    def week_words(self) -> list[str]:
        """Each week's bar in words: the chart's items for a screen reader."""
        parts = []
        for score in self.scores:
            value = self.tr("no rules") if score.percent is None else self._percent(score.percent)
            parts.append(fill(self.tr("week %1: %2"), str(score.week.week), value))
        return parts

    def describe(self) -> str:
        """The chart in words, for screen readers and tooltips."""
        return self.tr("; ", "between two weeks in the chart's words").join(self.week_words())

    def _percent(self, value: int) -> str:
        return fill(self.tr("%1 %", "a percentage"), str(value))

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint_on(painter, QRectF(self.rect()), self.palette())
        painter.end()

    def paint_on(self, painter: QPainter, area: QRectF, palette: QPalette) -> None:
        """Draw the chart into `area` (also used to print it)."""
        text = palette.color(QPalette.ColorRole.WindowText)
        bar = palette.color(QPalette.ColorRole.Highlight)
        metrics = QFontMetricsF(painter.font())
        legend_height = metrics.height() * 1.6
        plot = self._plot(area, metrics)
        if plot.width() < 40 or plot.height() < 30 or not self.scores:
            return
        self._paint_grid(painter, plot, text, metrics)
        for index, score in enumerate(self.scores):
            self._paint_bar(painter, self._column(plot, index), score, bar, text, metrics, index)
        self._paint_legend(painter, QRectF(plot.left(), area.bottom() - legend_height, plot.width(),
                                           legend_height), bar, text, metrics)

    def _plot(self, area: QRectF, metrics: QFontMetricsF) -> QRectF:
        """The bars' area: right of the percentages, above the weeks' numbers and the legend."""
        line = metrics.height()
        axis_width = metrics.horizontalAdvance(self._percent(100)) + 6
        return QRectF(area.left() + axis_width, area.top() + line * 1.4,
                      area.width() - axis_width - 4, area.height() - line * 1.4 - line * 1.8 - line * 1.6)

    def _column(self, plot: QRectF, index: int) -> QRectF:
        """The slot of the `index`-th score: the scores fill the last slots, the newest at the right."""
        slot = plot.width() / self.slots
        return QRectF(plot.left() + (self.slots - len(self.scores) + index) * slot, plot.top(), slot, plot.height())

    def week_rect(self, index: int) -> QRect:
        """Where the `index`-th week's bar is drawn in the widget: its item's place for a screen reader."""
        return self._column(self._plot(QRectF(self.rect()), QFontMetricsF(self.font())), index).toAlignedRect()

    def _y(self, plot: QRectF, share: float) -> float:
        return plot.bottom() - share * plot.height()

    def _paint_grid(self, painter, plot, text, metrics) -> None:
        faint = QColor(text)
        faint.setAlphaF(0.25)
        for share in (0.0, 0.5, 1.0):
            y = self._y(plot, share)
            painter.setPen(QPen(faint, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            label = self._percent(round(share * 100))
            painter.drawText(QRectF(plot.left() - metrics.horizontalAdvance(label) - 6, y - metrics.height() / 2,
                                    metrics.horizontalAdvance(label) + 2, metrics.height()), label)
        target = QPen(text, 1.5, Qt.PenStyle.DashLine)
        painter.setPen(target)
        y = self._y(plot, HELD_SHARE)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))

    def _paint_bar(self, painter, column, score, bar, text, metrics, index) -> None:
        width = max(2.0, column.width() * 0.7)
        left = column.center().x() - width / 2
        is_current = index == len(self.scores) - 1
        if score.share is None:
            painter.setPen(QPen(text, 2))
            y = column.bottom() - 3
            painter.drawLine(QPointF(left, y), QPointF(left + width, y))
        else:
            top = self._y(column, score.share)
            rect = QRectF(left, top, width, column.bottom() - top)
            style = Qt.BrushStyle.SolidPattern if score.held else Qt.BrushStyle.BDiagPattern
            painter.setBrush(QBrush(bar, style))
            painter.setPen(QPen(bar, 1.5))
            painter.drawRect(rect)
            if column.width() >= metrics.horizontalAdvance("100") + 4:
                painter.setPen(text)
                painter.drawText(QRectF(column.left(), top - metrics.height(), column.width(), metrics.height()),
                                 Qt.AlignmentFlag.AlignCenter, str(score.percent))
        if is_current:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(text, 1, Qt.PenStyle.DotLine))
            painter.drawRect(QRectF(column.left() + 1, column.top(), column.width() - 2, column.height()))
        self._paint_week_label(painter, column, score, text, metrics, index)

    def _paint_week_label(self, painter, column, score, text, metrics, index) -> None:
        step = max(1, round(self.slots / 13))
        if index % step and index != len(self.scores) - 1:
            return
        painter.setPen(text)
        label = str(score.week.week)
        box = QRectF(column.center().x() - 40, column.bottom() + 2, 80, metrics.height())
        painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)
        first_of_year = index == 0 or score.week.year != self.scores[index - 1].week.year
        if first_of_year:
            box.translate(0, metrics.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, str(score.week.year))

    def _paint_legend(self, painter, area, bar, text, metrics) -> None:
        size = metrics.height() * 0.8
        x, y = area.left(), area.center().y()
        entries = (
            (Qt.BrushStyle.SolidPattern, fill(self.tr("%1 % or more done"), str(round(HELD_SHARE * 100)))),
            (Qt.BrushStyle.BDiagPattern, self.tr("less")),
            (None, self.tr("nothing due")),
            ("target", self.tr("target")),
        )
        for style, label in entries:
            sample = QRectF(x, y - size / 2, size * (2 if style == "target" else 1), size)
            if style is None:
                painter.setPen(QPen(text, 2))
                painter.drawLine(QPointF(sample.left(), sample.bottom()), QPointF(sample.right(), sample.bottom()))
            elif style == "target":
                painter.setPen(QPen(text, 1.5, Qt.PenStyle.DashLine))
                painter.drawLine(QPointF(sample.left(), sample.center().y()), QPointF(sample.right(), sample.center().y()))
            else:
                painter.setBrush(QBrush(bar, style))
                painter.setPen(QPen(bar, 1.5))
                painter.drawRect(sample)
            painter.setPen(text)
            x = sample.right() + 4
            width = metrics.horizontalAdvance(label) + 2
            painter.drawText(QRectF(x, y - metrics.height() / 2, width, metrics.height()), label)
            x += width + metrics.height()
