"""Every kind of code also decodes from its vector PDF rasterised by pdftoppm at 150 dpi."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from qr_helpers import make_logo, needs_pdftoppm, rasterise_pdf
from test_qr_codes import PAYLOADS

from socialdesk.qr.design import QrDesign, prepare
from socialdesk.qr.verify import check, decode_texts

pytestmark = needs_pdftoppm


def _pdf_texts(tmp_path, design: QrDesign, name: str = "code") -> list[str]:
    from socialdesk.ui.presence.qr_export import paint_code_pdf_to

    minimum = prepare(design).minimum_size_mm
    checked = check(QrDesign(**{**design.__dict__, "size_mm": max(design.size_mm, minimum)}))
    if not checked.verdict.ok:  # following the designer's advice must give a code that verifies
        checked = check(QrDesign(**{**design.__dict__, "size_mm": checked.verdict.minimum_size_mm}))
    assert checked.verdict.ok, checked.verdict
    target = tmp_path / f"{name}.pdf"
    paint_code_pdf_to(target, checked, "Légende ☕", "Scannez-moi")  # what "Save as PDF" draws
    return decode_texts(rasterise_pdf(target, 150)[0])


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize("styled", [False, True])
def test_pdf_of_every_kind_of_code_decodes(qapp, tmp_path, payload, styled):
    design = QrDesign(payload, size_mm=20)
    if styled:
        design = QrDesign(payload, foreground="#3b1f5c", background="#fdf6ff", logo=make_logo(300, 180), size_mm=20)
    assert _pdf_texts(tmp_path, design) == [payload]


TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=400)


def _round_trip(qapp, tmp_path_factory, payload, with_logo):
    logo = make_logo() if with_logo else None
    try:
        prepare(QrDesign(payload, logo=logo))
    except ValueError:  # too long for a code (with a logo): refused, not crashed
        return
    folder = tmp_path_factory.mktemp("pdf")
    assert _pdf_texts(folder, QrDesign(payload, logo=logo, size_mm=20)) == [payload]


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(TEXT, st.booleans())
def test_any_text_round_trips_through_the_pdf(qapp, tmp_path_factory, payload, with_logo):
    _round_trip(qapp, tmp_path_factory, payload, with_logo)


@pytest.mark.faults
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.function_scoped_fixture])
@given(TEXT, st.booleans())
def test_any_text_round_trips_through_the_pdf_many(qapp, tmp_path_factory, payload, with_logo):
    _round_trip(qapp, tmp_path_factory, payload, with_logo)
