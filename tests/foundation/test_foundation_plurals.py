"""Counts read right in French and English: Qt's %n with each language's plural forms, no « (s) »."""

from datetime import date, datetime, time

import pytest

from socialdesk.domain.calendar.csv_format import parse_csv
from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.domain.strategy.fields import Step
from socialdesk.storage.strategy.applying import ApplyReport
from socialdesk.ui.calendar.import_dialog import ImportDialog
from socialdesk.ui.common.bus import DataBus
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.rules.tab import RulesTab
from socialdesk.ui.strategy.labels import report_text
from socialdesk.ui.strategy.tab import StrategyTab

NOW = datetime(2026, 11, 26, 17, 30)
HEADER = "date,time,networks,status,pillar,about,text,notes\r\n"


@pytest.fixture(params=["fr", "en"])
def language(request):
    install_translators(request.param)
    yield request.param
    install_translators("en")


def _csv(good: int, bad: int = 0) -> bytes:
    rows = [f"2026-12-0{i + 1},,,,,,Pain {i},\r\n" for i in range(good)]
    rows += [f"2026-13-0{i + 1},,,,,,Pain {i},\r\n" for i in range(bad)]
    return (HEADER + "".join(rows)).encode()


BUTTON = {"fr": ["&Importer 0 publication", "&Importer 1 publication", "&Importer 2 publications"],
          "en": ["&Import 0 posts", "&Import 1 post", "&Import 2 posts"]}
READY = {"fr": ["0 publication prête", "1 publication prête", "2 publications prêtes"],
         "en": ["0 posts ready", "1 post ready", "2 posts ready"]}
PROBLEMS = {"fr": [None, "importé\u00a0: 1 problème ci-dessous", "importé\u00a0: 2 problèmes ci-dessous"],
            "en": [None, "imported: 1 problem below", "imported: 2 problems below"]}


@pytest.mark.parametrize("n", [0, 1, 2])
def test_the_import_preview_counts_posts_and_problems_in_the_language(qtbot, language, n):
    ready = ImportDialog(None, parse_csv(_csv(n)), "plan.csv")
    qtbot.addWidget(ready)
    assert ready.import_button.text() == BUTTON[language][n]
    assert ready.summary.text().startswith(READY[language][n])
    if n:
        refused = ImportDialog(None, parse_csv(_csv(0, n)), "plan.csv")
        qtbot.addWidget(refused)
        assert PROBLEMS[language][n] in refused.summary.text()
        assert "(s)" not in refused.summary.text()


def test_a_tab_separated_file_names_its_separator_in_the_language(qtbot, language):
    dialog = ImportDialog(None, parse_csv(_csv(1).replace(b",", b"\t")), "plan.csv")
    qtbot.addWidget(dialog)
    assert ("séparateur «\u00a0tabulation\u00a0»" if language == "fr" else "separator “Tab”") in dialog.summary.text()


def test_the_import_preview_writes_days_as_the_interface_does(qtbot, language):
    dialog = ImportDialog(None, parse_csv(_csv(1)), "plan.csv")
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 2).text() == "01/12/2026"  # French and British order; never 2026-12-01


RHYTHM = {"fr": ["0 publication par semaine", "1 publication par semaine", "2 publications par semaine"],
          "en": ["0 posts a week", "1 post a week", "2 posts a week"]}
PUBLISHED = {"fr": ["Aucune", "Publiées\u00a0: 1 sur\u00a01 prévue.",
                    "Publiées\u00a0: 1 sur\u00a02 prévues."],
             "en": ["No posts", "Published: 1 of 1 planned post.", "Published: 1 of 2 planned posts."]}


@pytest.mark.parametrize("n", [1, 2])
def test_the_checklist_week_counts_posts_and_rhythm_in_the_language(qtbot, store, language, n):
    store.strategy.record_applied({"instagram": n}, [], NOW)
    for index in range(n):
        status = PostStatus.PUBLISHED if index == 0 else PostStatus.PLANNED
        store.calendar.add(Post(day=date(2026, 11, 24), time=time(9, 30), networks=("instagram",),
                                text=f"Pain {index}", status=status))
    tab = RulesTab(store, DataBus(), clock=lambda: NOW)
    qtbot.addWidget(tab)
    summary = tab.week_page.posts_summary.text()
    assert PUBLISHED[language][n] in summary and RHYTHM[language][n] in summary
    assert "(s)" not in summary and "(s)" not in tab.week_page.rules_summary.text()
    rules = "Règles respectées cette semaine\u00a0: 0 sur" if language == "fr" else "Rules done this week: 0 of"
    assert tab.week_page.rules_summary.text().startswith(rules)


