"""A plan file's time on a clock change (attack 41, L2): a time the clocks skip is kept as the hour it becomes, as the
post dialog keeps it, and the import says so for each such row (command line, EN and FR, and the import window);
a time they pass twice is kept and said; a second import of the same file changes nothing."""

from datetime import date, time

import pytest

from socialdesk.cli import main
from socialdesk.domain.calendar.csv_format import parse_csv
from socialdesk.storage import open_store
import socialdesk.storage.calendar.repo as calendar_repo

HEADER = "date,time,networks,status,pillar,about,text,notes"
ROWS = ["2027-03-27,02:30,instagram,planned,,,The day before,",
        "2027-03-28,02:30,instagram,planned,,,Skipped hour,",
        "2027-10-31,02:30,instagram,planned,,,Hour twice,"]


@pytest.fixture
def paris(monkeypatch):
    monkeypatch.setattr(calendar_repo, "local_zone_name", lambda: "Europe/Paris")


@pytest.fixture
def plan(tmp_path):
    path = tmp_path / "plan.csv"
    path.write_text(HEADER + "\n" + "\n".join(ROWS) + "\n", encoding="utf-8")
    return path


def test_the_plan_keeps_the_hour_a_skipped_time_becomes_and_says_which_rows(tmp_path, plan, paris):
    store = open_store(tmp_path / "shop.sqlite3")
    parsed = parse_csv(plan.read_bytes())
    made = store.calendar.sort_import(parsed.posts, parsed.lines, parsed.absent)
    assert [(line, kind, day, typed, kept) for line, kind, day, typed, kept in made.clock_changes] == [
        (3, "gap", date(2027, 3, 28), time(2, 30), time(3, 30)),
        (4, "fold", date(2027, 10, 31), time(2, 30), time(2, 30))]
    store.calendar.apply_import(made)
    kept = {post.text: post.time for post in store.calendar.all_posts()}
    assert kept == {"The day before": time(2, 30), "Skipped hour": time(3, 30), "Hour twice": time(2, 30)}
    again = parse_csv(plan.read_bytes())
    second = store.calendar.sort_import(again.posts, again.lines, again.absent)
    assert (second.landing, second.unchanged, second.clock_changes) == ([], 3, [])  # not planned twice
    store.close()


@pytest.mark.parametrize("language, gap, fold", [
    ("en", "plan.csv: line 3: 02:30 does not exist on 2027-03-28 (clocks go forward): the post is at 03:30",
     "plan.csv: line 4: 02:30 happens twice on 2027-10-31 (clocks go back): the post is at the first 02:30, "
     "summer time"),
    ("fr", "plan.csv: ligne 3\u00a0: 02:30 n'existe pas le 2027-03-28 (passage à l'heure d'été)\u00a0: la "
           "publication est à 03:30",
     "plan.csv: ligne 4\u00a0: 02:30 a lieu deux fois le 2027-10-31 (passage à l'heure d'hiver)\u00a0: la publication "
     "est à la première, à l'heure d'été")])
def test_the_command_says_each_row_on_a_clock_change(tmp_path, plan, paris, capsys, language, gap, fold):
    db = tmp_path / "shop.sqlite3"
    open_store(db).close()
    assert main(["import", "csv", str(plan), "--db", str(db), "--lang", language]) == 0
    out = [line.replace(str(plan), "plan.csv") for line in capsys.readouterr().out.splitlines()]
    assert out[1:] == [gap, fold], out


def test_the_import_window_says_each_row_on_a_clock_change(qtbot, tmp_path, plan, paris):
    from socialdesk.ui.calendar.import_dialog import ImportDialog

    store = open_store(tmp_path / "shop.sqlite3")
    parsed = parse_csv(plan.read_bytes())
    made = store.calendar.sort_import(parsed.posts, parsed.lines, parsed.absent)
    dialog = ImportDialog(None, parsed, plan.name, made)
    qtbot.addWidget(dialog)
    said = dialog.summary.text()
    assert "Line 3, " in said
    assert "2:30am does not exist that day (clocks go forward): the post will be at 3:30am." in said
    assert "Line 4, " in said and "2:30am happens twice that day (clocks go back)" in said
    assert "Line 2" not in said
    store.close()
