"""QR payloads generated with Hypothesis: what the designer accepts scans back exactly (zxing-cpp)."""

import dataclasses
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hypothesis_profiles import TRIED, fast_and_long
from socialdesk.domain.urls import UrlRefused
from socialdesk.qr.design import QrDesign, prepare
from socialdesk.qr.encoding import EncodingRefused, PayloadTooLong
from socialdesk.qr.payloads import PayloadRefused, WifiSecurity, text_payload, wifi_payload
from socialdesk.qr.verify import check

WIFI_NASTY = st.text(alphabet=st.sampled_from('\\;,":abcé 🥐\'$!'), min_size=1, max_size=24)


def _scans_back(payload: str) -> bool:
    """The scan check passes at the default size or a larger one, and what it read is exactly `payload`.

    A failed check is the designer refusing to export (with a reason); it is fine as long as some
    printable size passes, so the owner is never stuck."""
    design = QrDesign(payload=payload)
    verdicts = []
    for size in (None, 50.0, 60.0, 80.0, 100.0):
        checked = check(design if size is None else dataclasses.replace(design, size_mm=size))
        verdicts.append((size, checked.verdict.reason))
        if checked.verdict.ok:
            assert checked.verdict.decoded == payload
            return True
        assert checked.verdict.reason is not None
    raise AssertionError(f"no printable size scans: {verdicts} for {payload!r}")


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
        except (PayloadRefused, EncodingRefused, UrlRefused) as refusal:  # a text a phone would open as a
            assert str(refusal)  # link must pass the link checks (`\\\\` reads as a link with no host)
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


def _vcard_fields(payload: str) -> dict[str, str]:
    fields = {}
    for line in payload.split("\r\n"):
        key, _, value = line.partition(":")
        fields[key] = re.sub(r"\\(.)", lambda m: "\n" if m[1] == "n" else m[1], value)
    return fields


def vcard_scans_back():
    """The shop's contact card with commas, semicolons, backslashes and new lines scans back and parses back."""
    from socialdesk.domain.shop import ShopCard
    from socialdesk.qr.payloads import vcard_payload

    field = st.text(alphabet=st.sampled_from("ab é;,\\:\"🥐\n"), max_size=20).map(str.strip)

    @given(field.filter(bool), field, field)
    def prop(name, phone, city):
        TRIED["vcard_scans_back"] += 1
        payload = vcard_payload(ShopCard(name=name, phone=phone, city=city, address="12 rue Mercière"))
        fields = _vcard_fields(payload)
        assert fields["FN"] == name and fields["ORG"] == name
        assert fields.get("TEL;TYPE=WORK,VOICE", "") == phone
        _scans_back(payload)
    return prop


test_vcard_scans_back, test_vcard_scans_back_long = fast_and_long(vcard_scans_back, 20, 500)


# Accented Latin text goes in as ISO-8859-1 (one byte a letter), the rest as UTF-8: the message
# counts the bytes the code would really hold.
@pytest.mark.parametrize("text, length", [("x" * 3000, 3000), ("é" * 3000, 3000), ("é" * 1500 + "€", 3003),
                                          ("🥐" * 800, 3200)])
def test_text_too_long_for_a_qr_code_is_refused_with_a_message(text, length):
    with pytest.raises(PayloadTooLong) as refused:
        prepare(QrDesign(payload=text_payload(text)))
    assert "too long for a QR code" in str(refused.value) and f"{length} bytes" in str(refused.value)
