"""Review replies: drafts by rating, rotated wording, the copy check, the weekly tally in the data file."""

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from socialdesk.domain.presence.listings import Listing
from socialdesk.domain.reviews.replies import (
    LANGUAGES, STARS, Refusal, ReplyCase, Slot, check_copy, draft, next_variant, signs_as_team, slots_of,
    unfilled, wordings,
)
from socialdesk.domain.reviews.tally import ReviewTally, totals
from socialdesk.domain.weeks import IsoWeek
from socialdesk.storage import open_store

DATA = Path(__file__).parents[1] / "data"
CASES = [ReplyCase(s) for s in STARS] + [ReplyCase(5, has_text=False), ReplyCase(1, has_text=False)]
FILLED = {Slot.FIRST_NAME: "Julien", Slot.MENTIONED: "le pain au levain", Slot.SIGNER: "Léa",
          Slot.CONTACT: "04 78 00 00 00"}
WEEK = IsoWeek.of(datetime(2026, 12, 7).date())


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.key)
@pytest.mark.parametrize("language", LANGUAGES)
def test_ten_replies_in_a_row_of_one_case_never_read_the_same_twice(case, language):
    last, texts = None, []
    for _ in range(10):
        variant = next_variant(case, language, last)
        texts.append(draft(case, language, variant, FILLED).text)
        last = variant
    assert all(a != b for a, b in zip(texts, texts[1:]))
    assert len(set(texts)) == len(wordings(case, language)) >= 2  # every wording comes round


@pytest.mark.parametrize("signer", ["Léa", "L'équipe"])  # a person, and a team with its own wordings in "we"
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.key)
@pytest.mark.parametrize("language", LANGUAGES)
def test_six_replies_in_a_row_of_one_case_all_read_differently_for_a_person_or_a_team(case, language, signer):
    values = {**FILLED, Slot.SIGNER: signer}
    count = len(wordings(case, language, team=signs_as_team(signer)))
    filled = [draft(case, language, variant, values).text for variant in range(count)]
    assert count >= 6 and len(set(filled)) == count, filled
    # no two open alike: another wording, not the same sentence with its words swapped
    openings = [" ".join(text.replace(",", " ").split()[:3]) for text in filled]
    assert len(set(openings)) == count, openings
    last, six = None, []
    for _ in range(6):
        last = next_variant(case, language, last)
        six.append(draft(case, language, last, values).text)
    assert len(set(six)) == 6, six


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.key)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_wording_of_a_case_has_the_same_slots_and_passes_the_review_rules(case, language):
    for variant in range(len(wordings(case, language))):
        text = draft(case, language, variant, FILLED).text
        assert check_copy(text, "google_business").ok, text
        assert "Julien" in text and "Léa" in text
        assert draft(case, language, variant, {}).slots == slots_of(case, language)


@pytest.mark.parametrize("case", CASES[:5], ids=lambda c: c.key)
def test_a_plural_mention_reads_right_in_french_no_verb_agrees_with_it(case):
    plural = {**FILLED, Slot.MENTIONED: "les roses"}
    for variant in range(len(wordings(case, "fr"))):
        text = draft(case, "fr", variant, plural).text
        after = text.split("les roses", 1)[1]
        assert after[0] in ".,;\u00a0" or after.startswith(" et "), text  # the slot ends its phrase
        assert " ait plu" not in text, text


def test_a_text_review_names_what_was_mentioned_a_rating_alone_does_not():
    assert Slot.MENTIONED in slots_of(ReplyCase(5)) and Slot.MENTIONED not in slots_of(ReplyCase(5, False))
    assert Slot.CONTACT in slots_of(ReplyCase(1)) and Slot.CONTACT in slots_of(ReplyCase(2, False))
    assert ReplyCase(2).unhappy and ReplyCase(3, False).unhappy and not ReplyCase(3).unhappy


@pytest.mark.parametrize("missing", [Slot.FIRST_NAME, Slot.MENTIONED, Slot.SIGNER, Slot.CONTACT])
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_draft_with_an_unfilled_slot_is_refused_and_says_which(missing, language):
    values = {slot: value for slot, value in FILLED.items() if slot is not missing}
    values[missing] = "   "  # spaces only count as empty
    check = check_copy(draft(ReplyCase(1), language, 0, values).text)
    assert check.refusals == (Refusal.UNFILLED,) and check.unfilled == (missing,)


