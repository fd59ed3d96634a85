"""The post dialog's counts follow the language: « Instagram : 378 / 2 200 » in French, "Instagram: 378 / 2,200"."""

from datetime import date

import pytest

from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.ui.calendar.post_dialog import PostDialog
from socialdesk.ui.i18n import install_translators

NB, NNB = "\u00a0", "\u202f"


def _counts(qtbot, store, language):
    install_translators(language)
    try:
        post = Post(day=date(2026, 12, 1), networks=("instagram",), text="a" * 378, status=PostStatus.PLANNED)
        dialog = PostDialog(None, post, store, None, False, clock=fixed_clock(date(2026, 11, 26)))
        qtbot.addWidget(dialog)
        return dialog.counts_label.text()
    finally:
        install_translators("en")


@pytest.mark.parametrize("language, expected", [
    ("fr", (f"Instagram{NB}: 378 / 2{NB}200", f"Instagram{NB}: 378 / 2{NNB}200")),
    ("en", ("Instagram: 378 / 2,200",)),
])
def test_the_count_is_written_the_way_the_language_writes_it(qtbot, store, language, expected):
    assert _counts(qtbot, store, language) in expected
