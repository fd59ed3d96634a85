"""SocialDesk's look in one place: palette, type scale, spacing, the style applied to the whole application, and the few sheets.

Rules for using it:
- Colours: a widget reads its QPalette (Window, Base, Text, Highlight…); a custom painter also reads the status,
  warning and chip colours with `tokens(palette)` from the palette it is given. No colour literal outside this
  package (a test greps ui/); only print matter (ui/printing, */printing.py, */printout.py) keeps paper colours.
- One accent: the selection, the focus ring and ONE primary button per view (`mark_primary(button)`).
- Stylesheets: never app-wide (every widget would go through Qt's stylesheet style, 13 ms of the start-up). What a
  palette cannot say (rounded cards, tab bars, link and primary buttons) is one of style.SHEETS, put on the widget
  that needs it by `styled` or a `mark_*`; a change of theme refreshes each.
- Type: `font(Type.TITLE | SECTION | BODY | CAPTION)`, multiples of the system font; nothing under 0.87×.
- Space: margins and gaps from spacing.py (4, 8, 12, 16, 24); cards radius 8 with a 1 px border, chips 6.
- Text on a colour must reach 4.5:1 (a test computes every pair of both palettes).
"""
