"""Sharp at 200 %: under QT_SCALE_FACTOR=2 the window's icons are drawn (or taken) at twice the pixels."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from socialdesk.storage import open_store

CHILD = Path(__file__).with_name("scaled_child.py")


@pytest.fixture(scope="module")
def found(tmp_path_factory):
    db = tmp_path_factory.mktemp("scaled") / "shop.sqlite3"
    open_store(db).close()
    env = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, str(CHILD), str(db)], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_window_is_painted_at_twice_its_size(found):
    assert found["ratio"] == 2.0
    assert found["grab"] == [2 * side for side in found["size"]]


def test_network_chips_are_drawn_at_200_percent_not_upscaled(found):
    for key, chip in found["chips"].items():
        assert chip["size"] == [32, 32], key
        assert chip["drawn"] and not chip["upscaled"], key


def test_the_window_icon_at_200_percent_comes_from_its_64_pixel_image(found):
    assert found["app_icon"] == {"size": [64, 64], "from_64_file": True}
