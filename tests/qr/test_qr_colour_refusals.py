"""Colour refusals name the value refused and the true reason, from the terminal and in the designer (EN, FR)."""

import pytest

from socialdesk.cli import main
from socialdesk.qr.colours import ColourProblem, ColourRefused, check_colours
from socialdesk.ui.presence.qr_page import QrPage

URL = "https://www.boulangerie-lea.fr/"


@pytest.fixture
def page(qtbot, store, bus):
    widget = QrPage(store, bus)
    qtbot.addWidget(widget)
    widget.set_payload(URL)
    return widget


@pytest.mark.parametrize("fg, bg, problem", [
    ("#ffffff", "#fefefe", ColourProblem.LOW_CONTRAST),  # was INVERTED: two near-equal whites
    ("#999999", "#888888", ColourProblem.LOW_CONTRAST),
    ("#ffffff", "#000000", ColourProblem.INVERTED),
    ("#777777", "#000000", ColourProblem.INVERTED),  # 4.7:1, but light on dark
])
def test_too_little_contrast_is_said_before_inverted(fg, bg, problem):
    with pytest.raises(ColourRefused) as refused:
        check_colours(fg, bg)
    assert refused.value.problem is problem


@pytest.mark.parametrize("argv, words", [
    (["--fg", "#12345"], ["--fg '#12345' is not a colour", "#rrggbb"]),
    (["--bg", "nope"], ["--bg 'nope' is not a colour"]),
    (["--fg", "#00000080"], ["--fg '#00000080' is transparent"]),
    (["--fg", "#ffffff", "--bg", "#fefefe"], ["'#ffffff' on --bg '#fefefe'", "contrast is too low", "1.0:1"]),
    (["--fg", "#ffffff", "--bg", "#000000"], ["'#ffffff' on --bg '#000000'", "light code on a dark background"]),
    (["--fg", "#808080"], ["'#808080' on --bg '#ffffff'", "contrast is too low (3.9:1"]),
])
def test_the_terminal_quotes_the_refused_colour_and_says_why(tmp_path, capsys, argv, words):
    out = tmp_path / "code.png"
    assert main(["qr", URL, "-o", str(out), *argv]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and all(w in err for w in words), err
    assert not out.exists()


@pytest.mark.parametrize("language, fg, bg, words", [
    ("en", "#12345", "#ffffff", ["cannot read the colour \u201c#12345\u201d", "#1a6b3c"]),
    ("fr", "#12345", "#ffffff", ["la couleur «\u00a0#12345\u00a0»", "#1a6b3c"]),
    ("en", "#00000080", "#ffffff", ["\u201c#00000080\u201d is transparent"]),
    ("fr", "#00000080", "#ffffff", ["«\u00a0#00000080\u00a0» est transparente"]),
    ("en", "#ffffff", "#fefefe", ["too close (contrast 1.0:1"]),
    ("fr", "#ffffff", "#fefefe", ["trop proches (contraste 1.0:1"]),
    ("en", "#ffffff", "#000000", ["inverted"]),
    ("fr", "#ffffff", "#000000", ["inversés"]),
    ("en", "#808080", "#ffffff", ["contrast 3.9:1"]),  # 3.95 rounded up read "4.0:1, at least 4:1"
])
def test_the_designer_says_which_colour_and_why(page, language, fg, bg, words):
    from socialdesk.ui.i18n import install_translators

    install_translators(language)
    try:
        page.design_form.foreground.edit.setText(fg)
        page.design_form.background.edit.setText(bg)
        page.refresh()
        assert page.checked is None and all(w in page.status.text() for w in words), page.status.text()
    finally:
        install_translators("en")
