"""Applies the look app-wide: Fusion, a QPalette and one stylesheet from the tokens; follows the system's scheme."""

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QPushButton

from socialdesk.domain.settings import THEMES
from socialdesk.ui.theme import spacing
from socialdesk.ui.theme.controls import ControlsStyle
from socialdesk.ui.theme.palette import DARK, LIGHT, Palette

CHOICES = THEMES  # the Preferences' choice, the setting "theme"
R = QPalette.ColorRole
UNDERLINE = 3  # the chosen inner tab's accent line, in logical pixels


def tokens(palette: QPalette | None = None) -> Palette:
    """The tokens that match `palette` (default: the application's): what custom painters read."""
    palette = palette if palette is not None else QApplication.palette()
    return DARK if palette.color(R.Text).lightness() >= 128 else LIGHT  # light words: a dark theme


def chosen(choice: str, scheme: Qt.ColorScheme) -> Palette:
    """Light or dark for a choice, "system" following the scheme the system reports (unknown: light)."""
    if choice == "system":
        return DARK if scheme == Qt.ColorScheme.Dark else LIGHT
    return DARK if choice == "dark" else LIGHT


def qpalette(p: Palette) -> QPalette:
    """A complete QPalette, so every standard widget (and Fusion's bevels) follows the tokens."""
    palette = QPalette()
    roles = {
        R.Window: p.window, R.WindowText: p.text, R.Base: p.card, R.AlternateBase: p.window, R.Text: p.text,
        R.Button: p.card, R.ButtonText: p.text, R.BrightText: p.danger, R.Highlight: p.accent,
        R.HighlightedText: p.on_accent, R.ToolTipBase: p.card, R.ToolTipText: p.text, R.PlaceholderText: p.secondary,
        R.Link: p.link, R.LinkVisited: p.link, R.Light: p.card, R.Midlight: p.window, R.Mid: p.border,
        R.Dark: p.border, R.Shadow: p.border, R.Accent: p.accent,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (R.WindowText, R.Text, R.ButtonText):  # disabled words: quieter, still legible
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(p.secondary))
    palette.setColor(QPalette.ColorGroup.Disabled, R.Button, QColor(p.window))
    return palette


def stylesheet(p: Palette) -> str:
    """The one application stylesheet: only what a palette cannot say (rounded cards, the primary button)."""
    return f"""
QToolTip {{ color: {p.text}; background: {p.card}; border: {spacing.BORDER}px solid {p.border};
  padding: {spacing.XS}px; }}
DayColumn {{ background: {p.window}; border: {spacing.BORDER}px solid {p.border};
  border-radius: {spacing.CARD_RADIUS}px; }}
DayColumn[today="true"] {{ border: 2px solid {p.accent}; }}
DayColumn[today="true"] QLabel#dayHeader {{ font-weight: bold; color: {p.accent}; }}
QLabel#dayClosed {{ color: {p.warning}; font-weight: bold; }}
DayColumn PostList {{ background: transparent; border: none; }}
MonthCell PostList {{ background: transparent; border: none; }}
PostList {{ background: {p.window}; border: {spacing.BORDER}px solid {p.border}; border-radius: {spacing.CARD_RADIUS}px; }}
QLabel#qrPreview {{ background: {p.window}; border: {spacing.BORDER}px solid {p.border};
  border-radius: {spacing.CARD_RADIUS}px; }}
QFrame[card="true"] {{ background: {p.card}; border: {spacing.BORDER}px solid {p.border};
  border-radius: {spacing.CARD_RADIUS}px; }}
QFrame[card="true"] QLabel {{ background: transparent; border: none; }}
QPushButton[link="true"] {{ color: {p.link}; border: {spacing.BORDER}px solid transparent; text-decoration: underline;
  padding: 0px {spacing.XS}px; }}
QPushButton[link="true"]:focus {{ border: {spacing.BORDER}px solid {p.accent}; border-radius: {spacing.CHIP_RADIUS}px; }}
QPushButton[primary="true"] {{ background: {p.accent}; color: {p.on_accent}; border: {spacing.BORDER}px solid {p.accent};
  border-radius: {spacing.CHIP_RADIUS}px; padding: {spacing.XS}px {spacing.M}px; }}
QPushButton[primary="true"]:focus {{ border: 2px solid {p.text}; }}
QPushButton[primary="true"]:disabled {{ background: {p.border}; color: {p.secondary}; border-color: {p.border}; }}
""" + main_tabs(p) + inner_tabs(p)


