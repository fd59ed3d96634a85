"""QR, image and PDF libraries stay out of start-up; the designer's mnemonics do not clash."""

import re
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel

HEAVY = ("qrcode", "PIL", "zxingcpp", "PySide6.QtPrintSupport", "PySide6.QtSvg")


@pytest.mark.parametrize("code", [
    "import socialdesk.app, socialdesk.cli",
    "import socialdesk.qr.payloads, socialdesk.qr.design, socialdesk.qr.verify, socialdesk.qr.geometry",
    "from PySide6.QtWidgets import QApplication; app = QApplication([]);"
    "from socialdesk.storage import Store; from socialdesk.ui.common.bus import DataBus;"
    "import socialdesk.ui.presence.qr_page",
])
def test_heavy_libraries_are_imported_lazily(code):
    probe = f"import sys\n{code}\nprint(sorted(m for m in {HEAVY!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert out.stdout.strip().splitlines()[-1] == "[]"


def _mnemonics(page) -> list[str]:
    found = []
    widgets = [w for w in page.findChildren(QLabel) if w.buddy() is not None] + page.findChildren(QAbstractButton)
    for widget in widgets:
        if widget.isVisibleTo(page):
            match = re.search(r"&([^&\s])", widget.text().replace("&&", ""))
            if match:
                found.append(match.group(1).lower())
    return found


@pytest.mark.parametrize("language", ["en", "fr"])
def test_mnemonics_are_unique_for_every_kind_of_content(qtbot, store, bus, language):
    from socialdesk.ui.i18n import install_translators
    from socialdesk.ui.presence.qr_page import QrPage

    install_translators(language)
    try:
        page = QrPage(store, bus)
        qtbot.addWidget(page)
        page.show()
        for kind in range(page.payload_form.kind.count()):
            page.payload_form.kind.setCurrentIndex(kind)
            letters = _mnemonics(page)
            assert len(letters) >= 5 and len(letters) == len(set(letters)), (language, kind, letters)
    finally:
        install_translators("en")


def _window_letters(window, tabs) -> dict[str, list[str]]:
    """Every access key Alt reaches on the shown tab: the tab bar's, its visible buttons' and buddied labels'."""
    page = tabs.currentWidget()
    texts = [tabs.tabText(i) for i in range(tabs.count())]
    widgets = [w for w in page.findChildren(QLabel) if w.buddy() is not None] + page.findChildren(QAbstractButton)
    texts += [w.text() for w in widgets if w.isVisibleTo(window)]
    letters: dict[str, list[str]] = {}
    for text in texts:
        match = re.search(r"&([^&\s])", text.replace("&&", ""))
        if match:
            letters.setdefault(match.group(1).lower(), []).append(text)
    return letters


@pytest.mark.parametrize("language", ["en", "fr"])
def test_each_tab_of_the_demo_has_unique_access_keys_in_week_and_month(qtbot, demo_window, language):
    """Today's widgets too: hours grid, reviews box, occasion tasks, reply button, week/month switch."""
    from PySide6.QtWidgets import QTabWidget

    from socialdesk.ui.calendar.tab import CalendarTab

    window = demo_window(language)
    tabs = window.findChild(QTabWidget)
    clashes = []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        calendar = tabs.currentWidget().findChild(CalendarTab) or (
            tabs.currentWidget() if isinstance(tabs.currentWidget(), CalendarTab) else None)
        for mode in (("week", "month") if calendar else (None,)):
            if mode:
                calendar.months.set_mode(mode)
            qtbot.wait(50)
            clashes += [(index, mode, texts) for texts in _window_letters(window, tabs).values()
                        if len(texts) > 1]
    assert clashes == [], "\n".join(map(str, clashes))
