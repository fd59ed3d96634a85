"""The PyInstaller trim rules: what a bundle keeps and what it leaves out, on each system's layout."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging" / "pyinstaller"))

from trim import EXCLUDES, keep


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/lib/libQt6Core.so.6",
    "PySide6/Qt/lib/libQt6PrintSupport.so.6",
    "PySide6/Qt/lib/libQt6Svg.so.6",
    "PySide6/Qt/lib/libicudata.so.73",
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    "PySide6/Qt/plugins/imageformats/libqjpeg.so",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
    "PySide6/Qt/translations/qtbase_fr.qm",
    "PySide6/QtWidgets.abi3.so",
    "PySide6/Qt6Widgets.dll",
    "PySide6/plugins/platforms/qwindows.dll",
    "PySide6/plugins/styles/qmodernwindowsstyle.dll",
    "PySide6/translations/qtbase_en.qm",
    "PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui",
    "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
    "libpython3.11.so.1.0",
    "libsqlite3.so.0",
    "libffi.so.8",
    "libxcb-cursor.so.0",
    "pillow.libs/libfreetype-57f805ba.so.6.20.6",
    "resources/translations/socialdesk_fr.qm",
    "resources/icons/socialdesk-16.png",
])
def test_keeps_what_the_app_uses(dest):
    assert keep(dest)


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/lib/libQt6Qml.so.6",
    "PySide6/Qt/lib/libQt6Quick.so.6",
    "PySide6/Qt/lib/libQt6Pdf.so.6",
    "PySide6/Qt/lib/libQt6VirtualKeyboard.so.6",
    "PySide6/Qt/lib/libQt6Designer.so.6",
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/imageformats/libqpdf.so",
    "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
    "PySide6/Qt/plugins/qmltooling/libqmldbg_debugger.so",
    "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/Qt/translations/qtdeclarative_fr.qm",
    "PySide6/Qt/qml/QtQuick/qmldir",
    "PySide6/Qt6Quick.dll",
    "PySide6/opengl32sw.dll",
    "PySide6/translations/qtbase_ja.qm",
    "PySide6/Qt/lib/QtQml.framework/Versions/A/QtQml",
    "libfontconfig.so.1",
    "libX11.so.6",
    "libglib-2.0.so.0",
    "libcups.so.2",
    "libgtk-3.so.0",
])
def test_leaves_out_what_the_app_does_not_use(dest):
    assert not keep(dest)


def test_unused_python_modules_are_excluded_but_used_ones_are_not():
    assert {"PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtPdf", "PySide6.QtWebEngineCore", "tkinter"} <= set(EXCLUDES)
    used = {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtPrintSupport", "PySide6.QtSvg",
            "PySide6.QtSvgWidgets", "PySide6.QtNetwork"}
    assert not used & set(EXCLUDES)


def test_the_app_imports_no_excluded_qt_module():
    package = Path(__file__).resolve().parents[2] / "socialdesk"
    excluded = {name for name in EXCLUDES if name.startswith("PySide6.")}
    offenders = [
        f"{path.relative_to(package)}: {name}"
        for path in package.rglob("*.py")
        for name in excluded
        if f"from {name} import" in path.read_text(encoding="utf-8") or f"import {name}" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
