"""QR payloads generated with Hypothesis: what the designer accepts scans back exactly (zxing-cpp)."""

import dataclasses
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hypothesis_profiles import TRIED, fast_and_long
from socialdesk.qr.design import QrDesign, prepare
from socialdesk.qr.encoding import EncodingRefused, PayloadTooLong
from socialdesk.qr.payloads import PayloadRefused, WifiSecurity, text_payload, wifi_payload
from socialdesk.qr.verify import Reason, check

WIFI_NASTY = st.text(alphabet=st.sampled_from('\\;,":abcé 🥐\'$!'), min_size=1, max_size=24)


def _scans_back(payload: str) -> bool:
    """True if the code (made bigger when it is too dense for 4 cm) decodes to exactly `payload`."""
    design = QrDesign(payload=payload)
    checked = check(design)
    if checked.verdict.reason is Reason.TOO_DENSE:
        checked = check(dataclasses.replace(design, size_mm=checked.verdict.minimum_size_mm + 1))
    assert checked.verdict.ok, (checked.verdict.reason, checked.verdict.decoded, payload)
    assert checked.verdict.decoded == payload
    return True


def qr_text_scans_back():
    """Any text the designer accepts becomes a code that reads back identically, or is refused clearly."""
    @given(st.one_of(st.text(min_size=1, max_size=120),
                     st.text(alphabet=st.characters(codec="latin-1"), min_size=1, max_size=60),
                     st.text(min_size=300, max_size=700)))
    def prop(text):
        TRIED["qr_text_scans_back"] += 1
        try:
            payload = text_payload(text)
            prepare(QrDesign(payload=payload))
        except (PayloadRefused, EncodingRefused) as refusal:
            assert str(refusal)
            return
        _scans_back(payload)
    return prop


test_qr_text_scans_back, test_qr_text_scans_back_long = fast_and_long(qr_text_scans_back, 30, 800)


def _unescape_fields(payload: str) -> dict[str, str]:
    """Read a WIFI: payload the way a phone does: split on unescaped ;, then unescape."""
    assert payload.startswith("WIFI:") and payload.endswith(";;")
    fields = {}
    for part in re.findall(r"(?:\\.|[^;\\])+", payload[5:-2]):
        key, _, value = part.partition(":")
        fields[key] = re.sub(r"\\(.)", r"\1", value)
    return fields


def wifi_scans_back():
    """Network names and passwords with \\ ; , \" : survive the escaping and the scan."""
    @given(WIFI_NASTY, WIFI_NASTY, st.sampled_from([WifiSecurity.WPA, WifiSecurity.WEP, WifiSecurity.NONE]),
           st.booleans())
    def prop(ssid, password, security, hidden):
        TRIED["wifi_scans_back"] += 1
        try:
            payload = wifi_payload(ssid, password, security, hidden)
        except PayloadRefused as refusal:  # WEP keys are 5/13 characters or 10/26 hex digits
            assert security is WifiSecurity.WEP, refusal
            return
        fields = _unescape_fields(payload)
        assert fields["S"] == ssid and fields["T"] == security.value
        assert fields.get("P", "") == ("" if security is WifiSecurity.NONE else password)
        _scans_back(payload)
    return prop


test_wifi_scans_back, test_wifi_scans_back_long = fast_and_long(wifi_scans_back, 30, 800)


@pytest.mark.parametrize("text", ["x" * 3000, "é" * 1500, "🥐" * 800])
def test_text_too_long_for_a_qr_code_is_refused_with_a_message(text):
    with pytest.raises(PayloadTooLong) as refused:
        prepare(QrDesign(payload=text_payload(text)))
    assert "too long for a QR code" in str(refused.value) and str(len(text.encode("utf-8"))) in str(refused.value)
