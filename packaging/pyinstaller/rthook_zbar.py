"""Frozen Linux and macOS app: pyzbar finds the bundled libzbar (ctypes.util.find_library looks only at the system)."""

import ctypes.util
import os
import sys

_BUNDLED = os.path.join(getattr(sys, "_MEIPASS", ""), "libzbar.0.dylib" if sys.platform == "darwin" else "libzbar.so.0")
_find_library = ctypes.util.find_library


def _find_bundled_first(name):
    if name == "zbar" and os.path.isfile(_BUNDLED):
        return _BUNDLED
    return _find_library(name)


if sys.platform.startswith("linux") or sys.platform == "darwin":
    ctypes.util.find_library = _find_bundled_first
