"""The README's gallery: docs/screens holds exactly what `make screens` makes, each light enough, all shown."""

import importlib.util
import re
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
SCREENS = ROOT / "docs" / "screens"


def _script():
    spec = importlib.util.spec_from_file_location("make_screens", SCREENS / "make_screens.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_gallery_holds_the_files_the_script_makes_and_no_other():
    names = _script().file_names()
    assert len(names) == 5 * 2 * 2  # four tabs and the month, EN and FR, light and dark
    assert sorted(path.name for path in SCREENS.glob("*.png")) == sorted(names)


@pytest.mark.parametrize("name", _script().file_names())
def test_each_picture_is_a_1366_by_768_window_under_250_kb(name):
    path = SCREENS / name
    assert path.stat().st_size < _script().LIMIT
    image = QImage(str(path))
    assert (image.width(), image.height()) == _script().SIZE


def test_the_readme_shows_the_four_tabs_from_the_gallery():
    shown = re.findall(r"\]\((docs/screens/[^)]+\.png)\)", (ROOT / "README.md").read_text(encoding="utf-8"))
    assert shown == [f"docs/screens/{view}-en-light.png" for view in ("strategy", "calendar-week", "checklist",
                                                                      "presence")]
    assert all((ROOT / picture).is_file() for picture in shown)


def test_the_script_renders_what_it_lists(tmp_path, monkeypatch):
    """One language and theme rendered for real (offscreen): the names the gallery test expects come out."""
    script = _script()
    monkeypatch.setattr(script, "LANGUAGES", ("fr",))
    monkeypatch.setattr(script, "THEMES", ("dark",))
    from PySide6.QtWidgets import QApplication

    from a11y_walk import KeptLanguage
    from socialdesk.ui.theme import style

    try:
        with KeptLanguage():  # the next tests read the words and the theme they would have had
            made = script.main(tmp_path)
    finally:
        style.install(QApplication.instance(), "system")
    assert sorted(path.name for path in made) == sorted(script.file_names())
    dark = QImage(str(tmp_path / "calendar-month-fr-dark.png"))
    assert dark.pixelColor(dark.width() // 2, dark.height() // 2).lightness() < 128  # the dark theme, not light