def test_a_marker_left_in_an_edited_text_or_a_raw_brace_is_caught_in_either_language():
    assert unfilled("Merci [prénom] !") == (Slot.FIRST_NAME,)
    assert unfilled("Thanks, {first_name}") == (Slot.FIRST_NAME,)
    assert unfilled("Thanks Julien\n[who replies]") == (Slot.SIGNER,)


@pytest.mark.parametrize("text, refusal", [
    ("Merci Julien, -10 % sur votre prochaine baguette.", Refusal.INCENTIVE),
    ("Thank you Julien, a free coffee is waiting for you.", Refusal.INCENTIVE),
    ("Julien, pourriez-vous modifier votre avis ?", Refusal.ASKS_TO_CHANGE),
    ("Julien, would you update your review now it is sorted?", Refusal.ASKS_TO_CHANGE),
    ("Pourriez-vous modifier votre note ?", Refusal.ASKS_TO_CHANGE),
    ("Pourriez-vous revoir votre note à la hausse ?", Refusal.ASKS_TO_CHANGE),
    ("Merci de retirer votre commentaire.", Refusal.ASKS_TO_CHANGE),
    ("Could you update your rating?", Refusal.ASKS_TO_CHANGE),
    ("Would you consider changing your 1 star to 5?", Refusal.ASKS_TO_CHANGE),
    ("Julien, modifiez votre avis et retirez vos 2 étoiles.", Refusal.ASKS_TO_CHANGE),
    ("Merci Julie ! Code promo MERCI10 sur notre site.", Refusal.INCENTIVE),
    ("Merci Julie ! Un bon de réduction vous attend en boutique.", Refusal.INCENTIVE),
    ("Merci Julie ! Une remise vous attend en boutique.", Refusal.INCENTIVE),
    ("Nous espérons que vous reviendrez et que vous mettrez à jour votre avis.", Refusal.ASKS_TO_CHANGE),
    ("Julien, vous modifierez votre note quand tout sera réglé ?", Refusal.ASKS_TO_CHANGE),
    ("Peut-être que vous changerez votre avis après votre prochaine visite.", Refusal.ASKS_TO_CHANGE),
    ("Ce serait gentil de passer à 5 étoiles.", Refusal.ASKS_TO_CHANGE),
    ("Une fois votre souci réglé, un petit avis mis à jour nous ferait plaisir.", Refusal.ASKS_TO_CHANGE),
    ("Once it is sorted, an updated review would mean a lot to us.", Refusal.ASKS_TO_CHANGE),
    ("Would you consider giving us another star?", Refusal.ASKS_TO_CHANGE),
    ("Pourriez-vous nous donner une étoile de plus ?", Refusal.ASKS_TO_CHANGE),
    ("Passez en boutique, on vous fera un geste commercial.", Refusal.INCENTIVE),
    ("Merci Julie, un petit geste vous attend à la caisse.", Refusal.INCENTIVE),
    ("Désolés Julie, on vous offre le café la prochaine fois.", Refusal.INCENTIVE),
    ("Nous vous offrirons votre prochaine baguette.", Refusal.INCENTIVE),
    ("Sorry Tom, we'll make it up to you with a dessert next time.", Refusal.INCENTIVE),
    ("Offrez-vous une pause : un café offert à votre prochaine visite.", Refusal.INCENTIVE),
])
def test_an_owner_edit_that_offers_something_or_asks_to_change_the_review_is_refused(text, refusal):
    assert refusal in check_copy(text).refusals


@pytest.mark.parametrize("text", [
    "Merci d'avoir changé votre avis sur nous !",
    "Thanks for updating your review!",
    "Merci pour votre note, Julien, nous avons changé la recette suite à votre avis.",
    "Thank you for your rating, Julien; we will change our opening hours.",
    "Offrez-vous une pause : nous sommes ouverts dimanche.",
    "Merci pour votre avis mis à jour, Julie !",
    "Thank you for your updated review, Tom.",
    "Vous changerez d'avis sur le pain complet, promis !",
    "Nous sommes passés à 5 fournées par jour grâce à vous.",
])
def test_thanking_for_a_changed_review_or_mentioning_it_is_not_a_request_and_copies(text):
    assert check_copy(text).ok, check_copy(text).refusals


def test_asking_for_an_updated_review_is_not_read_as_an_offer_too():
    assert check_copy("We'd love it if you updated your review once it's sorted.").refusals == (
        Refusal.ASKS_TO_CHANGE,)


