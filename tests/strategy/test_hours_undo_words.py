"""Édition ▸ Annuler names typed hours as a thing: '&Undo typed hours', « Annuler : horaires tapés » (17e N8)."""

import pytest

from socialdesk.ui.i18n import install_translators
from tests.strategy.test_hours_typed_days_undo import read_typed, undo_action, window  # noqa: F401 (fixture)

WORDS = {"en": "&Undo typed hours", "fr": "&Annuler\u00a0: horaires tapés"}


@pytest.fixture(params=["en", "fr"])
def speaking(request):
    install_translators(request.param)  # before the window is built: its menu is translated then
    yield request.param
    install_translators("en")


def test_the_undo_entry_names_the_typed_hours(speaking, window):  # noqa: F811
    win, _path = window
    read_typed(win, "lun-sam 9h-19h, dimanche fermé")
    assert undo_action(win).text() == WORDS[speaking]
