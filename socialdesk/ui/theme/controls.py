"""Fusion with visible check boxes and radio buttons: an unticked one's outline in the control colour (3:1 on the window).

Fusion outlines a box in its palette's window colour, darkened (`darker(140)`) then lightened a little for the pen
(`lighter(110)`): on the light desk that is under 3:1, on the dark one it vanishes. A check box, a radio button and
the check column of a table (`check_cell`) are given a window colour from which that works out to the control colour.
They fill nothing with their window colour (they have no background of their own), so only the outline changes. No style
of ours in between: a QProxyStyle in Python saw every primitive of every paint (7 ms of each start, bench/PROFILE.md).
"""

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyleOptionViewItem

from socialdesk.ui.theme.palette import with_words_of

DARKER, LIGHTER = 140, 110  # Fusion's outline: the window colour darker(140); its pen: that lighter(110)


def check_window(palette: QPalette) -> QColor:
    """The window colour that makes Fusion outline a box in the control colour of `palette`'s theme."""
    control = QColor(with_words_of(palette.color(QPalette.ColorRole.Text).lightness()).control)
    hue, saturation, value, alpha = control.getHsv()
    return QColor.fromHsv(hue, saturation, min(255, round(value * DARKER / LIGHTER)), alpha)


def check_box_palette(palette: QPalette) -> QPalette:
    """`palette`, with the window colour of a check box (the application's palette for the class QCheckBox)."""
    boxes = QPalette(palette)
    boxes.setColor(QPalette.ColorRole.Window, check_window(palette))
    return boxes


def check_cell(option: QStyleOptionViewItem) -> None:
    """A table's check cell outlined as a check box is (a delegate's initStyleOption calls this)."""
    option.palette.setColor(QPalette.ColorRole.Window, check_window(option.palette))
