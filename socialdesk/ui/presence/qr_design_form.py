"""How the code looks and how big it prints: error correction, colours, logo, words, size."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QRadioButton, QSpinBox, QWidget)

from socialdesk.domain.brand import Brand
from socialdesk.qr import geometry
from socialdesk.qr.design import QrDesign
from socialdesk.qr.logo import Logo, load_logo
from socialdesk.ui.common.background import LatestOnly
from socialdesk.ui.common.words import fill
from socialdesk.ui.presence.qr_dialogs import QrDialogs


class ColourField(QWidget):
    """A swatch button (opens the colour dialog) beside the colour typed as #rrggbb."""

    changed = Signal()

    def __init__(self, value: str, name: str, parent=None):
        super().__init__(parent)
        self.edit = QLineEdit(value, self)
        self.edit.setAccessibleName(name)
        self.edit.setMaxLength(32)
        self.button = QPushButton(self.tr("Choose…"), self)
        self.button.setAccessibleName(fill(self.tr("Choose %1"), name))
        self.swatch = QLabel(self)
        self.swatch.setFixedWidth(self.fontMetrics().height() * 2)
        self.swatch.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.swatch)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self._name = name
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._on_edit_text_changed)
        self.button.clicked.connect(self._on_button_clicked)
        self._on_edit_text_changed(value)

    def value(self) -> str:
        return self.edit.text()

    def _on_edit_text_changed(self, text: str) -> None:
        palette = self.swatch.palette()
        colour = QColor(text if text.startswith("#") else f"#{text}")
        palette.setColor(QPalette.ColorRole.Window, colour if colour.isValid() else QColor(Qt.GlobalColor.transparent))
        self.swatch.setPalette(palette)
        self.changed.emit()

    def _on_button_clicked(self) -> None:
        chosen = QrDialogs.ask_colour(self, self.value(), self._name)
        if chosen:
            self.edit.setText(chosen)


