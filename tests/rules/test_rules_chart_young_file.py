"""A checklist younger than the span shows no bar for the weeks before it had a rule: a new file's "Over time" chart
drew eleven weeks of "nothing due" from before it existed (attack 37, L3)."""

from datetime import date, datetime

from PySide6.QtGui import QAccessible, QPalette

from socialdesk.domain.rules.model import Rule
from socialdesk.domain.weeks import IsoWeek

TODAY = date(2026, 12, 9)  # a Wednesday


def test_a_new_checklist_charts_only_the_weeks_it_had_rules_in_the_newest_slots(qtbot, store):
    from socialdesk.ui.rules.history_page import HistoryPage

    store.rules.add(Rule(text="Answer every review"), date(2026, 11, 24))  # two weeks ago
    page = HistoryPage(store, lambda: datetime(2026, 12, 9, 10))
    qtbot.addWidget(page)
    page.resize(800, 400)
    page.show()
    qtbot.waitExposed(page)
    page.reload()
    chart = page.chart
    assert [score.week for score in chart.scores] == [IsoWeek.of(TODAY).shifted(-2), IsoWeek.of(TODAY).shifted(-1),
                                                      IsoWeek.of(TODAY)]
    assert chart.slots == 12 and "no rules" not in chart.describe()
    reader = QAccessible.queryAccessibleInterface(chart)
    assert reader.childCount() == 3
    newest = reader.child(2).rect()
    assert abs(newest.right() - chart.mapToGlobal(chart.rect().topRight()).x()) <= chart.width() // 12 + 1
    image = chart.grab().toImage()  # the first nine slots stay blank: no "nothing due" dash
    plot_left, plot_right = chart.width() // 6, chart.width() * 9 // 12
    bottom_band = range(chart.height() // 2, chart.height() * 3 // 4)
    text = chart.palette().color(chart.foregroundRole()).name()
    assert not any(image.pixelColor(x, y).name() == text for x in range(plot_left, plot_right, 2) for y in bottom_band)


def test_a_file_with_no_rule_at_all_still_shows_its_weeks_as_nothing_due(qtbot, store):
    from socialdesk.ui.rules.history_page import HistoryPage

    page = HistoryPage(store, lambda: datetime(2026, 12, 9, 10))
    qtbot.addWidget(page)
    page.reload()
    assert len(page.chart.scores) == 12 and page.chart.describe().count("no rules") == 12


def test_each_weeks_item_sits_over_its_bar_at_52_weeks(qtbot, store):
    """Attack 38c, L1: the items were one slot to the left of their bars, so pointing at a bar named its
    neighbour."""
    from PySide6.QtCore import QPoint

    from socialdesk.ui.rules.history_page import HistoryPage

    rule_id = store.rules.add(Rule(text="Answer every review"), date(2026, 1, 5)).ids[0]
    ticked = IsoWeek.of(date(2026, 10, 7))
    store.rules.set_done(rule_id, ticked, True, datetime(2026, 10, 7, 9))
    page = HistoryPage(store, lambda: datetime(2026, 12, 9, 10))
    qtbot.addWidget(page)
    page.resize(900, 420)
    page.show()
    qtbot.waitExposed(page)
    page.span_combo.setCurrentIndex(1)  # 52 weeks
    chart = page.chart
    index = [score.week for score in chart.scores].index(ticked)
    item = QAccessible.queryAccessibleInterface(chart).child(index)
    place = item.rect()
    left = chart.mapFromGlobal(place.topLeft()).x()
    image = chart.grab().toImage()
    bar = chart.palette().color(QPalette.ColorRole.Highlight).name()
    inked = [x for x in range(left, left + place.width()) for y in range(0, chart.height(), 2)
             if image.pixelColor(QPoint(x, y)).name() == bar]
    assert inked and "100 %" in item.text(QAccessible.Text.Name)
