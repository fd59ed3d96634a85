"""The Preferences pages (General, Calendar, Printing): each shows the stored values and saves what changed."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QMessageBox, QPushButton, QSizePolicy, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from socialdesk.domain.changes import Area, Change
from socialdesk.domain.networks import NETWORKS
from socialdesk.domain.settings import BACKUPS_KEEP_RANGE
from socialdesk.paths import from_the_key, on_the_key
from socialdesk.storage.backup_folder import usable
from socialdesk.storage.backups import backup_dir_for
from socialdesk.ui.calendar.icons import network_icon, network_name
from socialdesk.ui.common.words import fill


translate = QCoreApplication.translate


def _form(parent=None) -> QFormLayout:
    form = QFormLayout(parent)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    return form


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _combo(name: str, entries, current, accessible: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    for value, label in entries:
        box.addItem(label, value)
    index = box.findData(current)
    box.setCurrentIndex(max(0, index))
    return box


class SettingsPage(QWidget):
    """A page of settings: `wanted()` is key -> value as shown; `save()` writes those that differ."""

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store

    def wanted(self) -> dict:
        return {}

    def shown(self, key: str):
        """What the page showed for `key` when it opened: a value that differs from it is the owner's change."""
        return self.store.settings.get(key)

    def save(self, clock) -> list[Change]:
        settings = self.store.settings
        changed = tuple(key for key, value in self.wanted().items() if self.shown(key) != value)
        for key in changed:
            settings.set(key, self.wanted()[key])
        return [Change(Area.SETTINGS, changed)] if changed else []


class GeneralPage(SettingsPage):
    def __init__(self, store, parent=None):
        super().__init__(store, parent)
        form = _form(self)
        self.language = _combo("prefLanguage", [("", self.tr("Follow the system")), ("en", "English"),
                                                ("fr", "Français")],
                               store.settings.get("language"), self.tr("Language"))
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(_note(self.tr("The window is rebuilt in the new language when you press OK.")))
        self.theme = _combo("prefTheme", [("system", self.tr("Follow the system")), ("light", self.tr("Light")),
                                          ("dark", self.tr("Dark"))],
                            store.settings.get("theme"), self.tr("Appearance"))
        form.addRow(self.tr("&Appearance:"), self.theme)
        form.addRow(self._backups_box())

    def _backups_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Backups"))
        form = QFormLayout(box)  # the folder's path takes the width; the count keeps its own
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._chosen_folder = self.store.settings.get("backup_folder")
        self.folder = QLineEdit()
        self.folder.setObjectName("prefBackupFolder")
        self.folder.setReadOnly(True)
        self.folder.setAccessibleName(self.tr("Backup folder"))
        choose = QPushButton(self.tr("&Choose…"))
        choose.setObjectName("prefBackupFolderChoose")
        choose.clicked.connect(self._on_choose_clicked)
        self.beside = QPushButton(self.tr("&Beside the data file"))
        self.beside.setObjectName("prefBackupFolderBeside")
        self.beside.clicked.connect(self._on_beside_clicked)
        show = QPushButton(self.tr("&Show"))
        show.setEnabled(self.store.path is not None)
        show.clicked.connect(self._on_show_clicked)
        buttons = QHBoxLayout()  # under the folder's name, which keeps the whole width for a long path
        for button in (choose, self.beside, show):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.addRow(self.tr("Folder:"), self.folder)
        form.addRow("", buttons)
        form.addRow(_note(self.tr("SocialDesk notes beside the data file where its backups are, so it finds them even "
                                  "when the file itself is damaged. If the chosen folder cannot be written when a "
                                  "backup is due (a USB stick not connected…), the backup goes beside the data file "
                                  "and SocialDesk says so.")))
        self._show_folder()
        self.keep = QSpinBox()
        self.keep.setObjectName("prefBackupsKeep")
        self.keep.setRange(*BACKUPS_KEEP_RANGE)
        self.keep.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.keep.setValue(int(self.store.settings.get("backups_keep")))
        self.keep.setAccessibleName(self.tr("Backups to keep"))
        form.addRow(self.tr("&Keep the newest:"), self.keep)
        return box

    def _shown_folder(self) -> Path | None:
        if self._chosen_folder:
            return from_the_key(self._chosen_folder)
        return backup_dir_for(self.store.path) if self.store.path else None

    def _show_folder(self):
        shown = self._shown_folder()
        self.folder.setText(str(shown) if shown is not None else "")
        self.beside.setEnabled(bool(self._chosen_folder))

    @classmethod
    def ask_folder(cls, parent, start: str) -> str:
        """The folder the owner picks ("" if cancelled); tests replace it."""
        return QFileDialog.getExistingDirectory(parent, translate("GeneralPage", "Choose the backup folder"), start)

    @classmethod
    def tell(cls, parent, text: str) -> None:
        QMessageBox.warning(parent, translate("GeneralPage", "Backup folder"), text)

    def _on_choose_clicked(self):
        shown = self._shown_folder()
        picked = self.ask_folder(self, str(shown) if shown is not None else "")
        if not picked:
            return
        if not usable(Path(picked)):
            self.tell(self, fill(self.tr("SocialDesk cannot write into %1. Choose another folder."), picked))
            return
        self._chosen_folder = on_the_key(str(Path(picked).resolve()))  # portable: relative to the key
        self._show_folder()

    def _on_beside_clicked(self):
        self._chosen_folder = ""
        self._show_folder()

    def _on_show_clicked(self):
        folder = self._shown_folder()
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder if folder.is_dir() else folder.parent)))

    def wanted(self) -> dict:
        return {"language": self.language.currentData(), "theme": self.theme.currentData(),
                "backups_keep": self.keep.value(),
                "backup_folder": self._chosen_folder}