class QrDesignForm(QWidget):
    """Emits `design_changed`; `logo_refused(Exception)` when a chosen file is not a usable image."""

    design_changed = Signal()
    logo_refused = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.logo: Logo | None = None
        self._logo_label = ""
        self._logo_path = None
        self.logo_loader = LatestOnly(self)  # a logo is decoded off the GUI thread
        self.logo_loader.finished.connect(self._on_logo_loader_finished)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.ec = QComboBox(self)
        self.ec.setAccessibleName(self.tr("Damage tolerance"))
        self.ec.addItem(self.tr("Automatic (H with a logo)"), None)
        for level, share in (("L", 7), ("M", 15), ("Q", 25), ("H", 30)):
            self.ec.addItem(fill(self.tr("%1: survives %2 % damage"), level, str(share)), level)
        self.foreground = ColourField(QrDesign.foreground, self.tr("Code colour"), self)  # the printed code's defaults
        self.background = ColourField(QrDesign.background, self.tr("Background colour"), self)
        form.addRow(self.tr("Damage tolera&nce:"), self.ec)
        form.addRow(self.tr("Code colour:"), self.foreground)
        form.addRow(self.tr("Background:"), self.background)
        form.addRow(self.tr("Logo:"), self._logo_row())
        self.call_to_action = QLineEdit(self)
        self.call_to_action.setAccessibleName(self.tr("Headline"))
        self.call_to_action.setPlaceholderText(self.tr("Leave us a review on Google"))
        self.caption = QLineEdit(self)
        self.caption.setAccessibleName(self.tr("Caption"))
        self.caption.setPlaceholderText(self.tr("Empty: the code's own address"))
        self.caption_problem = QLabel(self)
        self.caption_problem.setObjectName("qrCaptionProblem")
        self.caption_problem.setWordWrap(True)
        self.caption_problem.setAccessibleName(self.tr("Why the caption is refused"))
        self.caption_problem.setVisible(False)
        form.addRow(self.tr("Hea&dline:"), self.call_to_action)
        form.addRow(self.tr("Ca&ption:"), self.caption)
        form.addRow("", self.caption_problem)
        form.addRow(self.tr("Si&ze:"), self._size_row())
        self.letters = QComboBox(self)
        self.letters.setAccessibleName(self.tr("Letters"))
        self.letters.addItem(self.tr("Plain letters"), "sans")
        self.letters.addItem(self.tr("Classic letters (with serifs)"), "serif")
        self.layout_choice = QComboBox(self)
        self.layout_choice.setAccessibleName(self.tr("Card style"))
        self.layout_choice.addItem(self.tr("Plain"), "plain")
        self.layout_choice.addItem(self.tr("Framed in the code colour"), "framed")
        self.layout_choice.addItem(self.tr("Large headline at the top"), "headline")
        form.addRow(self.tr("Le&tters:"), self.letters)
        form.addRow(self.tr("Ca&rd style:"), self.layout_choice)
        for signal in (self.ec.currentIndexChanged, self.foreground.changed, self.background.changed,
                       self.call_to_action.textChanged, self.caption.textChanged, self.letters.currentIndexChanged,
                       self.layout_choice.currentIndexChanged):
            signal.connect(self.design_changed)

    def _logo_row(self) -> QWidget:
        row = QWidget(self)
        self.logo_name = QLabel(self.tr("none"), row)
        self.choose_logo = QPushButton(self.tr("Choose…"), row)
        self.choose_logo.setAccessibleName(self.tr("Choose a logo"))
        self.remove_logo = QPushButton(self.tr("Remove"), row)
        self.remove_logo.setAccessibleName(self.tr("Remove the logo"))
        self.remove_logo.setEnabled(False)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.logo_name, 1)
        layout.addWidget(self.choose_logo)
        layout.addWidget(self.remove_logo)
        row.setFocusProxy(self.choose_logo)
        self.choose_logo.clicked.connect(self._on_choose_logo_clicked)
        self.remove_logo.clicked.connect(self._on_remove_logo_clicked)
        return row

    def _size_row(self) -> QWidget:
        row = QWidget(self)
        self.by_distance = QRadioButton(self.tr("readable from"), row)
        self.by_distance.setAccessibleName(self.tr("Size from the scanning distance"))
        self.distance = QSpinBox(row)
        self.distance.setAccessibleName(self.tr("Scanning distance in centimetres"))
        self.distance.setRange(10, 500)
        self.distance.setValue(40)
        self.distance.setSuffix(self.tr(" cm"))
        self.by_mm = QRadioButton(self.tr("width"), row)
        self.by_mm.setAccessibleName(self.tr("Size in millimetres"))
        self.size_mm = QDoubleSpinBox(row)
        self.size_mm.setAccessibleName(self.tr("Code width in millimetres"))
        self.size_mm.setRange(geometry.MIN_SIZE_MM, geometry.MAX_SIZE_MM)
        self.size_mm.setDecimals(0)
        self.size_mm.setValue(40)
        self.size_mm.setSuffix(self.tr(" mm"))
        group = QButtonGroup(row)
        group.addButton(self.by_distance)
        group.addButton(self.by_mm)
        self.by_distance.setChecked(True)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.by_distance, self.distance, self.by_mm, self.size_mm):
            layout.addWidget(widget)
        layout.addStretch(1)
        for signal in (self.distance.valueChanged, self.size_mm.valueChanged, self.by_distance.toggled):
            signal.connect(self.design_changed)
        self.by_distance.toggled.connect(self._on_by_distance_toggled)
        self._on_by_distance_toggled(True)
        row.setFocusProxy(self.distance)
        return row

    def show_caption_problem(self, text: str) -> None:
        """The refusal of the caption, under its field (empty: hidden)."""
        self.caption_problem.setText(text)
        self.caption_problem.setVisible(bool(text))

    def brand(self) -> Brand:
        """The look the shop keeps for every card and export (its logo is `logo`)."""
        return Brand(self.foreground.value().strip(), self.background.value().strip(), self.letters.currentData(),
                     self.layout_choice.currentData())

    def set_brand(self, brand: Brand, logo: Logo | None) -> None:
        """Show the look the data file keeps; the logo is named as kept there."""
        self.foreground.edit.setText(brand.foreground)
        self.background.edit.setText(brand.background)
        self.letters.setCurrentIndex(max(0, self.letters.findData(brand.font)))
        self.layout_choice.setCurrentIndex(max(0, self.layout_choice.findData(brand.layout)))
        if logo != self.logo:
            self.set_logo(logo, self.tr("the shop's logo"))

    def chosen_size_mm(self) -> float:
        if self.by_distance.isChecked():
            return geometry.size_for_distance_mm(self.distance.value())
        return float(self.size_mm.value())

    def set_logo(self, logo: Logo | None, name: str = "") -> None:
        self.logo_loader.cancel()
        self.logo = logo
        self._logo_label = name if logo else ""
        self.logo_name.setText(name if logo else self.tr("none"))
        self.remove_logo.setEnabled(logo is not None)
        self.ec.setEnabled(logo is None)
        self.design_changed.emit()

    def _on_choose_logo_clicked(self) -> None:
        path = QrDialogs.ask_logo(self)
        if path is not None:
            self.load_logo_file(path)

    def load_logo_file(self, path) -> None:
        """Read and check the logo in the background; a later choice supersedes this one."""
        self._logo_path = path
        self.logo_name.setText(fill(self.tr("Loading %1…"), path.name))
        self.logo_loader.start(lambda: load_logo(path))

    @property
    def logo_loading(self) -> bool:
        return self.logo_loader.busy

    def _on_logo_loader_finished(self, logo, error) -> None:
        from socialdesk.qr.logo import LogoRefused

        if error is None:
            self.set_logo(logo, self._logo_path.name)
            return
        self.logo_name.setText(self._logo_label or self.tr("none"))
        if not isinstance(error, LogoRefused):
            raise error
        self.logo_refused.emit(error)

    def _on_remove_logo_clicked(self) -> None:
        self.set_logo(None)

    def _on_by_distance_toggled(self, checked: bool) -> None:
        self.distance.setEnabled(self.by_distance.isChecked())
        self.size_mm.setEnabled(not self.by_distance.isChecked())
