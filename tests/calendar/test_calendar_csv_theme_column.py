"""The glossary's « thème » heads the French plan file's pillar column; « pilier » files still import."""

import csv
import io
from datetime import date, time

import pytest

from socialdesk.domain.calendar.csv_format import export_plan, parse_csv
from socialdesk.domain.calendar.plan_words import Dialect
from socialdesk.domain.posts import Post, PostStatus


@pytest.mark.parametrize("heading", ["thème", "Thème", "THÈME", "the\u0300me", "pilier", "pillar", "theme"])
def test_the_theme_column_imports_under_each_of_its_names(heading):
    data = f"date;heure;réseaux;statut;{heading};sujet;texte;notes\r\n01/12/2026;9:00;Facebook;Prévue;Savoir-faire;;Pain;\r\n"
    parsed = parse_csv(data.encode("utf-8"))
    assert parsed.errors == []
    assert [post.pillar for post in parsed.posts] == ["Savoir-faire"]


def test_a_french_export_heads_the_column_theme_and_reads_back():
    post = Post(day=date(2026, 12, 1), time=time(9), networks=("facebook",), status=PostStatus.PLANNED,
                pillar="Savoir-faire", text="Pain")
    data = export_plan([post], Dialect.EXCEL_FR, "fr")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0][4] == "thème" and rows[1][4] == "Savoir-faire"
    assert [p.pillar for p in parse_csv(data).posts] == ["Savoir-faire"]
