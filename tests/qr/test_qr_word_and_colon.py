"""Text that starts with a word and a colon ("Horaires:9h-19h") is words a phone would take for a link: it is
refused with words that say so and how to write it, not as "control characters" (attack 34e, F6). A line break
inside the text makes it words, as a blank does, whatever follows (attack 35b, F6)."""

import pytest

from socialdesk.qr.payloads import text_payload
from socialdesk.domain.urls import UrlProblem, UrlRefused
from socialdesk.cli import main


@pytest.mark.parametrize("text", ["Horaires:9h-19h", "note:hello", "Hours:", "Horaires:9h-19h\n", "\tOpen:Mon-Sat\r\n"])
def test_a_word_and_a_colon_is_refused_as_such(text):
    with pytest.raises(UrlRefused) as refused:
        text_payload(text)
    assert refused.value.problem is UrlProblem.WORD_AND_COLON


@pytest.mark.parametrize("text, problem", [
    ("javascript:\nalert(1)", UrlProblem.CONTROL_CHARACTERS),  # a known scheme keeps its own refusal
    ("javascript:alert(1)", UrlProblem.SCHEME), ("foo://bar", UrlProblem.SCHEME), ("https:", UrlProblem.NO_HOST),
    ("tel:0388000000", UrlProblem.PHONE_ACTION), ("TEL: 03 88 00 00 00", UrlProblem.PHONE_ACTION),
    ("mailto:bonjour@fleurs.example", UrlProblem.PHONE_ACTION), ("\ufeffsms:0600000000", UrlProblem.PHONE_ACTION),
    ("Tel:0388000000", UrlProblem.PHONE_ACTION), ("callto:0388000000", UrlProblem.PHONE_ACTION),
    ("facetime:a@b.example", UrlProblem.PHONE_ACTION), ("geo:45.76,4.83", UrlProblem.SCHEME),  # attack 35c, F5
])
def test_links_keep_their_own_refusals(text, problem):
    with pytest.raises(UrlRefused) as refused:
        text_payload(text)
    assert refused.value.problem is problem


@pytest.mark.parametrize("text", ["Horaires : 9h-19h", "Horaires: \n9h-19h", "Horaires\n9h-19h", "Tel: 04 78 00 00 00",
                                  "Tél : 04 78 00 00 00",
                                  "Fermé:\nlundi",  # no scheme has an accent
                                  "Horaires:\n9h-19h", "Horaires:\n9h - 19h", "Open:\r\nMon-Sat", "Horaires:9h-\n19h",
                                  "note:\thello"])  # a line break or a tab: words, as with a blank (attack 35b, F6)
def test_with_a_space_after_the_colon_it_is_text(text):
    assert text_payload(text) == text


@pytest.mark.parametrize("lang, words", [
    ("en", "socialdesk qr: text that starts with a word and a colon with no space after it reads as a link on a "
           "phone; put a space after the colon\n"),
    ("fr", "socialdesk qr: un texte qui commence par un mot suivi de deux-points sans espace après se lit comme un "
           "lien sur un téléphone\u202f; mettez une espace après les deux-points\n"),
])
def test_the_command_says_it_in_one_line(tmp_path, capsys, lang, words):
    out = tmp_path / "code.png"
    assert main(["qr", "Horaires:9h-19h", "-o", str(out), "--lang", lang]) == 2
    assert capsys.readouterr().err == words
    assert not out.exists()


def test_the_designer_says_it_and_exports_nothing(qtbot, store, bus):
    from socialdesk.ui.presence.qr_page import QrPage
    from socialdesk.ui.presence.qr_payload_form import TEXT

    page = QrPage(store, bus)
    qtbot.addWidget(page)
    page.payload_form.kind.setCurrentIndex(TEXT)
    page.payload_form.text.setPlainText("Horaires:9h-19h")
    page.refresh()
    assert "reads as a link on a phone: put a space after the colon" in page.status.text()
    assert page.checked is None and not page.outputs.png.isEnabled()
    page.payload_form.text.setPlainText("Horaires:\n9h-19h")
    page.refresh()
    assert page.checked is not None


@pytest.mark.parametrize("lang, words", [
    ("en", "socialdesk qr: a code starting with tel:, mailto:, sms: or the like makes the phone call or write at once; "
           "write the number or address as plain text (\"Tel: 04 78 00 00 00\")\n"),
    ("fr", "socialdesk qr: un code qui commence par tel:, mailto:, sms:… fait aussitôt appeler ou écrire le "
           "téléphone\u202f; écrivez le numéro ou l'adresse en texte simple (« Tél : 04 78 00 00 00 »)\n"
           .replace("« Tél : 04 78 00 00 00 »", "«\u00a0Tél\u00a0: 04 78 00 00 00\u00a0»")),
])
def test_a_number_to_call_is_told_to_be_written_as_words(tmp_path, capsys, lang, words):
    out = tmp_path / "code.png"
    assert main(["qr", "tel:0478000000", "-o", str(out), "--lang", lang]) == 2
    assert capsys.readouterr().err == words
    assert not out.exists()
