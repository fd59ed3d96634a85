"""Every reply wording takes any noun phrase as "what they mentioned": no « de les », no "the bread is"."""

import re

import pytest

from socialdesk.domain.reviews.replies import LANGUAGES, STARS, ReplyCase, Slot, check_copy, draft, wordings

CASES = [ReplyCase(s, has_text) for s in STARS for has_text in (True, False)]
MENTIONED = {"fr": ("les croissants", "le pain", "l'accueil", "la tarte"),
             "en": ("the croissants", "the bread", "your welcome", "les croissants")}
# French articles that must contract after « de » / « à » (des, du, aux, au): the slot must never follow them
FR_UNCONTRACTED = re.compile(r"\b(?:de|à) (?:les|le)\b", re.IGNORECASE)
EN_VERB = ("is", "are", "was", "were", "has", "have", "pleases", "pleased")


def _filled(case, language, variant, mentioned):
    values = {Slot.FIRST_NAME: "Julien", Slot.MENTIONED: mentioned, Slot.SIGNER: "Léa",
              Slot.CONTACT: "04 78 00 00 00"}
    return draft(case, language, variant, values).text


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.key)
@pytest.mark.parametrize("language", LANGUAGES)
def test_what_they_mentioned_sits_in_every_wording_without_broken_grammar(case, language):
    for variant in range(len(wordings(case, language))):
        for mentioned in MENTIONED[language]:
            text = _filled(case, language, variant, mentioned)
            if language == "fr":
                assert not FR_UNCONTRACTED.search(text), text
            else:
                following = text.split(mentioned, 1)[1].split() if mentioned in text else [""]
                assert (following[0] if following else "") not in EN_VERB, text  # the slot is never a subject
            assert check_copy(text).ok, text


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.key)
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_final_full_stop_or_a_lower_case_name_as_typed_reads_right(case, language):  # 17e N4
    mentioned = MENTIONED[language][0]
    clean = {Slot.FIRST_NAME: "Marie", Slot.MENTIONED: mentioned, Slot.SIGNER: "Léa", Slot.CONTACT: "04 78 00 00 00"}
    typed = dict(clean) | {Slot.FIRST_NAME: " marie ", Slot.MENTIONED: f" {mentioned}. "}
    for variant in range(len(wordings(case, language))):
        text = draft(case, language, variant, typed).text
        assert text == draft(case, language, variant, clean).text  # not « croissants.. », « marie, votre… »
        assert f"{mentioned}.." not in text and f"{mentioned}. ;" not in text and "marie" not in text
