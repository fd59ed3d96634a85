"""Applies the look app-wide: Fusion (QT_ARGUMENTS), a QPalette from the tokens, and small sheets on the widgets that need them."""

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QPushButton, QTabWidget, QWidget

from socialdesk.domain.settings import THEMES
from socialdesk.ui.theme import spacing
from socialdesk.ui.theme.controls import check_box_palette
from socialdesk.ui.theme.palette import DARK, LIGHT, Palette, with_words_of

CHOICES = THEMES  # the Preferences' choice, the setting "theme"
# Fusion, the same look on every OS, chosen as the QApplication is made (Qt's own -style option, which a
# QT_STYLE_OVERRIDE cannot undo): a style set from Python would make PySide build its QStyle type, 5 ms of the start.
QT_ARGUMENTS = ("-style", "fusion")
R = QPalette.ColorRole
UNDERLINE = 3  # the chosen inner tab's accent line, in logical pixels


def tokens(palette: QPalette | None = None) -> Palette:
    """The tokens that match `palette` (default: the application's): what custom painters read."""
    palette = palette if palette is not None else QApplication.palette()
    return with_words_of(palette.color(R.Text).lightness())


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


def _card(p: Palette) -> str:
    return f"""
QFrame[card="true"] {{ background: {p.card}; border: {spacing.BORDER}px solid {p.border};
  border-radius: {spacing.CARD_RADIUS}px; }}
QFrame[card="true"] QLabel {{ background: transparent; border: none; }}
"""


def _primary(p: Palette) -> str:
    return f"""
QPushButton[primary="true"] {{ background: {p.accent}; color: {p.on_accent}; border: {spacing.BORDER}px solid {p.accent};
  border-radius: {spacing.CHIP_RADIUS}px; padding: {spacing.XS}px {spacing.M}px; }}
QPushButton[primary="true"]:focus {{ border: 2px solid {p.text}; }}
QPushButton[primary="true"]:disabled {{ background: {p.border}; color: {p.secondary}; border-color: {p.border}; }}
"""


def _link(p: Palette) -> str:
    return f"""
QPushButton {{ color: {p.link}; border: {spacing.BORDER}px solid transparent; text-decoration: underline;
  padding: 0px {spacing.XS}px; }}
QPushButton:focus {{ border: {spacing.BORDER}px solid {p.accent}; border-radius: {spacing.CHIP_RADIUS}px; }}
"""


def _main_tabs(p: Palette) -> str:
    """The four tabs along the top: words on the desk, the chosen one on a card with the accent line under it."""
    return f"""
QTabBar {{ background: {p.window}; }}
QTabBar::tab {{ background: transparent; color: {p.secondary}; border: none; border-bottom: {UNDERLINE}px solid transparent;
  padding: {spacing.S}px {spacing.L}px; margin: {spacing.XS}px {spacing.XS}px 0px {spacing.XS}px;
  border-top-left-radius: {spacing.CHIP_RADIUS}px; border-top-right-radius: {spacing.CHIP_RADIUS}px; }}
QTabBar::tab:hover {{ color: {p.text}; background: {p.card}; border-bottom-color: {p.control}; }}
QTabBar::tab:selected {{ color: {p.text}; background: {p.card}; font-weight: bold; border-bottom-color: {p.accent}; }}
QTabBar::tab:focus {{ border: {spacing.BORDER}px solid {p.accent}; border-bottom: {UNDERLINE}px solid {p.accent}; }}
"""


def _inner_tabs(p: Palette) -> str:
    """A tab bar inside a tab (Week/Over time, Listings/QR codes): the chosen page underlined in the accent, bold."""
    return f"""
QTabBar::tab {{ background: transparent; color: {p.secondary}; border: none;
  border-bottom: {UNDERLINE}px solid transparent; padding: {spacing.S}px {spacing.M}px; margin-right: {spacing.XS}px; }}
QTabBar::tab:hover {{ color: {p.text}; background: {p.card}; border-bottom-color: {p.control}; }}
QTabBar::tab:selected {{ color: {p.text}; font-weight: bold; background: transparent; border-bottom-color: {p.accent}; }}
QTabBar::tab:focus {{ border: {spacing.BORDER}px solid {p.accent}; border-bottom: {UNDERLINE}px solid {p.accent}; }}
"""


