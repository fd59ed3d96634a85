"""Logo size rule (every Verified logo code reads in zbar too) and the designer's encoding refusals."""

import pytest
from qr_helpers import make_logo

from socialdesk.qr import geometry
from socialdesk.qr.design import QrDesign, prepare
from socialdesk.qr.raster import render
from socialdesk.qr.verify import check
from tests.outside.readers import both_decoders


@pytest.fixture
def page(qtbot, store, bus):
    from socialdesk.ui.presence.qr_page import QrPage

    widget = QrPage(store, bus)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.mark.parametrize("language, words", [("en", "no QR reader can read"), ("fr", "aucun lecteur")])
def test_designer_says_a_lone_surrogate_cannot_be_encoded(page, qtbot, language, words):
    """Before: evaluate let UnencodableText escape from the designer's refresh (a traceback)."""
    from socialdesk.ui.i18n import install_translators
    from socialdesk.ui.presence.qr_payload_form import TEXT

    install_translators(language)
    try:
        page.payload_form.kind.setCurrentIndex(TEXT)
        qtbot.keyClicks(page.payload_form.text, "Pain au chocolat")
        page.refresh()
        assert page.checked is not None
        # PySide6 drops a lone surrogate typed or pasted through Qt; a text handed over from Python
        # (another tab, a broken paste kept by the app) keeps it, exactly as given.
        page.set_payload("Pain au chocolat \udc80 1,20")
        assert page.checked is None
        assert words in page.status.text()
        assert not page.outputs.png.isEnabled()
    finally:
        install_translators("en")
