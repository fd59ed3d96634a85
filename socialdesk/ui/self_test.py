"""`socialdesk --self-test`: proves an installed or frozen build works, one printed line per check.

It opens a throw-away database with the sample bakery, builds every tab, makes a QR code and
reads it back, writes a PDF, and checks the bundled resources and the Qt plugins the app needs.
It never touches the owner's data file. Exit status 0 only when every check passed.
"""

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from socialdesk import APP_ID, __version__
from socialdesk.domain.clock import system_clock

SELF_TEST_URL = "https://www.example.org/socialdesk-self-test?check=1"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


class CheckFailed(Exception):
    """A check ran but found something wrong; the message says what."""


def _choose_platform() -> None:
    """Offscreen unless a platform was asked for or a display is there (e.g. under Xvfb)."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    has_display = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    if sys.platform.startswith("linux") and not has_display:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def check_resources() -> str:
    from socialdesk.paths import resources_dir

    folder = resources_dir()
    missing = [f"socialdesk-{size}.png" for size in ICON_SIZES if not (folder / "icons" / f"socialdesk-{size}.png").is_file()]
    if missing:
        raise CheckFailed(f"icons missing in {folder}: {', '.join(missing)}")
    if not (folder / "icons" / "socialdesk.svg").is_file():
        raise CheckFailed(f"icon source missing in {folder}")
    return str(folder)


def check_icon_and_images() -> str:
    from PySide6.QtGui import QImageReader
    from PySide6.QtSvg import QSvgRenderer

    from socialdesk.paths import resource
    from socialdesk.ui.application import app_icon

    icon = app_icon()
    if icon.isNull() or len(icon.availableSizes()) < len(ICON_SIZES):
        raise CheckFailed(f"window icon has {len(icon.availableSizes())} sizes")
    if not QSvgRenderer(str(resource("icons", "socialdesk.svg"))).isValid():
        raise CheckFailed("the SVG icon does not render (QtSvg missing?)")
    formats = {bytes(name).decode() for name in QImageReader.supportedImageFormats()}
    needed = {"png", "jpg", "svg"}
    if not needed <= formats:
        raise CheckFailed(f"image formats missing: {', '.join(sorted(needed - formats))}")
    return f"{len(icon.availableSizes())} icon sizes; reads {', '.join(sorted(needed))}"


def check_translations(language: str) -> str:
    from socialdesk.paths import resource
    from socialdesk.ui.i18n import install_translators

    try:
        ours = sorted(path.stem for path in resource("translations").glob("*_[fe][rn].qm"))
        loaded = install_translators("en") + install_translators("fr")
        dialog_words = _file_dialog_words()
    finally:
        install_translators(language)
    if "qtbase_fr" not in loaded:
        raise CheckFailed("Qt's own French translation (qtbase_fr) is not bundled")
    not_loaded = [name for name in ours if name not in loaded]
    if not_loaded:
        raise CheckFailed(f"catalogues that do not load: {', '.join(not_loaded)}")
    if "Voir dans" not in dialog_words:
        raise CheckFailed(f"Qt's file dialog is not in French: {dialog_words}")
    return f"French and English: {len(ours)} catalogue(s) + qtbase_fr; file dialog in French"


def _file_dialog_words() -> str:
    """The labels of Qt's own file dialog ("Look in:", "Files of type:") as the owner would read them."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    dialog = QFileDialog(None)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    try:
        return " ".join(label.text().replace("&", "") for label in dialog.findChildren(QLabel))
    finally:
        dialog.deleteLater()


def check_database(folder: Path):
    """The sample bakery in a fresh file; returns (store, detail)."""
    from socialdesk.storage.demo import build_demo_file

    store = build_demo_file(folder / "self-test.sqlite3", system_clock().date())
    verdict = store.conn.execute("PRAGMA integrity_check").fetchone()[0]
    if verdict != "ok":
        store.close()
        raise CheckFailed(f"integrity_check says {verdict}")
    tables = len(store.db.table_names())
    return store, f"{tables} tables, integrity ok"


