"""One writer per data file, in this process and across processes."""

import subprocess
import sys

import pytest

from socialdesk.storage import Problem, StoreOpenError, open_store
from tests.posix_only import needs_symlinks


def test_second_open_in_same_process_is_refused(tmp_path):
    path = tmp_path / "shop.sqlite3"
    first = open_store(path)
    with pytest.raises(StoreOpenError) as refused:
        open_store(path)
    assert refused.value.problem is Problem.LOCKED
    first.close()
    open_store(path).close()  # released on close


def test_second_process_is_refused_and_lock_dies_with_the_holder(tmp_path):
    path = tmp_path / "shop.sqlite3"
    holder = open_store(path)
    code = (
        "import sys\nfrom socialdesk.storage import open_store, StoreOpenError\n"
        f"try:\n    open_store({str(path)!r})\nexcept StoreOpenError as e:\n    print(e.problem.value)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "locked"
    holder.close()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


@needs_symlinks
def test_a_symlink_and_the_real_path_share_one_lock(tmp_path):
    real = tmp_path / "real" / "shop.sqlite3"
    real.parent.mkdir()
    (tmp_path / "elsewhere").mkdir()
    link = tmp_path / "elsewhere" / "link-to-shop.sqlite3"
    link.symlink_to(real)
    first = open_store(real)
    with pytest.raises(StoreOpenError) as refused:
        open_store(link)
    assert refused.value.problem is Problem.LOCKED
    first.close()
    through_link = open_store(link)
    with pytest.raises(StoreOpenError) as refused:
        open_store(real)
    assert refused.value.problem is Problem.LOCKED
    through_link.close()
    assert sorted(p.name for p in (tmp_path / "elsewhere").iterdir()) == ["link-to-shop.sqlite3"]
    assert link.is_symlink()


@needs_symlinks
def test_a_planted_symlink_as_lock_file_is_never_truncated(tmp_path):
    precious = tmp_path / "precious.txt"
    precious.write_text("the owner's notes")
    (tmp_path / "shop.sqlite3.lock").symlink_to(precious)
    with pytest.raises(StoreOpenError):
        open_store(tmp_path / "shop.sqlite3")
    assert precious.read_text() == "the owner's notes"
