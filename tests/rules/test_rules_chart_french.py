"""The chart's words (tooltip and screen reader) follow French typography: « 80 % » and « ; » with no-break spaces."""

from socialdesk.domain.rules.scores import WeekScore
from socialdesk.domain.weeks import IsoWeek
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.rules.chart import CompletionChart

NB, NNB = "\u00a0", "\u202f"
SCORES = [WeekScore(IsoWeek(2026, 47), 0, 0), WeekScore(IsoWeek(2026, 48), 10, 8)]


def _described(qtbot, language: str) -> str:
    install_translators(language)
    try:
        chart = CompletionChart()
        qtbot.addWidget(chart)
        chart.set_scores(SCORES)
        return chart.describe()
    finally:
        install_translators("en")


def test_the_chart_reads_in_french_typography(qtbot):
    said = _described(qtbot, "fr")
    assert said == f"semaine{NB}47{NB}: aucune règle{NNB}; semaine{NB}48{NB}: 80{NB}%"
    assert said.split(f"{NNB}; ")[1].endswith(f"80{NB}%")  # the % never starts a line of its own


def test_the_chart_reads_in_english(qtbot):
    assert _described(qtbot, "en") == "week 47: no rules; week 48: 80 %"
