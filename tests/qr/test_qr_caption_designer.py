"""The designer refuses a caption that cannot print on one line under the code, with the limit (EN, FR)."""

import pytest

from socialdesk.qr.design import caption_limit
from socialdesk.ui.presence.qr_page import QrPage

URL = "https://www.boulangerie-lea.fr/"


@pytest.fixture
def page(qtbot, store, bus):
    widget = QrPage(store, bus)
    qtbot.addWidget(widget)
    widget.set_payload(URL)
    return widget


@pytest.mark.parametrize("language, words", [("en", "at most {} letters"), ("fr", "{} lettres au plus")])
def test_a_caption_too_long_for_one_line_is_refused_with_the_limit(page, language, words):
    from socialdesk.ui.i18n import install_translators

    limit = caption_limit(page.checked.code.total_size_mm)
    install_translators(language)
    try:
        page.design_form.caption.setText("x" * limit)
        page.refresh()
        assert page.checked is not None
        page.design_form.caption.setText("x" * (limit + 1))
        page.refresh()
        assert page.checked is None and words.format(limit) in page.status.text()
        assert not page.outputs.png.isEnabled()
    finally:
        install_translators("en")
