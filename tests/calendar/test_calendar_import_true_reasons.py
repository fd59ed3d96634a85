"""The window names the true reason: a cell too large (not "not UTF-8"), a UTF-16 file read, a backup's own failure."""

import shutil
from datetime import datetime

import pytest

from socialdesk.domain.calendar.csv_format import CsvProblem, parse_csv
from socialdesk.storage.backups import make_backup
from socialdesk.storage.errors import StoreWriteError
from socialdesk.storage.opening import open_store
from socialdesk.ui.calendar.problem_labels import csv_error_text
from socialdesk.ui.common.backup_words import backup_problem_text
from socialdesk.ui.i18n import install_translators

HEADER = "date,time,networks,status,pillar,about,text,notes"


@pytest.fixture(params=["en", "fr"])
def language(qapp, request):
    install_translators(request.param)
    yield request.param
    install_translators("en")


def test_a_cell_over_16_mb_is_said_on_its_line(language):
    data = f'{HEADER}\n2026-12-07,09:00,instagram,planned,,,ok,\n,,,,,,"{"x" * 17_000_000}",\n'.encode()
    parsed = parse_csv(data)
    assert [(e.line, e.problem) for e in parsed.errors] == [(3, CsvProblem.CELL_TOO_LARGE)]
    words = {"en": "larger than 16 MB", "fr": "dépasse 16 Mo"}[language]
    assert words in csv_error_text(parsed.errors[0]) and "UTF-8" not in csv_error_text(parsed.errors[0])


def test_an_excel_unicode_text_file_is_read():
    """Excel's "Unicode text": UTF-16 little-endian with its BOM, cells separated by tabs."""
    text = HEADER.replace(",", "\t") + "\r\n2026-12-07\t09:00\tinstagram\tplanned\t\t\tCrème\t\r\n"
    parsed = parse_csv(text.encode("utf-16"))
    assert parsed.errors == [] and parsed.encoding == "utf-16" and parsed.delimiter == "\t"
    assert [p.text for p in parsed.posts] == ["Crème"]


def test_a_backup_that_fails_says_its_own_reason_not_the_data_files(tmp_path, language):
    path = tmp_path / "shop.sqlite3"
    store = open_store(path)
    shutil.rmtree(tmp_path / "backups", ignore_errors=True)
    (tmp_path / "backups").write_text("a file where the backups folder should be")
    try:
        with pytest.raises(StoreWriteError) as failed:
            make_backup(store.conn, path, datetime(2026, 12, 1, 9), "daily")
    finally:
        store.close()
    text = backup_problem_text(failed.value)
    assert {"en": "a file is in the way", "fr": "un fichier occupe la place"}[language] in text
    assert "File exists" not in text  # the system's English never reaches the owner
    assert {"en": "backups folder", "fr": "dossier «\u00a0backups\u00a0»"}[language] in text  # the folder's own name
    assert "refused" not in text and "refusé" not in text