def test_facebook_reviews_open_on_the_pages_reviews_tab_others_on_the_page():
    assert Listing("facebook", url="https://www.facebook.com/boulangerielea/").reviews_url() == \
        "https://www.facebook.com/boulangerielea/reviews"
    assert Listing("google_business", url="https://g.page/lea").reviews_url() == "https://g.page/lea"
    assert Listing("google_business").reviews_url() is None


def test_the_rotation_is_kept_in_the_file_across_a_restart(tmp_path):
    path = tmp_path / "shop.sqlite3"
    store = open_store(path)
    case = ReplyCase(5)
    first = next_variant(case, "fr", store.rules.reviews.last_variant(case, "fr"))
    store.rules.reviews.record_reply(case, "fr", first, "google_business", datetime(2026, 12, 7, 9, 0))
    store.close()
    store = open_store(path)
    second = next_variant(case, "fr", store.rules.reviews.last_variant(case, "fr"))
    assert second != first
    assert store.rules.reviews.last_variant(case, "en") is None  # each language keeps its own turn
    store.close()


def test_migration_0013_upgrades_an_old_file_and_the_tally_reads_back_with_sqlite3(tmp_path):
    path = tmp_path / "old.sqlite3"
    shutil.copy(DATA / "socialdesk-v1.sqlite3", path)
    store = open_store(path, now=datetime(2026, 12, 7, 9, 0))
    store.rules.reviews.set_tally(ReviewTally(WEEK, received=4, answered=3))
    store.rules.reviews.set_tally(ReviewTally(WEEK, received=5, answered=3))  # typed again: one row per week
    store.close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT week, received, answered FROM review_tallies").fetchall() == [(WEEK.key, 5, 3)]
        assert "0013_review_replies" in [n for (n,) in conn.execute("SELECT name FROM _sqlite_migrations")]
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("INSERT INTO review_tallies (week, received) VALUES ('2026-W51', 1000)")
    finally:
        conn.close()


def test_the_tally_totals_and_refuses_impossible_counts(store):
    with pytest.raises(ValueError):
        ReviewTally(WEEK, received=-1)
    store.rules.reviews.set_tally(ReviewTally(WEEK.shifted(-1), 2, 2))
    store.rules.reviews.set_tally(ReviewTally(WEEK, 4, 1))
    found = store.rules.reviews.tallies_between(WEEK.shifted(-5), WEEK)
    assert [t.week for t in found] == [WEEK.shifted(-1), WEEK] and totals(found) == (3, 6)
    assert store.rules.reviews.tally(WEEK.shifted(1)) == ReviewTally(WEEK.shifted(1), 0, 0)


def test_a_facebook_page_pasted_with_its_reviews_tab_is_not_given_a_second_one():
    assert Listing("facebook", url="https://www.facebook.com/boulangerielea/reviews").reviews_url() == \
        "https://www.facebook.com/boulangerielea/reviews"


# something given for changing the review, in English as in French: refused as an offer and as a request
@pytest.mark.parametrize("text", [
    "We will give you a free coffee next time for updating your review. Call 04 78 00 00 00",
    "We'll give you a coffee for editing your review.",
    "We'd like to offer you a coffee for updating your rating.",
    "Come back for a free coffee once you've edited your review.",
    "We will give you a free coffee for changing your review.",
    "Nous vous offrons un croissant si vous modifiez votre avis.",
    "Nous vous offrirons un café la prochaine fois pour la mise à jour de votre avis.",
    "Merci, un café offert pour avoir modifié votre note.",
])
def test_a_gift_for_changing_the_review_is_refused_in_either_language(text):
    assert set(check_copy(text).refusals) == {Refusal.INCENTIVE, Refusal.ASKS_TO_CHANGE}, text


@pytest.mark.parametrize("text", [
    "Thank you for your review.",
    "Thank you for updating your review!",
    "Free parking is available behind the shop.",
    "Thank you for your review! Free Wi-Fi and free parking await you.",
    "Merci pour votre avis.",
    "Merci d'avoir mis à jour votre avis !",
    "Le parking est gratuit, juste derrière la boutique.",
])
def test_a_thank_you_or_the_shops_free_parking_copies_in_either_language(text):
    assert check_copy(text).ok, check_copy(text).refusals


def test_free_parking_does_not_hide_a_gift_beside_it():
    assert Refusal.INCENTIVE in check_copy("Free parking and a free coffee for your next visit, Tom.").refusals
