"""What the PyInstaller build leaves out: unused Qt modules, libraries, plugins and translations."""

from pathlib import PurePosixPath

# Qt Python modules the app never imports (QML/Quick, web, PDF, designer, SQL, tests, ...).
UNUSED_QT_MODULES = [
    f"PySide6.{name}" for name in (
        "QtQml", "QtQuick", "QtQuickWidgets", "QtQuickControls2", "QtQuickTest", "QtQuick3D",
        "QtWebEngineCore", "QtWebEngineWidgets", "QtWebChannel", "QtPdf", "QtPdfWidgets",
        "QtDesigner", "QtUiTools", "QtHelp", "QtTest", "QtSql", "QtXml", "QtConcurrent",
        "QtOpenGL", "QtOpenGLWidgets", "QtDBus", "QtLabsStyleKit", "QtQmlFeatures",
    )
]
# PIL._avif alone carries a 5 MB codec; Pillow simply reports AVIF as unsupported without it.
EXCLUDES = UNUSED_QT_MODULES + ["tkinter", "PIL._avif", "PyInstaller", "pytest", "hypothesis", "IPython"]

# Libraries of the desktop itself (X11/Wayland, fonts, GLib, D-Bus, CUPS, GTK for the native
# dialogs): they must match the user's system, so they are taken from it, not bundled.
# The rarer xcb helpers (xcb-cursor, xcb-icccm, xkbcommon-x11, ...) stay in the bundle, and so
# does Kerberos (QtNetwork links libgssapi_krb5, which minimal systems lack).
SYSTEM_LIBS = (
    "libX11.", "libX11-xcb.", "libxcb.so", "libXau.", "libXdmcp.", "libXext.", "libXrender.",
    "libbsd.", "libmd.", "libfontconfig.", "libfreetype.", "libpng16.", "libjpeg.",
    "libglib-2.0.", "libgobject-2.0.", "libgio-2.0.", "libgmodule-2.0.", "libgthread-2.0.",
    "libpcre2-8.", "libselinux.", "libmount.", "libblkid.", "libdbus-1.", "libsystemd.",
    "libcap.", "libgcrypt.", "libgpg-error.", "liblz4.", "libcups.", "libgnutls.", "libavahi-", "libp11-kit.", "libtasn1.", "libnettle.", "libhogweed.", "libgmp.", "libidn2.",
    "libunistring.", "libgtk-3.", "libgdk-3.", "libpango", "libcairo", "libatk", "libgdk_pixbuf",
    "libharfbuzz.", "libfribidi.", "libthai.", "libdatrie.", "libgraphite2.", "libpixman-1.",
    "libepoxy.", "libwayland-", "libXi.", "libXfixes.", "libXcursor.", "libXrandr.",
    "libXinerama.", "libXcomposite.", "libXdamage.", "libatspi.",
)

# Qt shared libraries kept (Linux/Windows names); every other Qt6 library is dropped.
QT_LIBS = ("Core", "Gui", "Widgets", "PrintSupport", "Svg", "SvgWidgets", "Network", "DBus",
           "XcbQpa", "WaylandClient", "WlShellIntegration", "OpenGL")
# Qt plugins kept, by folder; a folder missing here is dropped entirely.
QT_PLUGINS = {
    "platforms": ("qxcb", "qwayland", "qoffscreen", "qwindows", "qcocoa", "qminimal"),
    "platformthemes": ("qgtk3", "qxdgdesktopportal"),
    "platforminputcontexts": ("composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"),
    "imageformats": ("qgif", "qico", "qjpeg", "qsvg"),
    "iconengines": ("qsvgicon",),
    "printsupport": ("cupsprintersupport", "windowsprintersupport"),
    "styles": ("qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"),
    "xcbglintegrations": ("qxcb-glx-integration", "qxcb-egl-integration"),
    "wayland-shell-integration": ("xdg-shell",),
    "wayland-decoration-client": ("adwaita", "bradient"),
}
QT_TRANSLATIONS = ("qtbase_en.qm", "qtbase_fr.qm")
# Windows: the software OpenGL fallback and the shader compiler serve OpenGL/Quick only.
WINDOWS_DROP = ("opengl32sw.dll", "d3dcompiler_47.dll")


def _plugin_name(file_name: str) -> str:
    stem = file_name.split(".")[0]
    return stem.removeprefix("lib")


def _qt_module(name: str) -> str | None:
    """'Core' for libQt6Core.so.6, Qt6Core.dll or QtCore.framework; None for anything else."""
    for prefix in ("libQt6", "Qt6"):
        if name.startswith(prefix):
            return name[len(prefix):].split(".")[0]
    if name.startswith("Qt") and name.endswith(".framework"):
        return name[2:-len(".framework")]
    return None


def _keep_inside_qt(inside: tuple[str, ...]) -> bool | None:
    """Rules for files under PySide6/ (Linux/macOS: PySide6/Qt/...); None: no rule applies."""
    if not inside:
        return None
    if inside[0] == "plugins":
        return len(inside) == 3 and _plugin_name(inside[2]) in QT_PLUGINS.get(inside[1], ())
    if inside[0] == "translations":
        return inside[-1] in QT_TRANSLATIONS
    if inside[0] in ("qml", "resources", "libexec", "metatypes"):
        return False
    if inside[0] == "lib" and len(inside) > 1 and inside[1].endswith(".framework"):
        return _qt_module(inside[1]) in QT_LIBS
    return None


def keep(dest: str) -> bool:
    """Whether a collected file (by its path inside the bundle) belongs in the trimmed build."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if parts and parts[0] == "PySide6":
        inside = parts[2:] if parts[1:2] == ("Qt",) else parts[1:]
        verdict = _keep_inside_qt(inside)
        if verdict is not None:
            return verdict
    name = parts[-1]
    if len(parts) == 1 and name.startswith(SYSTEM_LIBS) or name.lower() in WINDOWS_DROP:
        return False
    module = _qt_module(name)
    return module is None or module in QT_LIBS
