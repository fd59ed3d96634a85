"""Every reply draft reads right when what the customer mentioned is a person (« Marie », « l'accueil de Julie ») and
when a team signs (« L'équipe »): no apology or "enjoyed" aimed at a person, "we" under a team's name, nothing in
French that agrees with who signs, no doubled article, and still one wording per turn of the rotation."""

import re

import pytest

from socialdesk.domain.reviews.replies import (LANGUAGES, STARS, ReplyCase, Slot, draft, next_variant, signs_as_team,
                                               wordings)

CASES = [ReplyCase(s) for s in STARS] + [ReplyCase(5, False), ReplyCase(1, False)]  # every rating, and rating-only
MENTIONED = {"en": ("the croissants", "Julie's welcome", "Marie"),  # a product, a person's work, a person
             "fr": ("les croissants", "l'accueil de Julie", "Marie")}
SIGNERS = {"en": {"Marie": False, "The team": True, "the team": True, "Marie and Paul": True},
           "fr": {"Marie": False, "L'équipe": True, "l'équipe de la boulangerie": True, "Marie et Paul": True}}
# what they mentioned comes after a word that takes a thing and a person alike ("about Marie", never "enjoyed Marie")
LEAD_IN = {"en": ("about", "with"), "fr": ("sur", "avec")}
APOLOGY_AT = {"en": re.compile(r"\bsorry (?:about|for) $"), "fr": re.compile(r"\b(?:excuses|pardon) pour $")}
ONE_PERSON = {"en": re.compile(r"\b(?:I|I'm|I'd|me|my|myself)\b"),
              "fr": re.compile(r"(?i)(?:\bje\b|\bj'|\bm'|\bme\b|\bmoi\b|\bmon\b|\bma\b|\bmes\b)")}
# French words that would agree with who signs (« Heureux que… » signed Marie); a draft never needs one
AGREES_WITH_SIGNER = re.compile(r"(?i)\b(?:ravie?s?|heureux|heureuses?|désolée?s?|contente?s?)\b")
DOUBLED = {"en": re.compile(r"(?i)\b(?:the|a|an|our|your) (?:the|a|an|our|your|my)\b"),
           "fr": re.compile(r"(?i)(?:\b(?:le|la|les|un|une|des|du|au|aux) (?:le|la|les|l'|un|une|des)\b"
                            r"|\b(?:de|à) (?:les|le)\b|\bl'l')")}


def _drafts(language):
    for case in CASES:
        for variant in range(len(wordings(case, language))):
            for mentioned in MENTIONED[language] if case.has_text else ("",):
                for signer, team in SIGNERS[language].items():
                    values = {Slot.FIRST_NAME: "Sophie", Slot.MENTIONED: mentioned, Slot.SIGNER: signer,
                              Slot.CONTACT: "04 78 00 00 00"}
                    yield case, variant, mentioned, signer, team, draft(case, language, variant, values).text


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_person_mentioned_is_spoken_about_never_enjoyed_nor_apologised_for(language):
    checked = 0
    for case, variant, mentioned, signer, _, text in _drafts(language):
        if not mentioned:
            continue
        before = text.split(mentioned, 1)[0]
        assert before.split()[-1] in LEAD_IN[language], text
        assert not APOLOGY_AT[language].search(before), text
        checked += 1
    wordings_with_words = sum(len(wordings(case, language)) for case in CASES if case.has_text)
    assert checked == wordings_with_words * len(MENTIONED[language]) * len(SIGNERS[language])


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_team_signs_a_draft_in_we_and_a_person_sees_the_same_cases(language):
    for case, variant, mentioned, signer, team, text in _drafts(language):
        body, last = text.rsplit("\n", 1)
        assert last == signer[:1].upper() + signer[1:], text  # the signature alone, with its capital
        assert signs_as_team(signer) is team
        if team:
            assert not ONE_PERSON[language].search(body), text
        assert not DOUBLED[language].search(text), text
        if language == "fr":
            assert not AGREES_WITH_SIGNER.search(text), text
    unhappy = [case for case in CASES if case.unhappy]
    assert any(ONE_PERSON[language].search(draft(case, language, 0, {Slot.SIGNER: "Marie"}).text) for case in unhappy)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_rotation_never_gives_the_same_reply_twice_for_a_person_or_a_team(language):
    for case in CASES:
        count = len(wordings(case, language))
        assert len(wordings(case, language, team=True)) == count  # one rotation, whoever signs
        for signer in SIGNERS[language]:
            values = {Slot.FIRST_NAME: "Sophie", Slot.MENTIONED: MENTIONED[language][2], Slot.SIGNER: signer,
                      Slot.CONTACT: "04 78 00 00 00"}
            texts, last = [], None
            for _ in range(count):
                last = next_variant(case, language, last)
                texts.append(draft(case, language, last, values).text)
            assert len(set(texts)) == count, texts


def test_who_signs_as_a_team():
    assert [signs_as_team(s) for s in ("Léa", "Léa, the baker", "Marie, pâtissière et gérante", "Stéphane",
                                       "L'équipe", "The bakery team", "Léa & Paul", "La direction")] == [
        False, False, False, False, True, True, True, True]
