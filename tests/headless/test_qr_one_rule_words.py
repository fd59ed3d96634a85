"""`socialdesk qr`: one rule for a number to dial or a mail to write, whatever its blanks (attack 34b, F3); its
warnings name what the owner gave, and quote a long link briefly (F4)."""

import pytest

from socialdesk.cli import main
from socialdesk.domain.urls import looks_like_link


@pytest.mark.parametrize("payload", ["tel:+33123456789", "tel:+33 1 23 45 67 89", "tel:0033 (0)1 23 45 67 89",
                                     "mailto:bonjour@lea.fr", "mailto:bonjour@lea.fr?subject=Une commande",
                                     "sms:+33 6 12 34 56 78"])
def test_a_number_or_a_mail_is_refused_the_same_way_with_or_without_blanks(tmp_path, capsys, payload):
    out = tmp_path / "code.png"
    assert main(["qr", payload, "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "makes the phone call or write at once" in err  # 35b, F6: said as what it is
    assert not out.exists()


@pytest.mark.parametrize("text", ["Tél : 04 78 00 00 00", "Tel: 04 78 00 00 00", "Appelez le 04 78 00 00 00"])
def test_words_about_a_phone_number_stay_words(text):
    assert not looks_like_link(text)


def test_an_emoji_in_the_printed_address_is_not_blamed_on_a_caption_never_given(tmp_path, capsys):
    assert main(["qr", "https://example.com/\U0001f950", "-o", str(tmp_path / "code.pdf")]) == 0
    err = capsys.readouterr().err
    assert "--caption:" not in err
    if err:  # the fonts of this machine may draw it
        assert "in the address printed under the code" in err and "--caption prints other words there" in err


def test_a_long_link_is_quoted_briefly_in_a_warning(tmp_path, capsys):
    link = "https://example.com/" + "a" * 1950
    assert main(["qr", link, "-o", str(tmp_path / "code.png")]) == 0
    err = capsys.readouterr().err
    assert "a" * 100 not in err and "…" in err


@pytest.mark.parametrize("payload, words", [
    ("tel: 0388000000", "call or write"), ("mailto: a@b.fr", "call or write"), ("sms: 0612345678", "call or write"),
    ("TEL: 0388000000", "call or write"), ("MATMSG:TO:a@b.fr;SUB:Commande;;", "call or write"),
    ("mmsto: 0612345678", "call or write"), ("smtp: a@b.fr", "call or write"),
    ("MEBKM:TITLE:Menu du jour;URL:http://evil.example;;", "only http:// and https:// links"),
    ("URLTO:Menu du jour:http://evil.example", "only http:// and https:// links"),
    ("geo: 45.76,4.83", "only http:// and https:// links"),
])
def test_a_blank_after_the_colon_does_not_make_a_number_or_a_mail_plain_words(tmp_path, capsys, payload, words):
    """Attack 34c, F8: scanners act on the prefix alone; a call or a mail is said as such (35b, F6), a bookmark or
    a place keeps the links' rule."""
    out = tmp_path / "code.png"
    assert main(["qr", payload, "-o", str(out)]) == 2
    assert words in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize("payload", ["URL: http://evil.example/phish", "URI: javascript:alert(1)",
                                     "\ufefftel:+33899000000", "\ufeffMATMSG:TO:a@b.fr;;", "\ufeffsmsto:0612345678"])
def test_url_uri_prefixes_and_a_hidden_byte_order_mark_do_not_get_past(tmp_path, capsys, payload):
    """Attack 34e, F4: ZXing opens what follows URL:/URI: unchecked and drops a leading U+FEFF first."""
    out = tmp_path / "code.png"
    assert main(["qr", payload, "-o", str(out)]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert not out.exists()


@pytest.mark.parametrize("text", ["url de la page : voir au comptoir", "Uri et Léa vous attendent"])
def test_words_that_begin_like_url_stay_words(text):
    assert not looks_like_link(text)
