"""One writer per data file, in this process and across processes."""

import subprocess
import sys

import pytest

from socialdesk.storage import Problem, StoreOpenError, open_store


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
