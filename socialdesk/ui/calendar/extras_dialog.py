"""Hashtag sets and signatures per network: added to the text the publishing assistant copies."""

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from socialdesk.domain.calendar.ready_text import NetworkExtras, TagIssue, TagProblem, clean_hashtags, tag_issues
from socialdesk.domain.networks import NETWORKS
from socialdesk.ui.calendar.icons import network_icon, network_name
from socialdesk.ui.common.saving import saving
from socialdesk.ui.common.words import fill, shorten

HASHTAGS, SIGNATURE = 1, 2  # the table's editable columns
TAG_SHOWN = 40  # characters of a tag a warning line shows


def tag_issue_text(issue: TagIssue, network_key: str) -> str:
    """One line about a hashtag the network would not read as typed, or about too many hashtags."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("ExtrasDialog", text)

    name, tag, number = network_name(network_key), shorten(issue.tag, TAG_SHOWN), QLocale().toString
    if issue.problem is TagProblem.TOO_MANY:
        return fill(tr("%1 takes at most %2 hashtags in a post; this one would have %3 (3 to 5 are advised)."),
                    name, number(issue.limit), number(issue.count))
    if issue.problem is TagProblem.DOUBLE:
        return fill(tr("%1: “%2” has two #; write one."), name, tag)
    if issue.problem is TagProblem.CUT:
        return fill(tr("%1: “%2” is cut: the network reads only “%3” (a hyphen or a sign ends a hashtag)."),
                    name, tag, issue.read)
    if issue.problem is TagProblem.GLUED:
        return fill(tr("%1: “%2” is several hashtags with no space between them; write them apart: “%3”."),
                    name, tag, issue.read)
    if issue.problem is TagProblem.BARE:
        return fill(tr("%1: these words are not hashtags (no #): “%2”. They would be added to every post as “%3”."),
                    name, issue.tag, issue.read)
    if issue.problem is TagProblem.SAME:
        return fill(tr("%1: “%2” is the same hashtag %3 times (networks ignore capitals); tidying keeps the first."),
                    name, issue.tag, number(issue.count))
    if issue.problem is TagProblem.DIGITS:
        return fill(tr("%1: “%2” has no letter: networks do not link a hashtag of digits only."), name, tag)
    if issue.problem is TagProblem.TOO_LONG:
        return fill(tr("%1: “%2” is longer than %3 characters: too long for anyone to read or type."),
                    name, tag, number(issue.limit))
    return fill(tr("%1: “%2” is no hashtag: a hashtag needs letters or digits, not only an emoji or a sign."),
                name, tag)


class ExtrasDialog(QDialog):
    def __init__(self, parent, extras: dict[str, NetworkExtras]):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hashtags and signatures"))
        self.setObjectName("extrasDialog")
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Added to each post when the publishing assistant copies it, and counted in the "
                              "network's character limit. Practitioners advise 3 to 5 hashtags on Instagram."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget(len(NETWORKS), 3, self)
        self.table.setTabKeyNavigation(False)  # Tab goes on to OK and Cancel; arrows move inside
        self.table.setAccessibleName(self.tr("Hashtags and signatures"))
        self.table.verticalHeader().hide()
        self.table.setHorizontalHeaderLabels([self.tr("Network"), self.tr("Hashtags"),
                                              self.tr("Signature (e.g. Link in bio)")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (HASHTAGS, SIGNATURE):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self._before = extras
        for row, item in enumerate(NETWORKS):
            name = QTableWidgetItem(network_icon(item.key), network_name(item.key))
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, name)
            current = extras.get(item.key, NetworkExtras())
            self.table.setItem(row, HASHTAGS, QTableWidgetItem(current.hashtags))
            self.table.setItem(row, SIGNATURE, QTableWidgetItem(current.signature))
        layout.addWidget(self.table)
        self.tag_warnings = QLabel()
        self.tag_warnings.setObjectName("tagWarnings")
        self.tag_warnings.setWordWrap(True)
        layout.addWidget(self.tag_warnings)
        self.clean_button = QPushButton(self.tr("&Tidy the hashtags"))
        self.clean_button.setToolTip(self.tr("Glued tags set apart, one # per tag, # given to bare words, the "
                                             "words of a cut tag joined, tags without a word and repeats left out; "
                                             "nothing else changes"))
        self.clean_button.clicked.connect(self.clean_up)
        layout.addWidget(self.clean_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.table.itemChanged.connect(self._show_issues)
        self._show_issues()
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.resize(720, 460)

    def set_row(self, network_key: str, hashtags: str, signature: str) -> None:
        row = [n.key for n in NETWORKS].index(network_key)
        self.table.item(row, HASHTAGS).setText(hashtags)
        self.table.item(row, SIGNATURE).setText(signature)

    def issues(self) -> list[tuple[str, TagIssue]]:
        """Each network's hashtags it would not read as typed, and sets over its limit (shown, never rewritten)."""
        return [(item.key, issue) for row, item in enumerate(NETWORKS)
                for issue in tag_issues(item.key, self.table.item(row, HASHTAGS).text())]

    def _show_issues(self, *_):
        issues = self.issues()
        self.tag_warnings.setText("\n".join(tag_issue_text(issue, key) for key, issue in issues))
        self.tag_warnings.setVisible(bool(issues))
        self.clean_button.setEnabled(any(i.problem.tidied for _, i in issues))

    def clean_up(self) -> None:
        """The owner's choice: each set's malformed tags tidied (clean_hashtags); too many, digits only and too long
        stay for them to change."""
        for row, item in enumerate(NETWORKS):
            cell = self.table.item(row, HASHTAGS)
            if any(i.problem.tidied for i in tag_issues(item.key, cell.text())):
                cell.setText(clean_hashtags(cell.text()))

    def changed(self) -> dict[str, NetworkExtras]:
        result = {}
        for row, item in enumerate(NETWORKS):
            value = NetworkExtras(self.table.item(row, HASHTAGS).text().strip(),
                                  self.table.item(row, SIGNATURE).text().strip())
            if value != self._before.get(item.key, NetworkExtras()):
                result[item.key] = value
        return result

    @classmethod
    def ask(cls, parent, extras: dict[str, NetworkExtras]) -> dict[str, NetworkExtras] | None:
        """The networks whose hashtags or signature the owner changed, or None when cancelled."""
        dialog = cls(parent, extras)
        return dialog.changed() if dialog.exec() == QDialog.DialogCode.Accepted else None


def edit_extras(tab) -> None:
    """The Calendar menu's "Hashtags and signatures…": saved at once, other tabs told."""
    repo = tab.store.calendar
    changed = ExtrasDialog.ask(tab, repo.extras())
    if not changed:
        return
    with saving(tab) as attempt:
        for key, value in changed.items():
            change = repo.save_extras(key, value.hashtags, value.signature)
    if not attempt.failed:
        tab.publish(change)
        tab.reload()
