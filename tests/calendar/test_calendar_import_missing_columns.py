"""A plan file short of columns is told which, by the names the owner's language writes them with, comma-separated
(« heure, réseaux », not "time networks"); an empty file is said to be empty (attack 35b, F3). A French owner's
own spreadsheet without « thème, sujet, notes » imports: new posts have none, updated posts keep theirs; a
misspelt column is still said missing, never read as no theme at all."""

import pytest

from socialdesk.cli import main
from socialdesk.domain.calendar.csv_format import CsvProblem, parse_csv
from socialdesk.domain.calendar.plan_words import column_names
from socialdesk.storage.opening import open_store

FRENCH_EXCEL = "Date;Heure;Réseaux;Statut;Texte\r\n10/12/2026;09:00;Facebook;Prévue;Bonjour\r\n".encode("cp1252")
MISSPELT = "Date;Heure;Réseaux;Statut;Thme;Texte\r\n10/12/2026;09:00;Facebook;Prévue;Noël;Bonjour\r\n".encode("cp1252")
SHORT = "Date;Statut;Texte\r\n10/12/2026;Prévue;Bonjour\r\n".encode("cp1252")


def test_the_missing_columns_are_named_in_the_owners_language():
    error = parse_csv(SHORT).errors[0]
    assert error.problem is CsvProblem.NO_HEADER
    assert column_names(error.value, "fr") == "heure, réseaux"  # thème, sujet and notes may be left out
    assert column_names(error.value, "en") == "time, networks"


def test_a_misspelt_column_is_said_missing_not_read_as_none():
    error = parse_csv(MISSPELT).errors[0]
    assert error.problem is CsvProblem.NO_HEADER and column_names(error.value, "fr") == "thème"
    assert error.column == "Thme"


def test_a_file_without_theme_about_and_notes_imports():
    parsed = parse_csv(FRENCH_EXCEL)
    assert not parsed.errors and parsed.absent == ("pillar", "about", "notes")
    post = parsed.posts[0]
    assert (post.text, post.pillar, post.about, post.notes, post.networks) == ("Bonjour", "", "", "", ("facebook",))


def test_updated_posts_keep_the_fields_of_the_columns_the_file_has_not(tmp_path, capsys):
    from datetime import date

    from socialdesk.domain.posts import Post, PostStatus

    shop = tmp_path / "shop.sqlite3"
    store = open_store(shop)
    store.calendar.add(Post(day=date(2026, 12, 10), networks=("facebook",), status=PostStatus.PLANNED,
                            pillar="Savoir-faire", about="customers", text="Bonjour", notes="photo du four"))
    uid = store.calendar.posts_between(date(2026, 12, 1), date(2026, 12, 31))[0].uid
    store.close()
    plan = tmp_path / "plan.csv"
    plan.write_bytes(f"Identifiant;Date;Heure;Réseaux;Statut;Texte\r\n{uid};11/12/2026;09:00;Facebook;Prévue;"
                     f"Bonjour à tous\r\n;12/12/2026;;Instagram;Prévue;Nouveau\r\n".encode("cp1252"))
    assert main(["import", "csv", str(plan), "--db", str(shop), "--lang", "fr"]) == 0
    said = capsys.readouterr().out
    assert "pas de colonne thème, sujet, notes dans le fichier" in said and said.count("\n") == 1, said
    store = open_store(shop)
    posts = {p.text: p for p in store.calendar.posts_between(date(2026, 12, 1), date(2026, 12, 31))}
    store.close()
    kept = posts["Bonjour à tous"]
    assert (kept.day, kept.pillar, kept.about, kept.notes) == (date(2026, 12, 11), "Savoir-faire", "customers",
                                                              "photo du four")
    assert (posts["Nouveau"].pillar, posts["Nouveau"].notes) == ("", "")


@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf", b"  \r\n\r\n", "\ufeff".encode("utf-16")])
def test_an_empty_file_is_said_to_be_empty(data):
    assert [(e.line, e.problem) for e in parse_csv(data).errors] == [(1, CsvProblem.EMPTY)]


@pytest.mark.parametrize("lang, data, words", [
    ("fr", MISSPELT, "la première ligne doit nommer les colonnes\u202f; il manque\u00a0: thème"),
    ("en", MISSPELT, "the first line must name the columns; missing: pillar"),
    ("fr", b"", "ligne 1\u00a0: le fichier est vide"),
    ("en", b"", "line 1: the file is empty"),
])
def test_the_command_says_it_and_imports_nothing(tmp_path, capsys, lang, data, words):
    shop = tmp_path / "shop.sqlite3"
    open_store(shop).close()
    plan = tmp_path / "plan.csv"
    plan.write_bytes(data)
    assert main(["import", "csv", str(plan), "--db", str(shop), "--lang", lang]) == 2
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1
    store = open_store(shop)
    assert store.calendar.count() == 0
    store.close()


@pytest.mark.parametrize("lang, words", [("fr", "Il manque\u00a0: thème"),
                                         ("en", "Missing: pillar")])
def test_the_window_says_it_too(qtbot, lang, words):
    from socialdesk.ui.calendar.import_dialog import ImportDialog
    from socialdesk.ui.i18n import install_translators

    install_translators(lang)
    try:
        dialog = ImportDialog(None, parse_csv(MISSPELT), "plan.csv")
        qtbot.addWidget(dialog)
        table = dialog.table
        shown = [table.item(row, column).text() for row in range(table.rowCount())
                 for column in range(table.columnCount()) if table.item(row, column)]
        assert any(words in cell for cell in shown), shown
    finally:
        install_translators("en")