def check_tabs(store) -> str:
    from PySide6.QtWidgets import QApplication

    from socialdesk.ui.common.bus import DataBus
    from socialdesk.tabs import TABS
    from socialdesk.ui.main_window import MainWindow

    bus = DataBus()
    window = MainWindow(store, bus, system_clock)
    try:
        window.resize(1100, 720)
        built = []
        for spec in TABS:
            object_name = spec.object_name
            page = window.page(object_name)
            if page is None:
                raise CheckFailed(f"tab {object_name} is missing from the window")
            content = page.ensure_built()
            content.resize(1100, 660)
            QApplication.processEvents()
            if content.grab().isNull():
                raise CheckFailed(f"tab {object_name} does not draw")
            built.append(f"{object_name} ({type(content).__name__})")
        return ", ".join(built)
    finally:
        window.close()
        window.deleteLater()
        QApplication.processEvents()


def make_verified_qr(payload: str):
    """A printable QR code (Pillow image) made by socialdesk.qr, trusted only once it reads back."""
    from socialdesk.qr.design import QrDesign
    from socialdesk.qr.raster import render
    from socialdesk.qr.verify import check, decode_texts

    checked = check(QrDesign(payload=payload))
    if not checked.verdict.ok:
        raise CheckFailed(f"QR code does not read back ({checked.verdict.reason.value}: {checked.verdict.decoded!r})")
    image = render(checked.code, dpi=300)
    found = decode_texts(image)
    if found != [payload]:
        raise CheckFailed(f"QR code reads back as {found!r}")
    return image


def check_qr(results: dict) -> str:
    image = make_verified_qr(SELF_TEST_URL)
    results["qr_image"] = image
    return f"{image.width} px at 300 dpi, reads back as the URL"


def check_second_reader(results: dict) -> str:
    """zbar loads (pyzbar finds libzbar) and reads the code: without it no logo code is Verified."""
    from socialdesk.qr.verify import zbar_available, zbar_misreads

    if not zbar_available():
        raise CheckFailed("zbar does not load (pyzbar or libzbar.so.0 missing): codes with a logo cannot be verified")
    if "qr_image" not in results:
        raise CheckFailed("no QR code to read")
    misread = zbar_misreads(results["qr_image"], SELF_TEST_URL)
    if misread is not None:
        raise CheckFailed(f"zbar reads the code as {misread!r}")
    from pyzbar import wrapper

    return f"zbar loads ({getattr(wrapper.LIBZBAR, '_name', '?')}) and reads the code back"


def check_phone_numbers() -> str:
    """phonenumbers and the region data it imports by name per country (a French and a Moroccan number)."""
    from socialdesk.domain.presence.phones import to_e164

    read = {country: to_e164(typed, country) for typed, country in (("04 78 00 00 00", "FR"), ("05 22 22 22 22", "MA"))}
    if read != {"FR": "+33478000000", "MA": "+212522222222"}:
        raise CheckFailed(f"phone numbers misread: {read}")
    return "a French and a Moroccan number read"


def check_time_zones() -> str:
    """Zone data (the system's, or the tzdata package on Windows) and the local zone from tzlocal."""
    from socialdesk.domain.calendar.zones import is_zone, local_zone_name

    if not is_zone("Europe/Paris"):
        raise CheckFailed("no time zone data: Europe/Paris unknown (tzdata missing)")
    return f"Europe/Paris known, local zone {local_zone_name() or 'unknown'}"


def _qimage_from_pil(image):
    import io

    from PySide6.QtGui import QImage

    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    qimage = QImage.fromData(buffer.getvalue(), "PNG")
    if qimage.isNull():
        raise CheckFailed("the QR image does not load into Qt")
    return qimage


