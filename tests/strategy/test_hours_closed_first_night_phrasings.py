"""Typed hours that start with the closed days, close after midnight, or use a sign's short forms (attack 1517c)."""

import subprocess
from dataclasses import replace

import pytest
from PySide6.QtCore import QTime

from socialdesk.domain.hours.compare import HoursState, check_hours
from socialdesk.domain.hours.model import HoursRefused, OpeningHours, Span, day_problem, from_json, to_json
from socialdesk.domain.hours.parse import parse_hours
from socialdesk.domain.hours.words import format_hours


def _h(hour: float) -> int:
    return round(hour * 60)


def _days(names: str, *spans: tuple[float, float]) -> dict:
    return {name: [Span(_h(a), _h(b)) for a, b in spans] for name in names.split()}


def _week(**days) -> tuple:
    return tuple(tuple(days.get(name, ())) for name in ("mon", "tue", "wed", "thu", "fri", "sat", "sun"))


TUE_SAT_9_19 = _week(**_days("tue wed thu fri sat", (9, 19)))
MON_FRI_9_18 = _week(**_days("mon tue wed thu fri", (9, 18)))
FRI_NIGHT = _week(fri=[Span(_h(18), _h(26))])  # 18:00 to 2:00 the next morning


@pytest.mark.parametrize("typed", [
    "Fermé dimanche. Mardi-samedi 9h-19h",
    "Fermé le dimanche et le lundi. Du mardi au samedi : 9 h – 19 h",
    "Closed Sunday. Tue-Sat 9-7",
    "Closed Sunday; Tue-Sat 9-7",
    "Fermé dimanche et lundi\nMardi-samedi 9h-19h",
    "Mardi-samedi 9h-19h. Fermé dimanche et lundi",  # the other order, read before too
    "Tue-Sat 9-7. Closed Sun & Mon.",
    "Closed Sun. Tue-Sat 9-7",  # the abbreviation's full stop: the days not joined by "and" take the hours
    "Fermé dim. et lun. Mar-sam 9h-19h",
])
def test_hours_that_start_with_the_closed_days_are_read(typed):  # D1
    assert parse_hours(typed).week == TUE_SAT_9_19


@pytest.mark.parametrize("typed", [
    "Fermé dimanche, lundi. Mardi-samedi 9h-19h",
    "Fermé le dimanche, le lundi. Mardi-samedi 9h-19h",
    "Fermé : dimanche, lundi\nMardi-samedi : 9h-19h",
    "Closed Sunday, Monday. Tuesday-Saturday 9am-7pm",
    "Closed: Sun, Mon. Tue-Sat 9-7",
    "Closed Sunday, Monday\nTuesday-Saturday 9am-7pm",
])
def test_a_comma_list_of_closed_days_closes_every_day_of_it(typed):  # 17e N9: Monday was opened 9–19
    assert parse_hours(typed).week == TUE_SAT_9_19


@pytest.mark.parametrize("typed", ["Fermé dimanche, lundi et mardi. Mercredi-samedi 9h-19h",
                                   "Closed Sunday, Monday and Tuesday. Wednesday-Saturday 9am-7pm"])
def test_a_comma_list_ending_with_and_closes_all_three(typed):
    assert parse_hours(typed).week == _week(**_days("wed thu fri sat", (9, 19)))


@pytest.mark.parametrize("typed", ["Fermé dimanche, lundi. Lundi-samedi 9h-19h",
                                   "Closed Sunday, Monday. Monday-Saturday 9am-7pm"])
def test_a_day_said_closed_then_given_hours_is_refused_as_said_twice(typed):
    with pytest.raises(HoursRefused) as refused:
        parse_hours(typed)
    assert refused.value.code == "day_twice" and refused.value.days == (0,)


@pytest.mark.parametrize("typed", ["Fermé dim & lun 9h-19h", "Fermé 9h-19h"])
def test_hours_after_closed_days_joined_by_and_are_still_refused(typed):
    with pytest.raises(HoursRefused) as refused:
        parse_hours(typed)
    assert refused.value.code == "unknown_word" and refused.value.words == "9h"


@pytest.mark.parametrize("typed, week", [
    ("vendredi 18h-2h", FRI_NIGHT),
    ("Friday 6pm-2am", FRI_NIGHT),
    ("Fri 18:00–02:00", FRI_NIGHT),
    ("Sat 19:00–01:00", _week(sat=[Span(_h(19), _h(25))])),
    ("ven.-sam. 19h-minuit", _week(**_days("fri sat", (19, 24)))),  # midnight stays the end of the day
    ("mar-sam 12h-14h30, 19h-1h", _week(**_days("tue wed thu fri sat", (12, 14.5), (19, 25)))),
])
def test_a_bar_closing_after_midnight_is_kept_as_the_next_morning(typed, week):  # D2
    assert parse_hours(typed).week == week


@pytest.mark.parametrize("typed, code", [
    ("Fri 10pm-8am", "ends_before_start"),  # after 6:00 the next morning: a slip, not a night
    ("sam 14h-13h", "ends_before_start"),
    ("Sat 2-4am", "ambiguous_hour"),  # a night opening is never read from a bare hour
    ("mar-sam 19h-1h, 20h-23h", "ranges_overlap"),
])
def test_a_night_range_is_no_licence_for_any_range(typed, code):
    with pytest.raises(HoursRefused) as refused:
        parse_hours(typed)
    assert refused.value.code == code


@pytest.mark.parametrize("language, written", [
    ("fr", "ven. 18\u00a0h–2\u00a0h\u202f; lun.–jeu., sam.–dim. fermé"),
    ("en", "Fri 6pm–2am; Mon–Thu, Sat–Sun closed"),
])
def test_a_night_range_is_written_as_the_clock_shows_it_and_read_back(language, written):
    hours = OpeningHours(FRI_NIGHT)
    assert format_hours(hours, language) == written
    assert parse_hours(written) == hours
    assert from_json(to_json(hours)) == hours


