"""Under a code: a caption naming an address must be the code's own; a long address breaks at natural points."""

import pytest

from socialdesk.domain.address_text import CaptionProblem, break_address, caption_address_problem

GOOD = "https://good.fr/avis?x=1"


@pytest.mark.parametrize("caption", ["Scan me", "Notre carte", "good.fr", "www.good.fr", "GOOD.FR", "https://good.fr",
                                     "good.fr/avis", "Avis sur good.fr.", "bonjour@good.fr", "1,20 €", "e.g. this", ""])
def test_free_words_and_short_forms_of_the_target_are_allowed(caption):
    assert caption_address_problem(caption, GOOD) is None


@pytest.mark.parametrize("caption", ["https://evil.example/", "evil.example", "www.x.fr", "Scan evil.example",
                                     "good.fr/av", "good.fr/other", "http://good.fr", "good.fr.evil.example",
                                     "www.good.fr@evil.example"])
def test_another_address_is_refused(caption):
    assert caption_address_problem(caption, GOOD)[0] is CaptionProblem.OTHER_ADDRESS


def test_an_accented_host_matches_its_punycode_and_an_address_under_a_wifi_code_is_refused():
    assert caption_address_problem("café.fr/menu", "https://xn--caf-dma.fr/menu") is None
    assert caption_address_problem("lea.fr", "WIFI:T:WPA;S:Léa;P:croissant;;") == (CaptionProblem.NO_ADDRESS, "lea.fr")


REVIEW = "search.google.com/local/writereview?placeid=ChIJd8BlQ2BZwokRjMKtTjMezRw"
TRIP = "tripadvisor.fr/UserReviewEdit-g187265-d2345678-Boulangerie_Patisserie_Lea-Lyon_Rhone_Auvergne.html"


@pytest.mark.parametrize("address, width", [(REVIEW, 50), (REVIEW, 40), (TRIP, 40), (TRIP, 60), (REVIEW, 80)])
def test_lines_join_back_to_the_address_broken_at_natural_points(address, width):
    lines = break_address(address, lambda text: len(text) <= width)
    assert lines is not None and "".join(lines) == address and all(len(line) <= width for line in lines)
    for line, following in zip(lines, lines[1:]):
        assert line[-1] in "/?&=." or following[0] in "-_", (line, following)  # never inside a word here


def test_one_line_when_it_fits_and_none_past_three_lines():
    assert break_address(REVIEW, lambda text: True) == [REVIEW]
    assert break_address(REVIEW, lambda text: len(text) <= 20) is None
    assert break_address(REVIEW, lambda text: len(text) <= 20, most_lines=5) is not None


def test_a_word_too_long_for_any_line_is_cut_between_letters_only_then():
    lines = break_address("x.fr/" + "a" * 30, lambda text: len(text) <= 12, most_lines=4)
    assert lines == ["x.fr/aaaaaaa", "aaaaaaaaaaaa", "aaaaaaaaaaa"]
