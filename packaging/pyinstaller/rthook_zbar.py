"""Frozen Linux app: pyzbar finds the bundled libzbar.so.0 (ctypes.util.find_library looks only at the system)."""

import ctypes.util
import os
import sys

_BUNDLED = os.path.join(getattr(sys, "_MEIPASS", ""), "libzbar.so.0")
_find_library = ctypes.util.find_library


def _find_bundled_first(name):
    if name == "zbar" and os.path.isfile(_BUNDLED):
        return _BUNDLED
    return _find_library(name)


if sys.platform.startswith("linux"):
    ctypes.util.find_library = _find_bundled_first