def check_pdf(folder: Path, results: dict) -> str:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter

    from socialdesk.ui.printing.output import make_printer, write_pdf

    qr_image = _qimage_from_pil(results["qr_image"]) if "qr_image" in results else None

    def paint(printer):
        painter = QPainter(printer)
        try:
            page = printer.pageLayout().paintRectPixels(printer.resolution())
            painter.drawText(QRectF(0, 0, page.width(), page.height() / 10), f"SocialDesk {__version__} self-test")
            if qr_image is not None:
                side = min(page.width(), page.height()) / 3
                painter.drawImage(QRectF(0, page.height() / 8, side, side), qr_image)
        finally:
            painter.end()

    path = write_pdf(folder / "self-test.pdf", paint, make_printer("SocialDesk self-test"))
    data = path.read_bytes()
    if not data.startswith(b"%PDF") or b"%%EOF" not in data[-64:]:
        raise CheckFailed(f"{path} is not a complete PDF ({len(data)} bytes)")
    if qr_image is not None and b"/Subtype /Image" not in data:
        raise CheckFailed("the QR code is missing from the PDF")
    return f"{len(data)} bytes with the QR code"


def check_single_instance() -> str:
    """The QLocalServer/QLocalSocket pair the second launch uses to raise the first window."""
    from PySide6.QtNetwork import QLocalServer, QLocalSocket
    from PySide6.QtWidgets import QApplication

    key = f"socialdesk-self-test-{os.getpid()}"
    server = QLocalServer()
    QLocalServer.removeServer(key)
    if not server.listen(key):
        raise CheckFailed(f"cannot listen: {server.errorString()}")
    try:
        socket = QLocalSocket()
        socket.connectToServer(key)
        connected = socket.waitForConnected(2000)
        deadline = time.monotonic() + 2
        while connected and not server.hasPendingConnections() and time.monotonic() < deadline:
            QApplication.processEvents()
            server.waitForNewConnection(50)
        if not (connected and server.hasPendingConnections()):
            raise CheckFailed(f"second launch cannot reach the first: {socket.errorString()}")
        socket.disconnectFromServer()
        return "local socket round trip"
    finally:
        server.close()


def _run(name: str, check: Callable[[], str], failures: list[str]) -> None:
    started = time.monotonic()
    try:
        detail = check()
    except Exception as error:  # noqa: BLE001 (every failure is reported, then the next check runs)
        failures.append(name)
        print(f"FAIL {name}: {type(error).__name__}: {error}", flush=True)
        return
    print(f"ok   {name}: {detail} ({time.monotonic() - started:.2f} s)", flush=True)


def _run_all(folder: Path, language: str, failures: list[str]) -> None:
    from PySide6.QtGui import QGuiApplication

    results: dict = {}
    stores: list = []

    def database():
        store, detail = check_database(folder)
        stores.append(store)
        return detail

    def tabs():
        if not stores:
            raise CheckFailed("no database to build the tabs on")
        return check_tabs(stores[0])

    _run("platform", lambda: f"{QGuiApplication.platformName()}, {sys.platform}", failures)
    _run("resources", check_resources, failures)
    _run("icon", check_icon_and_images, failures)
    _run("translations", lambda: check_translations(language), failures)
    _run("database", database, failures)
    _run("tabs", tabs, failures)
    _run("qr", lambda: check_qr(results), failures)
    _run("zbar", lambda: check_second_reader(results), failures)
    _run("pdf", lambda: check_pdf(folder, results), failures)
    _run("single-instance", check_single_instance, failures)
    _run("phones", check_phone_numbers, failures)
    _run("zones", check_time_zones, failures)
    for store in stores:
        store.close()


def run_self_test(args) -> int:
    _choose_platform()
    from socialdesk.ui.application import make_application
    from socialdesk.ui.i18n import install_translators

    app = make_application()  # noqa: F841 (keeps the QApplication alive during the checks)
    language = getattr(args, "lang", None) or "en"
    install_translators(language)
    frozen = "frozen" if getattr(sys, "frozen", False) else "not frozen"
    print(f"SocialDesk {__version__} self-test ({APP_ID}, {frozen}, language {language})", flush=True)
    folder = Path(tempfile.mkdtemp(prefix="socialdesk-self-test-"))
    failures: list[str] = []
    try:
        _run_all(folder, language, failures)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if failures:
        print(f"self-test FAILED: {', '.join(failures)}", flush=True)
        return 1
    print("self-test passed", flush=True)
    return 0