class CalendarPage(SettingsPage):
    def __init__(self, store, parent=None):
        super().__init__(store, parent)
        layout = QVBoxLayout(self)
        form = _form()
        self.first_weekday = _combo(
            "prefFirstWeekday",
            [(0, self.tr("As in my region")), (1, self.tr("Monday")), (7, self.tr("Sunday")), (6, self.tr("Saturday"))],
            store.settings.get("first_weekday"), self.tr("First day of the week"))
        form.addRow(self.tr("&Weeks start on:"), self.first_weekday)
        self.alsace_moselle = QCheckBox(self.tr("&Alsace-Moselle: Good Friday and 26 December are holidays too"))
        self.alsace_moselle.setObjectName("prefAlsaceMoselle")
        self._alsace_shown = store.shop.alsace_moselle()  # the owner's choice, else what the postcode says
        self.alsace_moselle.setChecked(self._alsace_shown)
        form.addRow(self.alsace_moselle)
        layout.addLayout(form)
        layout.addWidget(self._networks_box())
        layout.addWidget(self._limits_box(), 1)

    def _networks_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("A new post starts on these networks"))
        grid = QGridLayout(box)
        ticked = self.store.settings.get("default_networks") or []
        self.networks: dict[str, QCheckBox] = {}
        for index, net in enumerate(NETWORKS):
            check = QCheckBox(network_name(net.key))
            check.setObjectName(f"prefNetwork_{net.key}")
            check.setIcon(network_icon(net.key))
            check.setChecked(net.key in ticked)
            grid.addWidget(check, index // 3, index % 3)
            self.networks[net.key] = check
        return box

    def _limits_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Character limits"))
        layout = QVBoxLayout(box)
        layout.addWidget(_note(self.tr("Networks change their limits and sources disagree. If you know a more "
                                       "accurate value, correct it; SocialDesk keeps the date of your change.")))
        rows = self.store.calendar.limit_rows()
        self.limits_table = QTableWidget(len(rows), 3)
        self.limits_table.setTabKeyNavigation(False)  # Tab goes on to OK and Cancel; arrows move inside
        self.limits_table.setAccessibleName(self.tr("Character limits"))
        self.limits_table.verticalHeader().hide()
        self.limits_table.setHorizontalHeaderLabels([self.tr("Network"), self.tr("Limit"), self.tr("Default")])
        header = self.limits_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._stored_limits = {key: limit for key, limit, _default, _checked in rows}
        self.limits: dict[str, QSpinBox] = {}
        for index, (key, limit, default, _checked) in enumerate(rows):
            self.limits_table.setItem(index, 0, _read_only(QTableWidgetItem(network_icon(key), network_name(key))))
            spin = QSpinBox()
            spin.setObjectName(f"prefLimit_{key}")
            spin.setRange(1, 100_000)
            spin.setValue(limit)
            spin.setAccessibleName(fill(self.tr("Limit for %1"), network_name(key)))
            self.limits_table.setCellWidget(index, 1, spin)
            self.limits_table.setItem(index, 2, _read_only(QTableWidgetItem(QLocale().toString(default))))
            self.limits[key] = spin
        layout.addWidget(self.limits_table)
        return box

    def wanted(self) -> dict:
        networks = [key for key, check in self.networks.items() if check.isChecked()]
        return {"first_weekday": self.first_weekday.currentData(), "default_networks": networks,
                "alsace_moselle": self.alsace_moselle.isChecked()}

    def shown(self, key: str):
        """A box left as the postcode ticked it is no choice: the holidays go on following the postcode (attack
        34c, F4)."""
        return self._alsace_shown if key == "alsace_moselle" else super().shown(key)

    def save(self, clock) -> list[Change]:
        changes = super().save(clock)
        changed = {key: spin.value() for key, spin in self.limits.items() if spin.value() != self._stored_limits[key]}
        for key, value in changed.items():
            changes.append(self.store.calendar.set_limit(key, value, clock().date()))
        return changes


class PrintingPage(SettingsPage):
    def __init__(self, store, parent=None):
        super().__init__(store, parent)
        form = _form(self)
        papers = [("a4", self.tr("A4 (210 × 297 mm)")), ("letter", self.tr("Letter (8.5 × 11 in)"))]
        from socialdesk.domain.cards_layout import shop_paper

        self.paper = _combo("prefPaper", papers, shop_paper(store.settings, store.shop.get().country), self.tr("Paper"))
        form.addRow(self.tr("&Paper:"), self.paper)
        form.addRow(_note(self.tr("The plan, the week and the checklist print on this paper. QR cards, table tents, "
                                  "stickers and business cards keep the card stock you choose when you print them.")))

    def wanted(self) -> dict:
        return {"paper": self.paper.currentData()}


def _read_only(item: QTableWidgetItem) -> QTableWidgetItem:
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    return item
