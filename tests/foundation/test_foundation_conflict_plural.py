"""The conflict-copy question counts in words: one copy, two copies (English and French), never « copie(s) »."""

from pathlib import Path

import pytest

from socialdesk.ui.i18n import install_translators
from socialdesk.ui.placement_notice import compare_question


@pytest.fixture
def french(qapp):
    install_translators("fr")
    yield
    install_translators("en")


def _copies(n):
    return [Path(f"shop (conflit {i}).sqlite3") for i in range(n)]


def test_english_says_one_copy_and_two_copies(qapp):
    install_translators("en")
    assert "left 1 conflict copy beside" in compare_question(_copies(1))
    assert "left 2 conflict copies beside" in compare_question(_copies(2))
    assert "(ies)" not in compare_question(_copies(2))


def test_french_says_une_copie_and_deux_copies(french):
    one, two = compare_question(_copies(1)), compare_question(_copies(2))
    assert "a laissé 1 copie en conflit à côté" in one and "shop (conflit 0).sqlite3" in one
    assert "a laissé 2 copies en conflit à côté" in two
    assert "(s)" not in one + two
