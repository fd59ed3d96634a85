"""Edit ▸ Preferences: every value is stored at OK, shown again, and changes what the owner sees; Cancel keeps all."""

import subprocess
from datetime import datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from socialdesk.domain.clock import fixed_clock
from socialdesk.storage.backups import list_backups, make_backup
from socialdesk.ui.calendar.post_dialog import PostDialog
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.preferences.dialog import PreferencesDialog

CLOCK = fixed_clock(datetime(2026, 11, 26, 9, 0))




def _open(window) -> PreferencesDialog:
    dialog = PreferencesDialog(window, window.store, CLOCK)
    dialog.show()
    return dialog


def _press(dialog, button):
    dialog.findChild(QDialogButtonBox).button(button).click()


def _choose(combo, value):
    combo.setCurrentIndex(combo.findData(value))


def _change_everything(dialog):
    general, calendar, printing = dialog.pages
    _choose(general.language, "fr")
    general.keep.setValue(3)
    _choose(calendar.first_weekday, 7)
    calendar.networks["instagram"].setChecked(True)
    calendar.networks["facebook"].setChecked(True)
    calendar.limits["x"].setValue(20)
    _choose(printing.paper, "letter")


def test_ok_stores_every_value_and_a_reopened_dialog_shows_them(window):
    dialog = _open(window)
    _change_everything(dialog)
    _press(dialog, QDialogButtonBox.StandardButton.Ok)
    settings = window.store.settings
    assert (settings.get("language"), settings.get("backups_keep"), settings.get("first_weekday"),
            sorted(settings.get("default_networks")), settings.get("paper")) == ("fr", 3, 7, ["facebook", "instagram"],
                                                                                 "letter")
    assert window.store.calendar.limits()["x"] == 20
    again = _open(window)
    general, calendar, printing = again.pages
    assert (general.language.currentData(), general.keep.value(), calendar.first_weekday.currentData(),
            printing.paper.currentData(), calendar.limits["x"].value()) == ("fr", 3, 7, "letter", 20)
    assert [k for k, box in calendar.networks.items() if box.isChecked()] == ["facebook", "instagram"]


def test_cancel_keeps_the_old_values(window):
    before = (window.store.settings.all(), window.store.calendar.limit_rows())
    dialog = _open(window)
    _change_everything(dialog)
    _press(dialog, QDialogButtonBox.StandardButton.Cancel)
    assert (window.store.settings.all(), window.store.calendar.limit_rows()) == before


def _through_the_menu(window, qtbot, change):
    """Edit ▸ Preferences… as the owner opens it (the modal dialog answered by a timer)."""
    def answer():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        change(dialog)
        _press(dialog, QDialogButtonBox.StandardButton.Ok)

    QTimer.singleShot(0, answer)
    window.preferences_action.trigger()


def test_edit_menu_opens_preferences_with_ctrl_comma(window):
    assert window.preferences_action.shortcut().toString() == "Ctrl+,"
    assert window.preferences_action in window.menuBar().actions()[1].menu().actions()


def test_a_sunday_start_moves_the_calendar_week(window, qtbot):
    window.show_tab(1)
    calendar = window.page("calendarTab").content
    _through_the_menu(window, qtbot, lambda d: _choose(d.pages[1].first_weekday, 7))
    assert calendar.days()[0].weekday() == 6  # Sunday


def _opened_post(monkeypatch, calendar, text=""):
    seen = {}

    def ask(cls, parent, post, store, *args, clock, **kwargs):
        dialog = PostDialog(parent, post, store, None, True, clock=clock)
        dialog.text_edit.setPlainText(text)
        seen["ticked"] = [k for k, box in dialog.network_boxes.items() if box.isChecked()]
        seen["counts"] = dialog.counts_label.text()
        dialog.deleteLater()
        return None

    monkeypatch.setattr(PostDialog, "ask", classmethod(ask))
    calendar.edits.new_post()
    return seen


def test_a_new_post_starts_on_the_default_networks(window, qtbot, monkeypatch):
    window.show_tab(1)
    calendar = window.page("calendarTab").content
    assert _opened_post(monkeypatch, calendar)["ticked"] == []
    _through_the_menu(window, qtbot, lambda d: [d.pages[1].networks[k].setChecked(True) for k in ("x", "instagram")])
    assert _opened_post(monkeypatch, calendar)["ticked"] == ["instagram", "x"]


def test_a_lower_limit_shows_the_post_over_it(window, qtbot, monkeypatch):
    window.show_tab(1)
    calendar = window.page("calendarTab").content
    _through_the_menu(window, qtbot, lambda d: d.pages[1].networks["x"].setChecked(True))
    assert "too many" not in _opened_post(monkeypatch, calendar, "a" * 100)["counts"]
    _through_the_menu(window, qtbot, lambda d: d.pages[1].limits["x"].setValue(80))
    assert "20 too many" in _opened_post(monkeypatch, calendar, "a" * 100)["counts"]


def _page_size(pdf) -> str:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return next(line for line in info.splitlines() if line.startswith("Page size"))


def test_the_checklist_prints_on_letter_once_chosen(window, qtbot, tmp_path):
    window.show_tab(2)
    rules = window.page("rulesTab").content
    assert "A4" in _page_size(rules.save_pdf(tmp_path / "a4.pdf"))
    _through_the_menu(window, qtbot, lambda d: _choose(d.pages[2].paper, "letter"))
    assert "612 x 792" in _page_size(rules.save_pdf(tmp_path / "letter.pdf"))


def test_backups_kept_follow_the_setting(window, qtbot):
    _through_the_menu(window, qtbot, lambda d: d.pages[0].keep.setValue(2))
    for hour in range(10, 14):
        make_backup(window.store.conn, window.store.path, datetime(2026, 11, 26, hour), "manual")
    kept = list_backups(window.store.path)
    assert [b.name.split("-")[2] for b in kept] == ["130000", "120000"]


def test_a_new_language_asks_for_the_window_in_it(window, qtbot):
    asked = []
    window.language_requested.connect(asked.append)
    _through_the_menu(window, qtbot, lambda d: _choose(d.pages[0].language, "fr"))
    assert asked == ["fr"] and window.store.settings.get("language") == "fr"
    _through_the_menu(window, qtbot, lambda d: d.pages[0].keep.setValue(4))
    assert asked == ["fr"]  # the language did not change: the window is not rebuilt


def test_french_chosen_in_preferences_rebuilds_the_window_in_french(controller, qtbot, tmp_path):
    assert controller.open(tmp_path / "shop.sqlite3")
    try:
        _through_the_menu(controller.window, qtbot, lambda d: _choose(d.pages[0].language, "fr"))
        titles = [a.text().replace("&", "") for a in controller.window.menuBar().actions()]
        assert titles[:2] == ["Fichier", "Édition"]
        assert [a.text() for a in controller.window.menuBar().actions()[1].menu().actions()][-1] == "&Préférences…"
    finally:
        install_translators("en")
