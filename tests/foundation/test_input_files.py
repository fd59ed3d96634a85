"""Reading a file the owner points at: regular files only, never more than the limit (plus one byte)."""

import os
import threading
import time

import pytest

from socialdesk.input_files import InputProblem, InputRefused, read_bounded, size_words


def _refused(path, limit=1024) -> InputProblem:
    with pytest.raises(InputRefused) as caught:
        read_bounded(path, limit)
    return caught.value.problem


def test_a_file_under_the_limit_is_read_whole(tmp_path):
    path = tmp_path / "plan.csv"
    path.write_bytes(b"x" * 1024)
    assert read_bounded(path, 1024) == b"x" * 1024
    assert _refused(path, 1023) is InputProblem.TOO_BIG


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_dev_zero_is_refused_at_once():
    started = time.monotonic()
    assert _refused("/dev/zero", 50 * 1024 * 1024) is InputProblem.NOT_A_FILE
    assert time.monotonic() - started < 1


def test_a_one_gigabyte_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.png"
    with open(path, "wb") as out:
        out.truncate(1024 ** 3)  # sparse: a gigabyte that takes no room
    started = time.monotonic()
    assert _refused(path, 20 * 1024 * 1024) is InputProblem.TOO_BIG
    assert time.monotonic() - started < 1


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "plan.csv"
    os.mkfifo(fifo)
    outcome = []
    reader = threading.Thread(target=lambda: outcome.append(_refused(fifo)), daemon=True)
    reader.start()
    reader.join(3)
    if reader.is_alive():  # unblock the stuck open so the test run can end
        with open(fifo, "wb"):
            pass
    assert outcome == [InputProblem.NOT_A_FILE]


def test_a_folder_and_a_missing_file_are_refused(tmp_path):
    assert _refused(tmp_path) is InputProblem.NOT_A_FILE
    assert _refused(tmp_path / "missing.csv") is InputProblem.UNREADABLE


def test_the_limit_is_said_the_way_people_say_it():
    assert (size_words(50 * 1024 * 1024), size_words(20 * 1024 * 1024), size_words(512 * 1024)) == (
        "50 MB", "20 MB", "512 KB")
