"""The wizard as an owner uses it: fill every step, leave, reopen, find everything again."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt, QTimer

from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.community import CommunityGroup
from socialdesk.domain.strategy import fields as f
from socialdesk.domain.strategy.fields import Step
from socialdesk.storage import open_store
from socialdesk.ui.common.bus import DataBus
from socialdesk.ui.strategy.autosave import DEBOUNCE_MS
from socialdesk.ui.strategy.tab import StrategyTab

SHOP = {"name": "Fleurs de Jade", "trade": "Fleuriste", "address": "3 place Sathonay", "postcode": "69001",
        "city": "Lyon", "phone": "04 72 00 00 01", "email": "jade@example.fr", "website": "https://fleurs.example",
        "languages": "français, English"}
HOURS = "Mar–dim 9 h–19 h"  # typed into the hours grid's line, read into the week

TODAY = date(2026, 11, 26)


def make_tab(qtbot, store):
    tab = StrategyTab(store, DataBus(), fixed_clock(TODAY))
    qtbot.addWidget(tab)
    tab.resize(1100, 760)
    tab.show()
    return tab


def type_into(qtbot, edit, text):
    """Type like the owner; QTest only types ASCII, so accents arrive as an input method would."""
    edit.setFocus()
    edit.selectAll()
    if text.isascii():
        for index, line in enumerate(text.split("\n")):
            if index:
                qtbot.keyClick(edit, Qt.Key.Key_Return)
            qtbot.keyClicks(edit, line)
    elif hasattr(edit, "insert"):
        edit.insert(text)
    else:
        edit.insertPlainText(text)


def fill_table(editor, rows):
    for values in rows:
        editor.add_button.click()
        row = editor.table.rowCount() - 1
        editor.table.closePersistentEditor(editor.table.item(row, 0))
        for col, value in enumerate(values):
            item = editor.table.item(row, col)
            if isinstance(value, bool):
                item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            elif isinstance(value, (int, QDate)):
                item.setData(Qt.ItemDataRole.EditRole, value)
            else:
                item.setText(value)


def fill_everything(qtbot, tab):
    tab.go_to(Step.SHOP)
    shop = tab.current_page()
    for name, value in SHOP.items():
        type_into(qtbot, shop.edits[name], value)
    type_into(qtbot, shop.hours_editor.typed, HOURS)
    qtbot.keyClick(shop.hours_editor.typed, Qt.Key.Key_Return)
    tab.go_to(Step.STAND)
    stand = tab.current_page()
    for binder, key in zip(stand.binders, f.STAND_KEYS):
        type_into(qtbot, binder.edit, f"texte {key} é")
    fill_table(stand.goals, [["30 avis Google", QDate(2027, 6, 1)]])
    tab.go_to(Step.COMMUNITY)
    community = tab.current_page()
    for binder, key in zip(community.binders, community.keys):
        binder.load("")
        binder.edit.setText(f"{key} ✓")
        binder.flush()
    fill_table(community.drivers[CommunityGroup.PRESCRIBERS], [["Lyon à croquer", "@lyonacroquer", "blog"]])
    fill_table(community.drivers[CommunityGroup.SUPPLIERS], [["Roseraie Guillot", "", "roses de mai"]])
    tab.go_next()
    for binder, key in zip(tab.current_page().binders, f.CONVERSATION_KEYS):
        type_into(qtbot, binder.edit, f"conv {key}")
    tab.go_next()
    listening = tab.current_page()
    listening.tools.boxes["mention"].click()
    type_into(qtbot, listening.other, "carnet")
    type_into(qtbot, listening.indicators, "avis\nmessages\ncommandes")
    tab.go_to(Step.CHANNELS)
    channels = tab.current_page()
    channels.spins["instagram"].setValue(4)
    channels.spins["pinterest"].setValue(1)
    fill_table(channels.pillars, [["Coulisses", 50, False], ["Bouquets", 30, False], ["Offres", 20, True]])
    channels.days.boxes["2"].click()
    type_into(qtbot, channels.handle, "fleursdejade")
    channels.reserve.boxes["tiktok"].click()
    channels.listings.boxes["apple"].click()
    tab.go_next()


def check_everything(tab):
    tab.go_to(Step.SHOP)
    assert {name: edit.text() for name, edit in tab.current_page().edits.items()} == SHOP
    grid = tab.current_page().hours_editor.rows
    assert grid[0].closed.isChecked() and grid[6].edits[1].time().hour() == 19
    tab.go_to(Step.STAND)
    stand = tab.current_page()
    assert [b.value() for b in stand.binders] == [f"texte {k} é" for k in f.STAND_KEYS]
    assert stand.goals.rows() == [["30 avis Google", QDate(2027, 6, 1)]]
    tab.go_to(Step.COMMUNITY)
    community = tab.current_page()
    assert [b.value() for b in community.binders] == [f"{k} ✓" for k in community.keys]
    assert community.drivers[CommunityGroup.PRESCRIBERS].rows() == [["Lyon à croquer", "@lyonacroquer", "blog"]]
    tab.go_to(Step.CONVERSATIONS)
    assert [b.value() for b in tab.current_page().binders] == [f"conv {k}" for k in f.CONVERSATION_KEYS]
    tab.go_to(Step.LISTENING)
    listening = tab.current_page()
    assert listening.tools.keys() == ["mention"]
    assert listening.indicators.toPlainText() == "avis\nmessages\ncommandes"
    tab.go_to(Step.CHANNELS)
    channels = tab.current_page()
    assert channels.spins["instagram"].value() == 4 and channels.spins["pinterest"].value() == 1
    assert channels.pillars.rows() == [["Coulisses", 50, False], ["Bouquets", 30, False], ["Offres", 20, True]]
    assert channels.days.keys() == ["2"] and channels.reserve.keys() == ["tiktok"]
    assert channels.listings.keys() == ["apple"] and channels.handle.text() == "fleursdejade"


def test_fill_every_step_leave_and_find_everything(qtbot, tmp_path):
    path = tmp_path / "shop.sqlite3"
    store = open_store(path)
    tab = make_tab(qtbot, store)
    fill_everything(qtbot, tab)
    assert tab.progress.value() == 7  # the six steps and the summary
    tab.close()
    store.close()
    again = open_store(path)
    try:
        check_everything(make_tab(qtbot, again))
        assert again.shop.get().languages == ["français", "English"]
    finally:
        again.close()


def test_typing_is_saved_after_a_short_pause(qtbot, store):
    tab = make_tab(qtbot, store)
    tab.go_to(Step.CONVERSATIONS)
    binder = tab.current_page().binders[1]
    qtbot.keyClicks(binder.edit, "la galette")
    assert store.strategy.text(f.CONV_TOPICS) == ""  # not on every key stroke
    pause = binder.findChild(QTimer)
    assert pause.isActive() and pause.interval() == DEBOUNCE_MS
    pause.timeout.emit()  # the short pause has passed
    assert store.strategy.text(f.CONV_TOPICS) == "la galette"


def test_closing_right_after_typing_loses_nothing(qtbot, store):
    tab = make_tab(qtbot, store)
    tab.go_to(Step.STAND)
    edit = tab.current_page().binders[0].edit
    edit.setFocus()
    qtbot.keyClicks(edit, "Pain au levain")
    tab.close()
    assert store.strategy.text(f.STAND_MESSAGES) == "Pain au levain"


def test_only_the_name_is_needed_and_empty_steps_show_as_such(qtbot, store):
    tab = make_tab(qtbot, store)
    type_into(qtbot, tab.current_page().edits["name"], "Hôtel du Parc")
    tab.go_to(Step.SUMMARY)
    summary = tab.current_page()
    text = summary.view.toPlainText()
    assert "Hôtel du Parc" in text
    assert text.count("(left empty)") >= 5
    assert tab.progress.value() == 1


def test_keyboard_only_moves_between_steps_and_into_the_fields(qtbot, store):
    tab = make_tab(qtbot, store)
    with qtbot.waitActive(tab):
        tab.activateWindow()
    tab.steps.setFocus()
    qtbot.keyClick(tab.steps, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert tab.stack.currentIndex() == 1
    assert tab.focusWidget() is tab.current_page().binders[0].edit
    qtbot.keyClicks(tab.focusWidget(), "Des fleurs locales")
    qtbot.keyClick(tab.focusWidget(), Qt.Key.Key_Tab)  # leaving the field saves it at once
    assert store.strategy.text(tab.current_page().keys[0]) == "Des fleurs locales"  # step 2: the community
    assert tab.focusWidget() is tab.current_page().binders[1].edit
    qtbot.keyClick(tab.focusWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert tab.stack.currentIndex() == 0


def test_review_keeps_the_old_version_read_only(qtbot, store, monkeypatch):
    from socialdesk.ui.strategy import versions_bar

    tab = make_tab(qtbot, store)
    tab.go_to(Step.CONVERSATIONS)
    type_into(qtbot, tab.current_page().binders[0].edit, "le marché du dimanche")
    monkeypatch.setattr(versions_bar.ReviewConfirm, "ask", classmethod(lambda cls, parent: True))
    tab.versions.review_button.click()
    assert tab.versions.combo.count() == 2
    edit = tab.current_page().binders[0].edit
    type_into(qtbot, edit, "le marché du samedi")
    tab.versions.combo.setCurrentIndex(0)
    old_edit = tab.current_page().binders[0].edit
    assert old_edit.toPlainText() == "le marché du dimanche" and old_edit.isReadOnly()
    assert not tab.versions.review_button.isEnabled()
    assert "older version" in tab.versions.banner.text()
    tab.versions.combo.setCurrentIndex(1)
    assert not edit.isReadOnly() and edit.toPlainText() == "le marché du samedi"
    assert store.strategy.versions()[0].reviewed_on == TODAY


def test_summary_of_an_old_version_cannot_be_applied(qtbot, store):
    store.strategy.start_review(date(2027, 1, 4))
    tab = make_tab(qtbot, store)
    tab.go_to(Step.SUMMARY)
    tab.versions.combo.setCurrentIndex(0)
    assert not tab.current_page().apply_button.isEnabled()
    assert "read-only" in tab.current_page().view.toPlainText()


@pytest.mark.parametrize("count, words", [(2, "so far"), (4, "keep up"), (6, "more than 5")])
def test_indicator_count_guides_toward_three_to_five(qtbot, store, count, words):
    tab = make_tab(qtbot, store)
    tab.go_to(Step.LISTENING)
    page = tab.current_page()
    page.indicators.setPlainText("\n".join(f"indicateur {i}" for i in range(count)))
    assert words in page.count_label.text()


def test_selling_more_than_twenty_percent_is_flagged(qtbot, store):
    tab = make_tab(qtbot, store)
    tab.go_to(Step.CHANNELS)
    page = tab.current_page()
    fill_table(page.pillars, [["Nos pains", 50, False], ["Promotions", 50, True]])
    assert "More than 20 %" in page.mix_hint.text()
    assert "50 %" in page.mix_hint.text()


def test_french_is_complete_and_used(qtbot, store):
    import xml.etree.ElementTree as ET

    from socialdesk.paths import resource
    from socialdesk.ui.i18n import install_translators

    catalogue = ET.parse(resource("translations") / "strategy_fr.ts")
    for message in catalogue.getroot().iter("message"):
        translation = message.find("translation")
        words = "".join(form.text or "" for form in translation.iter("numerusform")) or translation.text or ""
        assert translation.get("type") is None and words.strip(), message.find("source").text
    assert "strategy_fr" in install_translators("fr")
    try:
        tab = make_tab(qtbot, store)
        tab.go_to(Step.SUMMARY)
        assert tab.steps.item(0).text().endswith("1. La boutique")
        assert "laissé vide" in tab.current_page().view.toPlainText()
        assert tab.position.text() == "Étape 7 sur 7"
    finally:
        install_translators("en")


def test_a_goal_is_added_with_the_keyboard_only(qtbot, store):
    tab = make_tab(qtbot, store)
    with qtbot.waitActive(tab):
        tab.activateWindow()
    tab.go_to(Step.STAND)
    goals = tab.current_page().goals
    goals.add_button.setFocus()
    qtbot.keyClick(goals.add_button, Qt.Key.Key_Space)
    editor = tab.focusWidget()
    assert editor is not goals.add_button  # the new row's first cell is being edited
    qtbot.keyClicks(editor, "20 avis Google")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits the editor's text from its event loop
    qtbot.waitUntil(lambda: [g.text for g in store.strategy.load().goals] == ["20 avis Google"], timeout=1000)
    qtbot.keyClick(goals.table, Qt.Key.Key_Tab)
    assert tab.focusWidget() is not goals.table  # Tab leaves the table



def test_quitting_while_a_cell_is_being_edited_keeps_its_text(qtbot, store):
    tab = make_tab(qtbot, store)
    with qtbot.waitActive(tab):
        tab.activateWindow()
    tab.go_to(Step.COMMUNITY)
    drivers = tab.current_page().drivers[CommunityGroup.SUPPLIERS]
    drivers.add_button.click()
    qtbot.keyClicks(tab.focusWidget(), "Moulin Perrin")
    tab.flush()  # what quitting the application does, with the cell editor still open
    assert [d.name for d in store.strategy.load().drivers] == ["Moulin Perrin"]
    tab.close()
    assert len(store.strategy.load().drivers) == 1


def test_a_change_from_elsewhere_shows_without_losing_typing(qtbot, store):
    from socialdesk.domain.shop import ShopCard

    bus = DataBus()
    tab = StrategyTab(store, bus, fixed_clock(TODAY))
    qtbot.addWidget(tab)
    tab.show()
    shop_page = tab.current_page()
    shop_page.edits["phone"].setFocus()
    qtbot.keyClicks(shop_page.edits["phone"], "04 72")
    card = store.shop.get()
    store.shop.save(ShopCard(**{**card.__dict__, "website": "https://lea.example"}))
    bus.publish(store.shop.save(store.shop.get()), None)  # e.g. the presence tab fixed the website
    assert shop_page.edits["website"].text() == "https://lea.example"
    assert shop_page.edits["phone"].text() == "04 72" and store.shop.get().phone == "04 72"