def test_googles_6pm_to_2am_agrees_with_the_shops_night_and_a_1am_close_differs():
    shop = OpeningHours(FRI_NIGHT)
    assert check_hours(shop, "Friday\t6\u202fPM–2\u202fAM").state is HoursState.MATCH
    assert check_hours(shop, "Friday\t6\u202fPM–1\u202fAM").state is HoursState.DIFFERENT


def test_a_span_past_six_the_next_morning_or_longer_than_a_day_is_refused_by_the_model():
    assert day_problem((Span(_h(18), _h(26)),)) is None
    assert day_problem((Span(_h(18), _h(31)),)) == "out_of_day"
    assert day_problem((Span(_h(2), _h(27)),)) == "ends_before_start"


@pytest.mark.parametrize("typed, week", [
    ("Mar. à Sam. 9h/19h", TUE_SAT_9_19),
    ("mardi-samedi 9h/12h 14h/19h", _week(**_days("tue wed thu fri sat", (9, 12), (14, 19)))),
    ("samedi matin 9h-12h", _week(sat=[Span(_h(9), _h(12))])),
    ("lundi au vendredi 9h-18h, samedi matin 9h-12h",
     _week(**_days("mon tue wed thu fri", (9, 18)), sat=[Span(_h(9), _h(12))])),
    ("mardi-samedi 9h-19h sans interruption", TUE_SAT_9_19),
    ("Tue-Sat 9-7 non-stop", TUE_SAT_9_19),
    ("9h-18h en semaine", MON_FRI_9_18),
    ("Weekdays 9-6pm", MON_FRI_9_18),
    ("Mo-Fr 09:00-18:00", MON_FRI_9_18),
    ("Lu-Ve 9h-18h", MON_FRI_9_18),
    ("Lun-Ven 9h-18h", MON_FRI_9_18),
    ("Tu-Sa 9-7", TUE_SAT_9_19),
    ("Ma-Sa 9h-19h", TUE_SAT_9_19),
    ("Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00",
     _week(**_days("mon tue wed thu fri", (9, 12), (14, 18)), sat=[Span(_h(9), _h(12))])),
])
def test_common_sign_phrasings_are_read(typed, week):  # D3
    assert parse_hours(typed).week == week


def test_a_morning_without_its_hours_is_refused_and_said_not_guessed(qapp):
    from socialdesk.ui.common.hours_words import refusal_text
    from socialdesk.ui.i18n import install_translators

    with pytest.raises(HoursRefused) as refused:
        parse_hours("lundi-vendredi 9h-19h, samedi matin")
    assert refused.value.code == "part_of_day" and refused.value.days == (5,)
    assert "“matin”" in refusal_text(refused.value) and "Saturday" in refusal_text(refused.value)
    install_translators("fr")
    assert refusal_text(refused.value) == ("Samedi «\u00a0matin\u00a0»\u00a0: donnez ses horaires (par exemple "
                                           "«\u00a0sam. 9 h–12 h\u00a0»)\u202f; SocialDesk ne les devine pas.")


@pytest.fixture
def grid(qtbot):
    from socialdesk.ui.common.hours_editor import HoursEditor

    editor = HoursEditor()
    qtbot.addWidget(editor)
    return editor


def test_the_grid_shows_a_night_close_as_the_clock_and_keeps_it(grid, qtbot):
    grid.typed.setText("Fermé dimanche et lundi. Mardi-jeudi 9h/19h ; vendredi-samedi 18h-2h")
    with qtbot.waitSignal(grid.changed) as sent:
        grid.read_typed()
    assert sent.args[0].week[4] == (Span(_h(18), _h(26)),)
    assert grid.rows[4].edits[1].time() == QTime(2, 0)
    grid.rows[3].edits[0].setTime(QTime(19, 0))  # Thursday 19:00 to … 1:00 typed in the grid
    with qtbot.waitSignal(grid.changed) as sent:
        grid.rows[3].edits[1].setTime(QTime(1, 0))
    assert sent.args[0].week[3] == (Span(_h(19), _h(25)),) and grid.problem.text() == ""
    grid.rows[3].edits[1].setTime(QTime(7, 0))  # after 6:00 the next morning: a slip, said
    assert "ends before it starts" in grid.problem.text()


@pytest.mark.parametrize("language, line", [("fr", "ven.–sam. 18 h–2 h"), ("en", "Fri–Sat 6pm–2am")])
def test_the_door_sign_prints_a_night_close_as_the_clock_shows_it(qapp, tmp_path, monkeypatch, language, line):
    from datetime import date

    from socialdesk.cli import main
    from socialdesk.storage.demo import build_demo_file
    from socialdesk.ui.i18n import install_translators

    monkeypatch.setenv("LANGUAGE", language)
    db = tmp_path / "bar.sqlite3"
    store = build_demo_file(db, date(2026, 12, 3), language)
    night = OpeningHours(_week(**_days("tue wed thu", (18, 24)), **_days("fri sat", (18, 26))))
    store.shop.save(replace(store.shop.get(), hours=night, opening_hours=format_hours(night, language)))
    store.close()
    out = tmp_path / "door.pdf"
    try:
        assert main(["print-cards", "-o", str(out), "--template", "door-a5", "--db", str(db)]) == 0
    finally:
        install_translators("en")
    text = subprocess.run(["pdftotext", str(out), "-"], check=True, capture_output=True, text=True).stdout
    assert line in text.replace("\u00a0", " ")
