"""Any JSON value stored for a setting (a file edited by hand or by another version) opens every window on defaults."""

import json
import sqlite3
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.networks import NETWORKS
from socialdesk.domain.settings import DEFAULTS
from socialdesk.tabs import TAB_KEYS
from socialdesk.ui.calendar.post_dialog import PostDialog
from socialdesk.ui.common.bus import DataBus
from socialdesk.ui.main_window import MainWindow
from socialdesk.ui.preferences.dialog import PreferencesDialog

CLOCK = fixed_clock(datetime(2026, 11, 26, 9, 0))
JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
                    max_leaves=6)
NEAR = st.sampled_from(["", "fr", "en", "de", "a4", "letter", 0, 1, 6, 7, 8, -1, 10, 100, 101, 3.0, True, "10",
                        ["x", "instagram"], ["x", 5], [], {}, None, "calendar", "abc"])
ODD = NEAR | JSON
TOUCHED = {"max_examples": 40, "deadline": None, "suppress_health_check": [HealthCheck.function_scoped_fixture]}


def _whole(value) -> bool:
    return type(value) is int  # noqa: E721 - a bool is not a count


def _expected(key, value):
    """What the owner should see, written out by hand: a value the dialog could have stored, else the default."""
    fits = {"language": value in ("", "en", "fr") if isinstance(value, str) else False,
            "backups_keep": _whole(value) and 1 <= value <= 100,
            "first_weekday": _whole(value) and 0 <= value <= 7,
            "paper": value in ("a4", "letter") if isinstance(value, str) else False,
            "default_networks": isinstance(value, list) and all(isinstance(k, str) for k in value)}[key]
    return value if fits else DEFAULTS[key]


def _store_raw(path, key, value):
    """Written by a second sqlite3 connection, as another program or an older version would."""
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, json.dumps(value)))
    conn.close()




def _shown_in_preferences(window) -> dict:
    dialog = PreferencesDialog(window, window.store, CLOCK)
    try:
        general, calendar, printing = dialog.pages
        return {"language": general.language.currentData(), "backups_keep": general.keep.value(),
                "first_weekday": calendar.first_weekday.currentData(), "paper": printing.paper.currentData(),
                "default_networks": [k for k, box in calendar.networks.items() if box.isChecked()]}
    finally:
        dialog.deleteLater()


def _ticked_in_a_new_post(window, monkeypatch) -> list[str]:
    seen = []

    def ask(cls, parent, post, store, *args, clock, **kwargs):
        dialog = PostDialog(parent, post, store, None, True, clock=clock)
        seen.extend(k for k, box in dialog.network_boxes.items() if box.isChecked())
        dialog.deleteLater()
        return None

    monkeypatch.setattr(PostDialog, "ask", classmethod(ask))
    window.page("calendarTab").content.edits.new_post()
    return seen


@pytest.mark.parametrize("key", ["language", "backups_keep", "first_weekday", "paper", "default_networks"])
@settings(**TOUCHED)
@given(value=ODD)
def test_any_stored_value_opens_preferences_and_a_new_post_on_the_default(window, monkeypatch, key, value):
    _store_raw(window.store.path, key, value)
    expected = _expected(key, value)
    shown = _shown_in_preferences(window)[key]
    if key == "default_networks":
        expected = [net.key for net in NETWORKS if net.key in expected]
    assert shown == expected
    window.show_tab(1)
    ticked = _ticked_in_a_new_post(window, monkeypatch)
    assert ticked == (expected if key == "default_networks" else [])


@pytest.mark.parametrize("key, raw", [("backups_keep", '"abc"'), ("backups_keep", "null"), ("default_networks", "5"),
                                      ("paper", "[1]"), ("language", "{}"), ("first_weekday", '"7"')])
def test_ctrl_comma_opens_preferences_on_an_odd_value_and_ok_stores_the_default(window, key, raw):
    with sqlite3.connect(window.store.path) as conn:
        conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, raw))
    conn.close()
    opened = []

    def answer():
        dialog = QApplication.activeModalWidget()
        opened.append(isinstance(dialog, PreferencesDialog))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, answer)
    window.preferences_action.trigger()
    assert opened == [True]
    assert window.store.settings.get(key) == DEFAULTS[key]


@pytest.mark.parametrize("key", ["window_geometry", "window_state", "last_tab"])
@settings(**{**TOUCHED, "max_examples": 15})
@given(value=ODD | st.sampled_from(list(TAB_KEYS)))
def test_any_stored_window_value_opens_the_window(qtbot, file_store, key, value):
    _store_raw(file_store.path, key, value)
    win = MainWindow(file_store, DataBus(), CLOCK)
    qtbot.addWidget(win)
    expected = TAB_KEYS.index(value) if key == "last_tab" and value in TAB_KEYS else 0
    if key == "last_tab" and _whole(value) and 0 <= value < len(TAB_KEYS):
        expected = value
    assert win.tabs.currentIndex() == expected
    win.close()
