"""The checklist around New Year: ISO week 53 and monthly rules on both sides of it."""

from datetime import date, datetime

import pytest
from PySide6.QtGui import QColor, QPalette

from socialdesk.domain.rules.model import LAST_WEEK_OF_MONTH, Frequency, Rule
from socialdesk.domain.weeks import IsoWeek
from socialdesk.domain.rules.scores import done_keys, week_score
from socialdesk.storage.rules.demo import seed_demo
from socialdesk.ui.rules.tab import RulesTab

NEW_YEARS_EVE = datetime(2026, 12, 31, 11, 0)  # a Thursday in ISO week 2026-W53


@pytest.fixture
def year_end_tab(qtbot, store, bus):
    store.rules.ensure_starter_set(date(2026, 11, 2), "en")
    for text, month_week in (("Monthly review of listings", 1), ("Year-end thank-you post", LAST_WEEK_OF_MONTH)):
        store.rules.add(Rule(text=text, frequency=Frequency.MONTHLY, month_week=month_week), date(2026, 11, 2))
    widget = RulesTab(store, bus, clock=lambda: NEW_YEARS_EVE)
    qtbot.addWidget(widget)
    return widget


def _texts(tab):
    return [box.text() for box in tab.week_page.rule_boxes.values()]


def test_week_53_is_shown_ticked_and_scored(year_end_tab, store):
    tab = year_end_tab
    assert tab.week == IsoWeek(2026, 53)
    assert "53" in tab.week_label.text()
    assert any(text.startswith("Year-end thank-you post") for text in _texts(tab))
    assert not any(text.startswith("Monthly review") for text in _texts(tab))
    rule_id, box = next(iter(tab.week_page.rule_boxes.items()))
    box.click()
    assert store.rules.checks_for_week(IsoWeek(2026, 53))[rule_id].done
    score = week_score(store.rules.rules(), done_keys(store.rules.checks_for_week(IsoWeek(2026, 53)).values()),
                       IsoWeek(2026, 53))
    assert (score.done, score.due) == (1, 11)  # 10 weekly starters + the last-Monday rule
    assert tab.history_page.chart.scores[-1].week == IsoWeek(2026, 53)


def test_monthly_rules_land_in_their_weeks_across_new_year(year_end_tab):
    tab = year_end_tab
    seen = {}
    for week in (IsoWeek(2026, 50), IsoWeek(2026, 52), IsoWeek(2026, 53), IsoWeek(2027, 1), IsoWeek(2027, 5)):
        tab.show_week(week)
        seen[week.key] = sorted(t for t in _texts(tab) if "(monthly)" in t)
    assert seen == {
        "2026-W50": ["Checked our local listings (Google, Apple Maps, Facebook…)  (monthly)",
                     "Monthly review of listings  (monthly)"],
        "2026-W52": [],
        "2026-W53": ["Year-end thank-you post  (monthly)"],
        "2027-W01": ["Checked our local listings (Google, Apple Maps, Facebook…)  (monthly)",
                     "Monthly review of listings  (monthly)"],
        "2027-W05": ["Checked our local listings (Google, Apple Maps, Facebook…)  (monthly)",
                     "Monthly review of listings  (monthly)"],
    }
    tab.show_week(IsoWeek(2027, 1))
    assert not next(iter(tab.week_page.rule_boxes.values())).isEnabled()  # January has not begun


def test_the_chart_reads_in_a_dark_palette(year_end_tab, qtbot):
    chart = year_end_tab.history_page.chart
    palette = QPalette(chart.palette())
    palette.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    chart.setPalette(palette)
    chart.setAutoFillBackground(True)
    chart.resize(700, 300)
    image = chart.grab().toImage()
    light = sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
                if QColor(image.pixel(x, y)).lightness() > 200)
    assert light > 50  # axis labels, percentages and the target line are drawn in the light text colour


def test_the_demo_history_keeps_past_scores_when_its_late_rule_arrives(store):
    today = date(2026, 11, 26)
    seed_demo(store, today)
    rules = store.rules.rules()
    late = rules[-1]
    assert late.first_week == IsoWeek.of(today).shifted(-6)
    before = IsoWeek.of(today).shifted(-7)
    done = done_keys(store.rules.checks_for_week(before).values())
    assert late.id not in {rule_id for rule_id, _week in done}
    without_late = [rule for rule in rules if rule.id != late.id]
    assert week_score(rules, done, before) == week_score(without_late, done, before)
    assert week_score(rules, done, before.shifted(1)).due == week_score(without_late, done, before.shifted(1)).due + 1
    assert len(store.rules.drivers.drivers()) == 4
