"""The post dialog's networks are toggle chips: the network's colour when chosen, Space toggles, named with state."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtWidgets import QCheckBox

from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.ui.calendar.post_dialog import PostDialog
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.theme.palette import chip_colours

TODAY = date(2026, 11, 26)


@pytest.fixture
def dialog(qtbot, store):
    made = PostDialog(None, Post(day=TODAY, networks=("facebook",), status=PostStatus.PLANNED), store, None, True,
                      clock=fixed_clock(TODAY))
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def _name(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def test_no_check_box_is_left_among_the_networks(dialog):
    assert dialog.networks.findChildren(QCheckBox) == []
    assert all(not chip.icon().isNull() for chip in dialog.network_boxes.values())


def test_space_toggles_a_chip_and_a_screen_reader_hears_its_state(dialog, qtbot):
    chip = dialog.network_boxes["instagram"]
    chip.setFocus(Qt.FocusReason.TabFocusReason)
    assert _name(chip) == "Instagram" and _name(dialog.network_boxes["facebook"]) == "Facebook, selected"
    qtbot.keyClick(chip, Qt.Key.Key_Space)
    assert chip.isChecked() and _name(chip) == "Instagram, selected"
    assert dialog.selected_networks() == ("facebook", "instagram")
    qtbot.keyClick(chip, Qt.Key.Key_Space)
    assert not chip.isChecked() and _name(chip) == "Instagram"
    assert dialog.selected_networks() == ("facebook",)


def test_a_chosen_chip_is_filled_with_its_networks_colour_and_marked(dialog):
    chosen, other = dialog.network_boxes["facebook"], dialog.network_boxes["instagram"]
    fill = QColor(chip_colours("facebook")[0])
    inside = chosen.grab().toImage().pixelColor(chosen.width() - 6, chosen.height() // 2)
    assert inside == fill
    assert other.grab().toImage().pixelColor(other.width() - 6, other.height() // 2) != QColor(chip_colours("instagram")[0])
    assert chosen.text().startswith("✓") and not other.text().startswith("✓")  # not by colour alone
    assert other.width() >= other.sizeHint().width()  # room for the mark: nothing jumps or is cut when chosen


def test_the_state_is_said_in_french(qtbot, store):
    from PySide6.QtCore import QCoreApplication, QLocale

    from socialdesk.ui import i18n

    found, locale = list(i18n._installed), QLocale()
    install_translators("fr")
    try:
        made = PostDialog(None, Post(day=TODAY, networks=("instagram",), status=PostStatus.PLANNED), store, None,
                          True, clock=fixed_clock(TODAY))
        qtbot.addWidget(made)
        assert _name(made.network_boxes["instagram"]) == "Instagram, sélectionné"
    finally:  # the tests after this one read the words they would have had
        for translator in i18n._installed:
            QCoreApplication.instance().removeTranslator(translator)
        i18n._installed[:] = found
        for translator in found:
            QCoreApplication.instance().installTranslator(translator)
        QLocale.setDefault(locale)
