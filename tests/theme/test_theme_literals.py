"""No colour literal left in the window's widgets: colours come from socialdesk/ui/theme (print matter aside)."""

import re
from pathlib import Path

import socialdesk

UI = Path(socialdesk.__file__).parent / "ui"
# Print matter keeps its paper colours (black ink, grey rules): ui/printing and the tabs' printing modules.
PRINT_MATTER = re.compile(r"(^printing/|/printing\.py$|/printout\.py$)")
LITERALS = re.compile(
    r"""(["']#[0-9A-Fa-f]{3,8}["']"""  # "#c62828"
    r"""|QColor\(\s*(["'][^"']*["']|\d)"""  # QColor("white"), QColor(255, 255, 255)
    r"""|QColor\.from(Rgb|Hsl|Hsv|Cmyk)F?\(\s*\d"""  # QColor.fromHsl(210, 170, 110)
    r"""|Qt\.GlobalColor\.(?!transparent\b)\w+"""  # Qt.GlobalColor.darkGreen
    r"""|\b(color|background(-color)?)\s*:\s*(#|rgb|[a-z]+\s*;))"""  # a stylesheet's "color: red;"
)


def offending_lines():
    for path in sorted(UI.rglob("*.py")):
        relative = path.relative_to(UI).as_posix()
        if relative.startswith("theme/") or PRINT_MATTER.search(relative):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if LITERALS.search(line.split("  #")[0]):
                yield f"{relative}:{number}: {line.strip()}"


def test_no_widget_hard_codes_a_colour():
    assert list(offending_lines()) == []


def test_the_grep_finds_what_it_must():
    for line in ('painter.setPen(QColor("#ff8a80" if dark else "#c62828"))', 'QColor(255, 255, 255, 160)',
                 "QColor.fromHsl(0, 0, 140)", "QColor(Qt.GlobalColor.darkGreen)", 'setStyleSheet("color: red;")'):
        assert LITERALS.search(line), line
    for line in ("QColor(Qt.GlobalColor.transparent)", "QColor(palette.text)", '"type a code such as #1a6b3c."'):
        assert not LITERALS.search(line), line
