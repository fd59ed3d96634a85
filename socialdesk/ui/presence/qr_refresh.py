"""From the designer's controls to a checked code and the sentences that describe it."""

import dataclasses
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from socialdesk.domain.address_text import CaptionProblem, caption_address_problem
from socialdesk.domain.cards import printed_address
from socialdesk.domain.urls import UrlRefused
from socialdesk.qr import geometry
from socialdesk.qr.colours import ColourRefused
from socialdesk.qr.design import (CaptionTooLong, LogoDoesNotFit, QrDesign, address_caption, checked_caption,
                                  prepare)
from socialdesk.qr.encoding import EmptyPayload, EncodingRefused, PayloadTooLong
from socialdesk.qr.payloads import PayloadProblem, PayloadRefused
from socialdesk.qr.verify import PREVIEW_DPI, Checked, UrlWarning, check
from socialdesk.ui.common.words import fill
from socialdesk.ui.presence import labels, qr_labels


@dataclass
class Evaluation:
    checked: Checked | None
    status: str
    size_text: str = ""
    warnings: list[str] = field(default_factory=list)
    caption_problem: str = ""  # shown under the caption field
    printed_caption: str = ""  # the owner's caption, else the code's own address when it fits


def evaluate(payload_form, design_form) -> Evaluation:
    """Never raises for the owner's input: every refusal becomes a sentence."""
    try:
        payload = payload_form.payload()
    except UrlRefused as refusal:
        return Evaluation(None, labels.URL_PROBLEMS[refusal.problem])
    except PayloadRefused as refusal:
        return Evaluation(None, qr_labels.PAYLOAD_PROBLEMS[refusal.problem])
    design = QrDesign(payload, design_form.ec.currentData(), design_form.foreground.value(),
                      design_form.background.value(), design_form.logo, design_form.chosen_size_mm(),
                      design_form.caption.text().strip(), design_form.call_to_action.text().strip(),
                      design_form.letters.currentData())
    refused = _other_address(design)
    if refused is not None:
        return refused
    try:
        minimum = prepare(design).minimum_size_mm
        chosen = design.size_mm
        design = dataclasses.replace(design, size_mm=max(chosen, minimum))
        checked = check(design, PREVIEW_DPI)
    except EmptyPayload:
        return Evaluation(None, qr_labels.PAYLOAD_PROBLEMS[PayloadProblem.EMPTY])
    except PayloadTooLong as refusal:
        return Evaluation(None, qr_labels.QR_WORDS["too_long_with_logo" if refusal.with_logo else "too_long"])
    except EncodingRefused:  # UnencodableText, and any refusal added later: never a traceback
        return Evaluation(None, QCoreApplication.translate(
            "QrRefresh", "This text has a character no QR reader can read (often left by a broken copy "
                         "and paste): retype the text or paste it again."))
    except ColourRefused as refusal:
        return Evaluation(None, qr_labels.colour_problem_text(refusal.problem, refusal.ratio, refusal.value))
    except LogoDoesNotFit:
        return Evaluation(None, QCoreApplication.translate(
            "QrRefresh", "This code is too small to carry a logo: remove the logo."))
    try:  # the caption rule every output follows (qr/design.py): one whole line, or refused
        checked_caption(design.caption, checked.code.total_size_mm)
    except CaptionTooLong as refusal:
        return Evaluation(None, fill(qr_labels.QR_WORDS["caption_too_long"], refusal.limit, refusal.length))
    try:  # the call to action follows the same rule: a sentence wrapped under a code reads as two
        checked_caption(design.call_to_action, checked.code.total_size_mm)
    except CaptionTooLong as refusal:
        return Evaluation(None, fill(qr_labels.QR_WORDS["call_to_action_too_long"], refusal.limit, refusal.length))
    asked = payload_form.tracking.isChecked() and payload_form.tracking.isEnabled()  # the owner's own tags
    warnings = [qr_labels.URL_WARNINGS[w] for w in checked.verdict.warnings if not (asked and w is UrlWarning.TRACKING)]
    printed = design.caption
    if not printed:  # as `socialdesk qr`: the code's own address, or none and said
        address = address_caption(payload, checked.code.total_size_mm, design.call_to_action, design.font)
        if address is None:
            warnings.append(qr_labels.QR_WORDS["address_left_off"])
        printed = address or ""
    return Evaluation(checked, _status(checked), _size_text(checked, chosen), warnings, printed_caption=printed)


def _other_address(design: QrDesign) -> Evaluation | None:
    """A caption or call to action that reads as a web address must be the code's own (issue 12)."""
    for text, under_caption in ((design.caption, True), (design.call_to_action, False)):
        found = caption_address_problem(text, design.payload)
        if found is not None:
            problem, word = found
            key = "caption_no_address" if problem is CaptionProblem.NO_ADDRESS else "caption_other_address"
            words = fill(qr_labels.QR_WORDS[key], word, printed_address(design.payload))
            return Evaluation(None, words, caption_problem=words if under_caption else "")
    return None


def _status(checked: Checked) -> str:
    verdict = checked.verdict
    if verdict.ok:
        text = QCoreApplication.translate(
            "QrRefresh", "Checked ✓ — at %1 mm it scans back to exactly this content, even printed at %2 dpi.")
        text = fill(text, f"{checked.code.size_mm:g}", str(PREVIEW_DPI))
        if checked.logo_fraction is not None:
            text += " " + fill(QCoreApplication.translate(
                "QrRefresh", "Logo: %1 % of the code."), f"{checked.logo_fraction * 100:.0f}")
        return text
    return fill(QCoreApplication.translate("QrRefresh", "Not checked — %1. %2"),
                qr_labels.SCAN_REASONS[verdict.reason],
                qr_labels.advice_text(verdict.reason, verdict.minimum_size_mm))


def _size_text(checked: Checked, chosen_mm: float) -> str:
    code = checked.code
    text = QCoreApplication.translate(
        "QrRefresh", "Printed %1 mm wide (%2 mm with its white margin), readable from about %3 cm. "
                     "Damage tolerance %4, %5 × %5 squares.")
    text = fill(text, f"{code.size_mm:g}", f"{code.total_size_mm:.0f}",
                f"{geometry.distance_for_size_cm(code.size_mm):.0f}", code.matrix.ec, str(code.modules))
    if code.size_mm > chosen_mm:
        text += " " + fill(QCoreApplication.translate(
            "QrRefresh", "Raised from %1 mm: the smallest size for this much content."), f"{chosen_mm:g}")
    return text