def main_tabs(p: Palette) -> str:
    """The four tabs along the top: words on the desk, the chosen one on a card with the accent line under it."""
    tab = "QTabWidget#mainTabs > QTabBar::tab"
    return f"""
QTabWidget#mainTabs > QTabBar {{ background: {p.window}; }}
QTabWidget#mainTabs::pane {{ border: none; border-top: {spacing.BORDER}px solid {p.border}; }}
{tab} {{ background: transparent; color: {p.secondary}; border: none; border-bottom: {UNDERLINE}px solid transparent;
  padding: {spacing.S}px {spacing.L}px; margin: {spacing.XS}px {spacing.XS}px 0px {spacing.XS}px;
  border-top-left-radius: {spacing.CHIP_RADIUS}px; border-top-right-radius: {spacing.CHIP_RADIUS}px; }}
{tab}:hover {{ color: {p.text}; background: {p.card}; border-bottom-color: {p.control}; }}
{tab}:selected {{ color: {p.text}; background: {p.card}; font-weight: bold; border-bottom-color: {p.accent}; }}
{tab}:focus {{ border: {spacing.BORDER}px solid {p.accent}; border-bottom: {UNDERLINE}px solid {p.accent}; }}
"""


def inner_tabs(p: Palette) -> str:
    """A tab bar inside a tab (Week/Over time, Listings/QR codes): the chosen page underlined in the accent, bold."""
    tab = "QTabWidget QTabWidget > QTabBar::tab"
    return f"""
QTabWidget QTabWidget::pane {{ border: none; border-top: {spacing.BORDER}px solid {p.border}; top: -{spacing.BORDER}px; }}
{tab} {{ background: transparent; color: {p.secondary}; border: none;
  border-bottom: {UNDERLINE}px solid transparent; padding: {spacing.S}px {spacing.M}px; margin-right: {spacing.XS}px; }}
{tab}:hover {{ color: {p.text}; background: {p.card}; border-bottom-color: {p.control}; }}
{tab}:selected {{ color: {p.text}; font-weight: bold; background: transparent; border-bottom-color: {p.accent}; }}
{tab}:focus {{ border: {spacing.BORDER}px solid {p.accent}; border-bottom: {UNDERLINE}px solid {p.accent}; }}
"""


def mark_card(frame: QFrame) -> QFrame:
    """A rounded card on the desk (an empty state, the welcome's steps, what is due)."""
    frame.setProperty("card", True)
    return frame


def mark_primary(button: QPushButton) -> QPushButton:
    """The view's one primary button, in the accent colour."""
    button.setProperty("primary", True)
    button.setAutoDefault(False)
    return button


class Theme(QObject):
    """One per application: applies the owner's choice and, for "system", follows the system's scheme."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self.setObjectName("theme")
        self.app = app
        self.choice = "system"
        self.current: Palette | None = None
        app.setStyle(ControlsStyle())  # Fusion, the same look on every OS; the palette does the rest
        app.styleHints().colorSchemeChanged.connect(self._on_style_hints_color_scheme_changed)

    def apply(self, choice: str, scheme: Qt.ColorScheme | None = None) -> Palette:
        self.choice = choice if choice in CHOICES else "system"
        scheme = self.app.styleHints().colorScheme() if scheme is None else scheme
        wanted = chosen(self.choice, scheme)
        if wanted != self.current:
            self.current = wanted
            self.app.setPalette(qpalette(wanted))
            self.app.setStyleSheet(stylesheet(wanted))
        return wanted

    def _on_style_hints_color_scheme_changed(self, scheme):
        if self.choice == "system":
            self.apply("system", scheme)


def install(app: QApplication, choice: str = "system") -> Theme:
    """The application's theme (made once), with `choice` applied."""
    theme = app.findChild(Theme, "theme") or Theme(app)
    theme.apply(choice)
    return theme