# the week in progress is not a finished week (attack 34e, F8)
HISTORY = {"fr": {"streak": "0 semaine d'affilée à\u00a080\u00a0% ou plus",
                  1: ("sur\u00a01 semaine terminée", "fois en\u00a01 semaine\n"), 2: ("sur\u00a02 semaines terminées", "fois en\u00a02 semaines\n")},
           "en": {"streak": "0 weeks in a row at 80 % or more",
                  1: ("over 1 finished week", "of 1 week\n"), 2: ("over 2 finished weeks", "of 2 weeks\n")}}


@pytest.mark.parametrize("closed", [1, 2])
def test_the_history_counts_weeks_in_the_language(qtbot, store, language, closed):
    store.rules.ensure_starter_set(date(2026, 11, 23 - 7 * closed), language)  # closed weeks: every rule missed
    tab = RulesTab(store, DataBus(), clock=lambda: NOW)
    qtbot.addWidget(tab)
    page = tab.history_page
    average, missed = HISTORY[language][closed]
    assert page.streak_label.text() == HISTORY[language]["streak"]
    assert average in page.average_label.text()
    assert missed in page.missed_label.text() + "\n"


INDICATORS = {"fr": ["0 indicateur pour", "1 indicateur pour", "2 indicateurs pour"],
              "en": ["0 indicators so far", "1 indicator so far", "2 indicators so far"]}


def test_the_strategy_counts_indicators_in_the_language(qtbot, store, language):
    tab = StrategyTab(store, DataBus(), fixed_clock(date(2026, 11, 26)))
    qtbot.addWidget(tab)
    tab.go_to(Step.LISTENING)
    page = tab.current_page()
    for n in (0, 1, 2):
        page.indicators.setPlainText("\n".join(f"indicateur {i}" for i in range(n)))
        assert page.count_label.text().startswith(INDICATORS[language][n])
    progress = "Étapes remplies\u00a0: " if language == "fr" else "Steps filled in: "
    assert tab.progress.format().startswith(progress)
    tab.flush()  # the typed indicators land while the store is open


APPLIED = {"fr": ["Appliqué. Calendrier\u00a0: pas d'objectif", "Calendrier\u00a0: 1 publication par semaine (Instagram 1). 1 thème.",
                  "Calendrier\u00a0: 2 publications par semaine (Instagram 2). 2 thèmes."],
           "en": ["Applied. Calendar: no weekly target", "Calendar: 1 post a week (Instagram 1). 1 theme.",
                  "Calendar: 2 posts a week (Instagram 2). 2 themes."]}


@pytest.mark.parametrize("n", [0, 1, 2])
def test_what_apply_did_is_counted_in_the_language(language, n):
    said = report_text(ApplyReport({"instagram": n} if n else {}, n))
    assert APPLIED[language][n] in said and "(s)" not in said


def test_the_english_catalogues_hold_only_plural_forms_and_are_compiled(tmp_path):
    import subprocess
    import sys
    import xml.etree.ElementTree as ET
    from pathlib import Path

    folder = Path(__file__).parents[2] / "resources" / "translations"
    catalogues = sorted(folder.glob("*_en.ts"))
    assert {ts.stem for ts in catalogues} >= {"calendar_en", "rules_en", "strategy_en"}
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in catalogues:
        messages = ET.parse(ts).getroot().iter("message")
        assert all(m.get("numerus") == "yes" and len(m.findall("translation/numerusform")) == 2 for m in messages)
        fresh = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(fresh)], check=True)
        assert ts.with_suffix(".qm").read_bytes() == fresh.read_bytes(), f"{ts.stem}.qm is stale: make translations"
