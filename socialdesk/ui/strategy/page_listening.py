"""Step 4, listening: today's tools, the interview's closed ones explained, weekly indicators."""

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout

from socialdesk.domain.strategy import fields as f
from socialdesk.domain.strategy.fields import Step
from socialdesk.domain.strategy.listening import AVAILABLE_TOOLS, CLOSED_TOOLS
from socialdesk.ui.common.words import fill
from socialdesk.ui.strategy.key_boxes import KeyBoxes
from socialdesk.ui.strategy.page_base import StepPage
from socialdesk.ui.strategy.page_stand import text_saver
from socialdesk.ui.strategy.labels import STEP_TITLES, TOOL_NOTES, tool_name
from socialdesk.ui.strategy.texts import ADVICE, TIPS


class ListeningPage(StepPage):
    def __init__(self, writer, parent=None):
        super().__init__(writer, STEP_TITLES[Step.LISTENING], ADVICE[Step.LISTENING], parent,
                         tip=TIPS[Step.LISTENING])
        form = self.form(self.body)
        tools_box = QGroupBox(self.tr("Tools we use"), self.body)
        tools_layout = QVBoxLayout(tools_box)
        self.tools = KeyBoxes([(tool.key, tool_name(tool)) for tool in AVAILABLE_TOOLS], 2, tools_box,
                              {tool.key: TOOL_NOTES[tool.key] for tool in AVAILABLE_TOOLS})
        tools_layout.addWidget(self.tools)
        pair = self.tr("%1: %2")
        notes = "".join("<li>" + fill(pair, f"<b>{tool_name(tool)}</b>", TOOL_NOTES[tool.key])
                        + "</li>" for tool in AVAILABLE_TOOLS)
        self.tools_notes = QLabel(f"<ul>{notes}</ul>", tools_box)
        self.tools_notes.setWordWrap(True)
        self.tools_notes.setTextFormat(Qt.TextFormat.RichText)
        tools_layout.addWidget(self.tools_notes)
        form.addRow(tools_box)
        closed = "".join("<li>" + fill(pair, f"<b>{tool.name}</b>", TOOL_NOTES[tool.key])
                         + "</li>" for tool in CLOSED_TOOLS)
        self.closed_note = QLabel(
            "<p>" + self.tr("The interview (2011) also names tools that no longer exist:") + f"</p><ul>{closed}</ul>"
            + "<p>" + fill(self.tr("Checked in %1. For a small shop, the networks' own statistics and a weekly look "
                                   "round now do most of what these tools did."), _checked_on()) + "</p>",
            self.body)
        self.closed_note.setWordWrap(True)
        self.closed_note.setTextFormat(Qt.TextFormat.RichText)
        self.closed_note.setAccessibleName(self.tr("Closed tools from the interview"))
        form.addRow(self.closed_note)
        self.other = self.line(self.tr("&Other tools"), self.tr("e.g. a notebook by the till, the booking site's reviews"),
                               text_saver(writer, f.LISTEN_OTHER), form)
        self.indicators = self.text(
            self.tr("In&dicators we note each week (3 to 5, one per line)"),
            self.tr("e.g. new Google reviews\nquestions received by message\nbouquets ordered after a post"),
            text_saver(writer, f.LISTEN_INDICATORS), form, 5)
        self.count_label = QLabel(self.body)
        self.count_label.setWordWrap(True)
        form.addRow(self.count_label)
        self.indicators.textChanged.connect(self._update_count)
        self.tools.keys_toggled.connect(self._on_tools_keys_toggled)

    def load(self, strategy, shop, read_only: bool) -> None:
        self.tools.set_keys(strategy.keys(f.LISTEN_TOOLS))
        self.tools.set_read_only(read_only)
        self.binders[0].load(strategy.text(f.LISTEN_OTHER))
        self.binders[1].load(strategy.text(f.LISTEN_INDICATORS))
        self._update_count()
        super().load(strategy, shop, read_only)

    def first_field(self):
        return next(iter(self.tools.boxes.values()))

    def _update_count(self):
        count = len([line for line in self.indicators.toPlainText().splitlines() if line.strip()])
        if count < f.INDICATORS_MIN:
            text = self.tr("%n indicator(s) so far: the advice is 3 to 5.", "", count)
        elif count > f.INDICATORS_MAX:
            text = self.tr("%1 indicators: more than 5 is hard to keep up each week; keep the ones you act on.")
        else:
            text = self.tr("%1 indicators: a dashboard you can keep up.")
        self.count_label.setText(fill(text, str(count)))

    def _on_tools_keys_toggled(self, keys):
        self.writer.write(self.writer.store.strategy.set_text, f.LISTEN_TOOLS, ",".join(keys),
                          restore=lambda stored: self.tools.set_keys(stored.keys(f.LISTEN_TOOLS)))


def _checked_on() -> str:
    checked = max(tool.last_checked for tool in CLOSED_TOOLS)
    return QLocale().toString(QDate(checked), "MMMM yyyy")
