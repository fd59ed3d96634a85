"""Opening hours as the owner sees them: the grid on the shop page, each listing's hours on the consistency page."""

import subprocess
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QTime

from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.hours.model import Span
from socialdesk.ui.common.hours_editor import CLOSE
from socialdesk.storage.demo import seed_demo
from socialdesk.ui.presence import tab as tab_module
from socialdesk.ui.presence.tab import PresenceTab
from socialdesk.ui.strategy.page_base import Writer
from socialdesk.ui.strategy.page_shop import ShopPage

TODAY = date(2026, 12, 3)


@pytest.fixture
def demo_store(store):
    seed_demo(store, TODAY)
    return store


@pytest.fixture
def shop_page(qtbot, demo_store, bus):
    from PySide6.QtWidgets import QWidget

    host = QWidget()
    qtbot.addWidget(host)
    page = ShopPage(Writer(demo_store, bus, fixed_clock(TODAY), host), host)
    page.load(demo_store.strategy.load(), demo_store.shop.get(), False)
    return page


@pytest.fixture
def consistency(qtbot, demo_store, bus, monkeypatch):
    monkeypatch.setattr(tab_module, "qr_page_available", lambda: False)
    tab = PresenceTab(demo_store, bus, fixed_clock(TODAY))
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    return tab


def _row(page, key):
    return next(n for n, c in enumerate(page.model.checks) if c.listing.platform_key == key)


def test_the_grid_shows_the_demo_week_and_saves_a_closed_saturday(shop_page, demo_store, qtbot):
    grid = shop_page.hours_editor
    assert grid.rows[0].closed.isChecked()  # Monday
    assert grid.rows[1].edits[2].time() == QTime(15, 30) and grid.rows[1].second.isChecked()
    qtbot.mouseClick(grid.rows[5].closed, Qt.MouseButton.LeftButton)
    card = demo_store.shop.get()
    assert card.hours.week[5] == ()
    assert card.opening_hours == "Tue–Fri 7am–1pm, 3:30pm–7:30pm; Sun 7am–1pm; Mon, Sat closed"


def test_copy_tuesday_fills_the_other_open_days_only(shop_page, demo_store, qtbot):
    grid = shop_page.hours_editor
    grid.rows[1].second.setChecked(False)
    grid.rows[1].edits[1].setTime(QTime(18, 0))
    qtbot.mouseClick(grid.copy_button, Qt.MouseButton.LeftButton)
    week = demo_store.shop.get().hours.week
    assert week[0] == ()  # Monday stays closed
    assert all(week[day] == (Span(7 * 60, 18 * 60),) for day in range(1, 7))


def test_a_range_that_ends_before_it_starts_is_not_saved_and_said(shop_page, demo_store):
    grid = shop_page.hours_editor
    before = demo_store.shop.get().hours
    grid.rows[2].edits[1].setTime(QTime(6, 30))  # 7:00 to 6:30: after 6:00, no night close
    assert demo_store.shop.get().hours == before
    assert "Wednesday" in grid.problem.text() and "ends before it starts" in grid.problem.text()


def test_typed_hours_fill_the_grid_or_say_what_was_not_read(shop_page, demo_store, qtbot, monkeypatch):
    grid = shop_page.hours_editor
    monkeypatch.setattr(grid, "ask_other_days", lambda *_: CLOSE)  # the demo's weekend is open: close it
    grid.typed.setText("lun-ven 9h-12h, 14h-18h")
    qtbot.mouseClick(grid.read_button, Qt.MouseButton.LeftButton)
    assert demo_store.shop.get().hours.week[0] == (Span(540, 720), Span(840, 1080))
    grid.typed.setText("lun-ven 9h-12h sauf août")
    qtbot.mouseClick(grid.read_button, Qt.MouseButton.LeftButton)
    assert "“août” is not a day" in grid.problem.text()  # "sauf" is read now; a month is not
    assert demo_store.shop.get().hours.week[0] == (Span(540, 720), Span(840, 1080))


@pytest.mark.parametrize("language, said", [
    ("en", "“6-10” could be morning or afternoon: add am or pm"),
    ("fr", "«\u00a06-10\u00a0» peut être le matin ou l'après-midi\u00a0: écrivez l'heure sur 24 heures"),
])
def test_typed_english_hours_take_the_ends_pm_and_an_ambiguous_hour_is_said_not_stored(
        shop_page, demo_store, qtbot, language, said, monkeypatch):
    from socialdesk.ui.i18n import install_translators

    install_translators(language)
    grid = shop_page.hours_editor
    monkeypatch.setattr(grid, "ask_other_days", lambda *_: CLOSE)  # the other days are closed, as asked
    grid.typed.setText("Sun 1-5pm")
    qtbot.mouseClick(grid.read_button, Qt.MouseButton.LeftButton)
    assert demo_store.shop.get().hours.week[6] == (Span(13 * 60, 17 * 60),)  # not 1 am
    grid.typed.setText("Sat 6-10, Sun 1-5pm")
    qtbot.mouseClick(grid.read_button, Qt.MouseButton.LeftButton)
    assert said in grid.problem.text()
    assert demo_store.shop.get().hours.week[5] == ()  # neither 6 am nor 6 pm is stored


