"""`socialdesk qr "   "` and a designer text of blanks only are refused like empty text."""

import pytest

from socialdesk.cli import main
from socialdesk.qr.payloads import PayloadProblem, PayloadRefused, text_payload


@pytest.mark.parametrize("text", ["   ", "\t", " \n ", "\u00a0\u2003"])
def test_blank_text_is_refused_in_one_line_and_nothing_is_written(tmp_path, capsys, text):
    out = tmp_path / "code.png"
    assert main(["qr", text, "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "give a PAYLOAD" in err
    assert not out.exists()


@pytest.mark.parametrize("text", ["   ", "\u00a0"])
def test_blank_text_is_nothing_to_encode_for_the_designer_too(text):
    with pytest.raises(PayloadRefused) as refused:
        text_payload(text)
    assert refused.value.problem is PayloadProblem.EMPTY
