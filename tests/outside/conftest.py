"""Skip the outside-reader tests on a machine without the readers (libzbar0, poppler)."""

import ctypes.util
import shutil

import pytest


def pytest_collection_modifyitems(config, items):
    missing = [name for name, found in (("libzbar0", ctypes.util.find_library("zbar")),
                                        ("pdftoppm", shutil.which("pdftoppm")),
                                        ("pdftotext", shutil.which("pdftotext"))) if not found]
    if not missing:
        return
    skip = pytest.mark.skip(reason="independent readers not installed: " + ", ".join(missing))
    for item in items:
        if "tests/outside/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(skip)
