"""An unticked check box is visible in both themes: its outline stands out 3:1 from the window (WCAG 1.4.11)."""

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QStyle, QStyleOptionButton

from socialdesk.ui.theme import style
from socialdesk.ui.theme.palette import DARK, LIGHT, MIN_NON_TEXT, contrast


@pytest.mark.parametrize("palette", (LIGHT, DARK), ids=("light", "dark"))
def test_the_control_outline_of_each_palette_stands_out_from_window_and_card(palette):
    assert contrast(palette.control, palette.window) >= MIN_NON_TEXT
    assert contrast(palette.control, palette.card) >= MIN_NON_TEXT


@pytest.mark.parametrize("choice", ("light", "dark"))
def test_an_unticked_box_is_drawn_with_an_outline_that_stands_out(qtbot, choice):
    app = QApplication.instance()
    try:
        tokens = style.install(app, choice).current
        box = QCheckBox("Fermé")
        qtbot.addWidget(box)
        box.show()
        qtbot.waitExposed(box)
        option = QStyleOptionButton()
        box.initStyleOption(option)
        indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
        image = box.grab().toImage()
        columns, rows = (indicator.left(), indicator.left() + 1), range(indicator.top() + 2, indicator.bottom() - 1)
        ring = [image.pixelColor(x, y).name() for x in columns for y in rows]
        best = max(contrast(colour, tokens.window) for colour in ring)
        assert best >= MIN_NON_TEXT, (ring, best)
    finally:
        style.install(app, "system")


@pytest.mark.parametrize("choice", ("light", "dark"))
def test_a_tables_unticked_check_cell_is_outlined_as_a_check_box_is(qtbot, choice):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

    from socialdesk.ui.strategy.rows_editor import NamingDelegate

    app = QApplication.instance()
    try:
        tokens = style.install(app, choice).current
        table = QTableWidget(1, 1)
        table.setItemDelegate(NamingDelegate(table))
        item = QTableWidgetItem("")
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        table.setItem(0, 0, item)
        qtbot.addWidget(table)
        table.show()
        qtbot.waitExposed(table)
        cell = table.visualRect(table.model().index(0, 0))
        image = table.viewport().grab().toImage()
        inks = {image.pixelColor(x, y).name() for x in range(cell.left(), cell.left() + 30)
                for y in range(cell.top() + 1, cell.bottom())}
        assert max(contrast(colour, tokens.card) for colour in inks) >= MIN_NON_TEXT, inks
    finally:
        style.install(app, "system")


@pytest.mark.parametrize("choice", ("light", "dark"))
def test_an_unchosen_radio_button_is_drawn_with_an_outline_that_stands_out(qtbot, choice):
    from PySide6.QtWidgets import QRadioButton, QVBoxLayout, QWidget

    app = QApplication.instance()
    try:
        tokens = style.install(app, choice).current
        holder = QWidget()  # as in a form: the buttons have no background of their own
        layout = QVBoxLayout(holder)
        chosen, other = QRadioButton("Moi"), QRadioButton("Mon équipe")
        chosen.setChecked(True)
        layout.addWidget(chosen)
        layout.addWidget(other)
        qtbot.addWidget(holder)
        holder.show()
        qtbot.waitExposed(holder)
        option = QStyleOptionButton()
        other.initStyleOption(option)
        indicator = other.style().subElementRect(QStyle.SubElement.SE_RadioButtonIndicator, option, other)
        image = other.grab().toImage()
        inks = {image.pixelColor(x, y).name() for x in range(indicator.left(), indicator.right() + 1)
                for y in range(indicator.top(), indicator.bottom() + 1)}
        assert max(contrast(colour, tokens.window) for colour in inks) >= MIN_NON_TEXT, inks
    finally:
        style.install(app, "system")
