"""PyInstaller hook: pyzbar's Windows wheel carries libzbar-64.dll and libiconv.dll, loaded by path (no import sees them)."""

from PyInstaller.utils.hooks import collect_dynamic_libs

binaries = collect_dynamic_libs("pyzbar")  # to _internal/pyzbar/, where pyzbar.zbar_library looks; none on Linux, macOS