def _framed(kind: str):
    """A list or a picture on a rounded card of the desk's colour (the ideas, the QR preview)."""
    return lambda p: (f"{kind} {{ background: {p.window}; border: {spacing.BORDER}px solid {p.border};"
                      f" border-radius: {spacing.CARD_RADIUS}px; }}")


SHEETS = {  # what a palette cannot say, set on the few widgets that need it (marked by `styled`)
    "card": _card, "primary": _primary, "link": _link, "main tabs": _main_tabs, "inner tabs": _inner_tabs,
    "ideas": _framed("PostList"), "qr preview": _framed("QLabel"),
}
SHEET = "themeSheet"  # the property that names a widget's sheet, so a change of theme finds it


def styled(widget: QWidget, sheet: str) -> QWidget:
    """Give `widget` (and what it holds) one of the theme's sheets, now and at each change of theme.

    Never app-wide: an application stylesheet puts every widget of the window through Qt's stylesheet
    style, 13 ms of the start-up (bench/PROFILE.md); here only these widgets and their children are."""
    widget.setProperty(SHEET, sheet)
    widget.setStyleSheet(SHEETS[sheet](tokens()))
    return widget


def mark_card(frame: QFrame) -> QFrame:
    """A rounded card on the desk (an empty state, the welcome's steps, what is due)."""
    frame.setProperty("card", True)
    return styled(frame, "card")


def mark_primary(button: QPushButton, primary: bool = True) -> QPushButton:
    """The view's one primary button, in the accent colour (`primary` False: an ordinary button again)."""
    button.setProperty("primary", primary)
    button.setAutoDefault(False)
    return styled(button, "primary")  # setting the sheet polishes the button again, with the property as it now is


def mark_link(button: QPushButton) -> QPushButton:
    """A button that reads as a link: underlined words in the link colour, a frame only with the focus."""
    button.setProperty("link", True)
    return styled(button, "link")


def mark_tabs(tabs: QTabWidget, inner: bool) -> QTabWidget:
    """The window's four tabs (`inner` False), or a tab bar inside a tab: no frame round the page, one line above it."""
    tabs.setDocumentMode(True)
    styled(tabs.tabBar(), "inner tabs" if inner else "main tabs")
    return tabs


class Theme(QObject):
    """One per application: applies the owner's choice and, for "system", follows the system's scheme."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self.setObjectName("theme")
        self.app = app
        self.choice = "system"
        self.current: Palette | None = None
        app.styleHints().colorSchemeChanged.connect(self._on_style_hints_color_scheme_changed)

    def apply(self, choice: str, scheme: Qt.ColorScheme | None = None) -> Palette:
        self.choice = choice if choice in CHOICES else "system"
        scheme = self.app.styleHints().colorScheme() if scheme is None else scheme
        wanted = chosen(self.choice, scheme)
        if wanted != self.current:
            self.current = wanted
            palette = qpalette(wanted)
            self.app.setPalette(palette)
            for outlined in ("QCheckBox", "QRadioButton"):  # their indicators outlined in the control colour
                self.app.setPalette(check_box_palette(palette), outlined)
            tab_widgets = []
            for widget in QApplication.allWidgets():
                sheet = widget.property(SHEET)
                if sheet:
                    widget.setStyleSheet(SHEETS[sheet](wanted))
                    if isinstance(widget.parentWidget(), QTabWidget):
                        tab_widgets.append(widget.parentWidget())
            # Qt leaves a tab widget whose bar has a sheet (and its pages) in the old palette: each takes its
            # parent's again, the outer ones first so that the inner ones take the new one.
            for tabs in sorted(tab_widgets, key=_depth):
                tabs.setPalette(QPalette())
        return wanted

    def _on_style_hints_color_scheme_changed(self, scheme):
        if self.choice == "system":
            self.apply("system", scheme)


def _depth(widget: QWidget) -> int:
    depth = 0
    while (widget := widget.parentWidget()) is not None:
        depth += 1
    return depth


def install(app: QApplication, choice: str = "system") -> Theme:
    """The application's theme (made once), with `choice` applied."""
    theme = app.findChild(Theme, "theme") or Theme(app)
    theme.apply(choice)
    return theme
