"""`make screens`: the gallery (four tabs and the month) from the demo file on a fixed day, EN/FR, light/dark."""

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZE = (1366, 768)  # the smallest common laptop screen
MOMENT = datetime(2026, 11, 26, 9, 0)  # a Thursday morning: the demo's week is full, the chart has history
LANGUAGES = ("en", "fr")
THEMES = ("light", "dark")
VIEWS = ("strategy", "calendar-week", "calendar-month", "checklist", "presence")  # name -> what is shown
LIMIT = 250 * 1024  # bytes per picture, so the README stays light


def file_names() -> list[str]:
    """Every picture the gallery holds, in the order they are made."""
    return [f"{view}-{language}-{theme}.png" for language in LANGUAGES for theme in THEMES for view in VIEWS]


def _show(window, view: str) -> None:
    from PySide6.QtWidgets import QApplication

    index = {"strategy": 0, "calendar-week": 1, "calendar-month": 1, "checklist": 2, "presence": 3}[view]
    window.show_tab(index)
    content = window.tabs.widget(index).ensure_built()
    if index == 1:
        content.months.set_mode("month" if view == "calendar-month" else "week", save=False)
        if window.focusWidget() is not None:  # a picture of the page as it opens, not of where Ctrl+2 puts the
            window.focusWidget().clearFocus()  # keyboard (today's day, outlined)
    for _ in range(5):
        QApplication.processEvents()


def _save(image, path: Path) -> None:
    """PNG at full compression; over the limit, the same picture in 256 colours (Pillow's quantiser)."""
    image.save(str(path), "PNG", 0)
    if path.stat().st_size > LIMIT:
        from PIL import Image

        with Image.open(path) as picture:
            picture.convert("RGB").quantize(256, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)


def render(language: str, theme: str, folder: Path, work: Path) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from socialdesk.domain.clock import fixed_clock
    from socialdesk.storage.demo import build_demo_file
    from socialdesk.ui.common.bus import DataBus
    from socialdesk.ui.i18n import install_translators
    from socialdesk.ui.main_window import MainWindow

    clock = fixed_clock(MOMENT)
    store = build_demo_file(work / f"demo-{language}-{theme}.sqlite3", MOMENT.date(), language)
    store.settings.set("theme", theme)
    install_translators(language)
    window = MainWindow(store, DataBus(), clock)
    window.resize(*SIZE)
    window.show()
    window.statusBar().clearMessage()  # the scratch folder's random name would differ in every picture
    made = []
    for view in VIEWS:
        _show(window, view)
        path = folder / f"{view}-{language}-{theme}.png"
        _save(window.grab().toImage(), path)
        made.append(path)
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    store.close()
    return made


def main(folder: Path = HERE) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="socialdesk-screens-") as scratch:
        work = Path(scratch)
        for variable in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME"):  # never the owner's own settings
            os.environ[variable] = str(work / variable.lower())
        from socialdesk.ui import application

        application.make_application()
        made = [path for language in LANGUAGES for theme in THEMES for path in render(language, theme, folder, work)]
    for path in made:
        print(f"{path.relative_to(folder.parent.parent) if folder == HERE else path}  {path.stat().st_size // 1024} KB")
    return made


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