@pytest.mark.parametrize("lang, words", [("fr", "Le fichier n'a pas de colonne thème, sujet, notes\u00a0: vide pour"),
                                         ("en", "The file has no pillar, about, notes column: left empty on new")])
def test_the_window_says_which_columns_the_file_has_not(qtbot, lang, words):
    from socialdesk.ui.calendar.import_dialog import ImportDialog
    from socialdesk.ui.i18n import install_translators

    install_translators(lang)
    try:
        dialog = ImportDialog(None, parse_csv(FRENCH_EXCEL), "plan.csv")
        qtbot.addWidget(dialog)
        assert words in dialog.summary.text() and dialog.import_button.isEnabled(), dialog.summary.text()
    finally:
        install_translators("en")


# ----- attack 36b: the owner's own columns, a misspelt one named, lines before the header

def _cp1252(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode("cp1252")


@pytest.mark.parametrize("extra", ["Photo", "Jour", "Lien"])
def test_a_column_of_the_owners_own_is_left_aside(extra):
    parsed = parse_csv(_cp1252(f"Date;Heure;Réseaux;Statut;Texte;{extra}\n10/12/2026;09:00;Facebook;Prévue;Bonjour;x\n"))
    assert not parsed.errors and [p.text for p in parsed.posts] == ["Bonjour"]


def test_a_comments_column_is_the_notes():
    parsed = parse_csv(_cp1252("Date;Heure;Réseaux;Statut;Texte;Commentaire\n10/12/2026;09:00;Facebook;Prévue;"
                               "Bonjour;photo du four\n"))
    assert not parsed.errors and parsed.posts[0].notes == "photo du four" and "notes" not in parsed.absent


@pytest.mark.parametrize("header, misspelt, missing", [
    ("Date;Heure;Réseaux;Statu;Texte", "Statu", "statut"),  # only what must be fixed (36c, F7)
    ("Date;Heure;Réseaux;Statut;Thme;Texte", "Thme", "thème"),
    ("Date;Heure;Réseaux;Statu;Thme;Texte", "Statu, Thme", "statut, thème"),
])
def test_a_misspelt_column_is_named(tmp_path, capsys, header, misspelt, missing):
    shop = tmp_path / "shop.sqlite3"
    open_store(shop).close()
    plan = tmp_path / "plan.csv"
    plan.write_bytes(_cp1252(f"{header}\n10/12/2026;09:00;Facebook;Prévue;Noël;Bonjour\n"))
    assert main(["import", "csv", str(plan), "--db", str(shop), "--lang", "fr"]) == 2
    err = capsys.readouterr().err
    assert misspelt in err and f"il manque\u00a0: {missing}" in err and "…" not in err, err


@pytest.mark.parametrize("before", ["sep=;\n", "\n", "\n\n", "\ufeff\u200b", "\ufeff", ";;;;\n", "sep=;\n;;\n"])
def test_lines_and_marks_before_the_header_are_passed(before):
    data = ("\ufeff" + before + "Date;Heure;Réseaux;Statut;Texte\n10/12/2026;09:00;Facebook;Prévue;Bonjour\n"
            ).encode("utf-8")
    parsed = parse_csv(data)
    assert not parsed.errors and [p.text for p in parsed.posts] == ["Bonjour"], parsed.errors


def test_a_column_twice_is_named_in_the_owners_words(tmp_path, capsys):
    shop = tmp_path / "shop.sqlite3"
    open_store(shop).close()
    plan = tmp_path / "plan.csv"
    plan.write_bytes(_cp1252("Date;Heure;Réseaux;Statut;Texte;Texte\n10/12/2026;09:00;Facebook;Prévue;a;b\n"))
    assert main(["import", "csv", str(plan), "--db", str(shop), "--lang", "fr"]) == 2
    err = capsys.readouterr().err
    assert "texte" in err and "'text'" not in err, err


def test_a_column_twice_under_two_names_is_named_as_the_file_writes_them():
    parsed = parse_csv(_cp1252("Date;Heure;Réseaux;Statut;Texte;Text\n10/12/2026;09:00;Facebook;Prévue;a;b\n"))
    (error,) = parsed.errors
    assert error.problem is CsvProblem.DUPLICATE_COLUMN and error.column == "Texte, Text"


def test_the_apps_own_export_with_a_comments_column_added_imports():
    """36d M5: SocialDesk's French export has « notes »; a « Commentaire » column added is the owner's own."""
    parsed = parse_csv(_cp1252("Date;Heure;Réseaux;Statut;Thème;Sujet;Texte;Notes;Commentaire\n10/12/2026;09:00;"
                               "Facebook;Prévue;;;Bonjour;à voir;mon commentaire\n"))
    assert not parsed.errors and parsed.posts[0].notes == "à voir"


def test_a_column_of_the_owners_own_is_not_named_as_misspelt_and_a_twice_written_one_is_named():
    """36d L1: « Photo » beside a missing « Heure » is not the culprit; « Commentaire » twice is named as written."""
    error = parse_csv(_cp1252("Date;Photo;Réseaux;Statut;Texte\n10/12/2026;x;Facebook;Prévue;Bonjour\n")).errors[0]
    assert error.problem is CsvProblem.NO_HEADER and error.column == "" and column_names(error.value, "fr") == "heure"
    (twice,) = parse_csv(_cp1252("Date;Heure;Réseaux;Statut;Texte;Commentaire;commentaire\n"
                                 "10/12/2026;09:00;Facebook;Prévue;a;b;c\n")).errors
    assert twice.problem is CsvProblem.DUPLICATE_COLUMN and twice.column == "Commentaire, commentaire"
