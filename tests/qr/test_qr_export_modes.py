"""Printed documents (PDF, PNG, SVG) get the umask's mode like any new file; data exports stay 0600."""

import os
from dataclasses import replace

import pytest

from socialdesk.cli import main
from socialdesk.storage import open_store


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def _shop(db):
    store = open_store(db)
    store.shop.save(replace(store.shop.get(), name="Fleurs", address="1 rue A", postcode="69003", city="Lyon"))
    store.presence.ensure_listing("instagram")
    store.presence.save(replace(store.presence.listing_for("instagram"),
                                url="https://www.instagram.com/fleurs/", print_card=True))
    store.close()


@pytest.mark.skipif(os.name != "posix", reason="modes are POSIX")
@pytest.mark.parametrize("suffix", ["png", "svg", "pdf"])
def test_qr_files_are_readable_by_others_as_the_umask_says(tmp_path, umask_022, suffix):
    out = tmp_path / f"code.{suffix}"
    assert main(["qr", "https://example.com/a", "-o", str(out)]) == 0
    touched = tmp_path / "touched"
    touched.touch()
    assert out.stat().st_mode & 0o777 == touched.stat().st_mode & 0o777 == 0o644


@pytest.mark.skipif(os.name != "posix", reason="modes are POSIX")
def test_card_pdf_is_0644_under_umask_022_and_the_data_file_stays_private(tmp_path, umask_022):
    db, out = tmp_path / "shop.sqlite3", tmp_path / "cards.pdf"
    _shop(db)
    assert main(["print-cards", "-o", str(out), "--template", "a6", "--db", str(db)]) == 0
    assert out.stat().st_mode & 0o777 == 0o644
    assert db.stat().st_mode & 0o777 == 0o600
    export = tmp_path / "plan.csv"
    assert main(["export", "csv", "--db", str(db), "-o", str(export)]) == 0
    assert export.stat().st_mode & 0o777 == 0o600


@pytest.mark.skipif(os.name != "posix", reason="modes are POSIX")
def test_a_strict_umask_is_kept(tmp_path):
    old = os.umask(0o077)
    try:
        out = tmp_path / "code.png"
        assert main(["qr", "https://example.com/a", "-o", str(out)]) == 0
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == 0o600