def test_the_consistency_page_says_which_days_a_listing_shows_otherwise(consistency):
    page = consistency.consistency
    apple, google = _row(page, "apple"), _row(page, "google_business")
    assert page.model.index(apple, 4).data() == "✗ Differs"
    assert page.model.index(google, 4).data() == "✓ Agrees"
    page.table.selectRow(apple)
    details = page.details.toPlainText()
    assert "Apple Business Connect says Mon 9am–noon, the shop says Mon closed" in details
    assert "says Tue–Sat 7am–7:30pm, the shop says Tue–Sat 7am–1pm, 3:30pm–7:30pm" in details
    assert "Tue–Sat 7am–1pm, 3:30pm–7:30pm; Sun 7am–1pm; Mon closed" in page.card_label.text()


def test_typing_the_listings_right_hours_makes_it_match(consistency, demo_store, qtbot):
    listings = consistency.listings
    for row in range(listings.model.rowCount()):
        if listings.model.listing_at(row).platform_key == "apple":
            listings.select_row(row)
    form = listings.form
    form.nap_hours.setText("Tue-Sat 7am-1pm, 3:30pm-7:30pm; Sun 7am-1pm")
    form.nap_hours.editingFinished.emit()
    assert demo_store.presence.listing_for("apple").nap_hours.startswith("Tue-Sat")
    page = consistency.consistency
    assert page.model.index(_row(page, "apple"), 4).data() == "✓ Agrees"
    form.nap_hours.setText("sur rendez-vous")
    form.nap_hours.editingFinished.emit()
    page.table.selectRow(_row(page, "apple"))
    assert page.model.index(_row(page, "apple"), 4).data().startswith("✗")
    assert "could not be read" in page.details.toPlainText()


def test_the_demo_has_the_august_leave_the_february_works_and_its_holiday_answers(demo_store):
    works, leave = demo_store.calendar.closures.closures()
    assert (works.first, works.last, leave.first, leave.last) == (date(2027, 2, 15), date(2027, 2, 20),
                                                                  date(2027, 8, 3), date(2027, 8, 23))
    assert works.first.weekday() == 0 and works.last.weekday() == 5  # Monday to Saturday
    assert leave.reason in ("Congés annuels", "Annual leave")  # in the demo's language (test_calendar_holiday_cover)
    assert works.reason in ("Travaux : nouveau four", "Works: new oven")
    answers = {e.day: e.spans for e in demo_store.shop.get().hours.exceptions}
    assert answers == {date(2026, 12, 25): (Span(7 * 60, 13 * 60),), date(2027, 1, 1): ()}  # open the morning; closed


@pytest.mark.parametrize("language, week, closed", [
    ("en", "Tue–Sat 7am–1pm, 3:30pm–7:30pm", "Mon closed"),
    ("fr", "mar.–sam. 7 h–13 h, 15 h 30–19 h 30", "lun. fermé"),
])
def test_the_door_sign_prints_the_week_written_out(qapp, tmp_path, monkeypatch, language, week, closed):
    from socialdesk.cli import main
    from socialdesk.storage.demo import build_demo_file

    from socialdesk.ui.i18n import install_translators

    monkeypatch.setenv("LANGUAGE", language)
    db = tmp_path / "demo.sqlite3"
    build_demo_file(db, TODAY, language).close()
    out = tmp_path / "door.pdf"
    try:
        assert main(["print-cards", "-o", str(out), "--template", "door-a5", "--db", str(db)]) == 0
    finally:
        install_translators("en")  # the command installed its language's catalogues in this process
    text = subprocess.run(["pdftotext", str(out), "-"], check=True, capture_output=True, text=True).stdout
    text = text.replace("\u00a0", " ")
    assert week in text and closed in text


def test_copy_tuesday_when_tuesday_is_closed_is_disabled_and_never_closes_the_week(shop_page, demo_store, qtbot):
    grid = shop_page.hours_editor
    grid.typed.setText("mer-dim 9h-12h30, 14h30-19h30 ; lun, mar fermé")
    qtbot.mouseClick(grid.read_button, Qt.MouseButton.LeftButton)
    assert not grid.copy_button.isEnabled()
    assert "Tuesday is closed" in grid.copy_button.toolTip()
    grid.copy_tuesday()  # even called directly (a shortcut), open days stay open
    week = demo_store.shop.get().hours.week
    assert all(week[day] == (Span(540, 750), Span(870, 1170)) for day in range(2, 7))
    grid.rows[1].closed.setChecked(False)
    assert grid.copy_button.isEnabled() and grid.copy_button.toolTip() == ""


@pytest.mark.parametrize("today", [date(2027, 1, 1), date(2027, 2, 9), date(2027, 2, 16), date(2027, 12, 26)])
def test_the_demos_closures_and_answers_are_the_coming_ones_whatever_the_day(store, today):
    seed_demo(store, today)
    works = next(c for c in store.calendar.closures.closures() if c.first.month == 2)
    assert today <= works.first < today + timedelta(days=366) and works.first.weekday() == 0 and works.days == 6
    answers = sorted(e.day for e in store.shop.get().hours.exceptions)
    assert all(today <= day < today + timedelta(days=366) for day in answers)
    assert sorted((day.month, day.day) for day in answers) == [(1, 1), (12, 25)]


def test_a_shop_with_no_hours_yet_is_told_so_not_shown_closed_all_week(qtbot):
    """Attack 37, L5: a new file's grid showed every day ticked « Closed » while the calendar closed none."""
    from socialdesk.ui.common.hours_editor import HoursEditor

    grid = HoursEditor()
    qtbot.addWidget(grid)
    assert all(row.closed.isChecked() for row in grid.rows)
    assert "No opening hours yet" in grid.problem.text()
    grid.rows[2].closed.setChecked(False)  # Wednesday opens: the week is given
    assert grid.problem.text() == ""
    grid.rows[2].closed.setChecked(True)
    assert "No opening hours yet" in grid.problem.text()
