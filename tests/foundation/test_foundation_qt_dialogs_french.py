"""Qt's own dialogs speak French with the app: file dialog labels and buttons, message box buttons."""

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton

from socialdesk.ui.i18n import install_translators
from socialdesk.ui.self_test import check_translations


@pytest.fixture
def french():
    install_translators("fr")
    yield
    install_translators("en")


def _words(dialog) -> list[str]:
    return [w.text().replace("&", "") for kind in (QLabel, QPushButton) for w in dialog.findChildren(kind) if w.text()]


@pytest.mark.parametrize("mode, button", [(QFileDialog.AcceptMode.AcceptOpen, "Ouvrir"),
                                          (QFileDialog.AcceptMode.AcceptSave, "Enregistrer")])
def test_qts_file_dialog_reads_french(qtbot, french, mode, button):
    dialog = QFileDialog(None, "Exporter", "", "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own widgets, not the desktop's dialog
    dialog.setAcceptMode(mode)
    qtbot.addWidget(dialog)
    words = _words(dialog)
    assert {"Voir dans\u00a0:", "Nom de fichier\u00a0:", "Fichiers de type\u00a0:", button, "Annuler"} <= set(words)
    assert not [w for w in words if w in ("Look in:", "Files of type:", "File name:", "Cancel")]


def test_qts_file_dialog_stays_english_in_english(qtbot):
    install_translators("en")
    dialog = QFileDialog(None)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    assert {"Look in:", "Files of type:"} <= set(_words(dialog))


def test_message_box_buttons_read_french(qtbot, french):
    box = QMessageBox(QMessageBox.Icon.Question, "t", "t", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert [box.button(b).text().replace("&", "") for b in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No)] == ["Oui", "Non"]


def test_the_bundles_self_test_checks_the_french_file_dialog(qtbot):
    assert "file dialog in French" in check_translations("en")
