"""Hashtag sets are checked, never rewritten behind the owner's back: too many for the network (Instagram: 30,
networks.py), a doubled #, a tag a hyphen cuts, a tag with no word; shown in the extras dialog and the post
dialog's limits, in English and French, with a tidy-up the owner chooses."""

from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialdesk.domain.calendar.ready_text import NetworkExtras, TagProblem, clean_hashtags, tag_issues, text_for
from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.networks import NETWORKS, network
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.ui.calendar.extras_dialog import ExtrasDialog
from socialdesk.ui.calendar.post_dialog import PostDialog
from socialdesk.ui.i18n import install_translators

TYPED = " ".join(f"#tag{i}" for i in range(60)) + " pain, #Pâtisserie ##double #boulangerie-lyon #🥐"
TOO_MANY = {"en": "at most 30 hashtags", "fr": "au plus 30 hashtags"}
CUT = {"en": "reads only “#boulangerie”", "fr": "ne lit que «\u00a0#boulangerie\u00a0»"}


@pytest.fixture(params=["en", "fr"])
def language(request):
    install_translators(request.param)
    yield request.param
    install_translators("en")


def test_the_limit_is_the_networks_record_and_counted_tags_past_it_are_flagged():
    limit = network("instagram").hashtag_limit
    assert limit == 30 and not [n.key for n in NETWORKS if n.hashtag_limit and n.key != "instagram"]
    up_to = " ".join(f"#t{i}" for i in range(limit))
    assert tag_issues("instagram", up_to) == []
    over = tag_issues("instagram", up_to + " #one_more")
    assert [(i.problem, i.count, i.limit) for i in over] == [(TagProblem.TOO_MANY, limit + 1, limit)]
    assert tag_issues("facebook", up_to + " #one_more") == []  # no limit known there


def test_malformed_tags_are_each_named_with_what_the_network_reads():
    issues = tag_issues("instagram", "#pain ##double #boulangerie-lyon #🥐 # #Pâtisserie #croissant!")
    found = [(i.problem, i.tag, i.read) for i in issues]
    assert found == [(TagProblem.DOUBLE, "##double", ""), (TagProblem.CUT, "#boulangerie-lyon", "#boulangerie"),
                     (TagProblem.NO_WORD, "#🥐", ""), (TagProblem.NO_WORD, "#", ""),
                     (TagProblem.CUT, "#croissant!", "#croissant")]


def test_tidying_is_a_separate_step_and_keeps_every_word():
    assert clean_hashtags("#pain ##double #boulangerie-lyon #🥐 # #Pâtisserie pain") == \
        "#pain #double #boulangerielyon #Pâtisserie"
    extras = {"instagram": NetworkExtras("##double #boulangerie-lyon")}
    post = Post(day=date(2026, 12, 10), networks=("instagram",), text="Bûches")
    assert text_for("instagram", post, extras).endswith("##double #boulangerie-lyon")  # copied as typed


def test_the_copied_text_counts_the_posts_own_hashtags_too():
    text = " ".join(f"#mot{i}" for i in range(25))
    set_ = " ".join(f"#set{i}" for i in range(10))
    assert [i.problem for i in tag_issues("instagram", set_, text + "\n\n" + set_)] == [TagProblem.TOO_MANY]


def test_the_extras_dialog_warns_offers_a_tidy_up_and_saves_what_was_typed(qtbot, language):
    dialog = ExtrasDialog(None, {})
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.tag_warnings.isHidden() and not dialog.clean_button.isEnabled()
    dialog.set_row("instagram", TYPED, "Lien en bio")
    words = dialog.tag_warnings.text()
    assert dialog.tag_warnings.isVisible() and TOO_MANY[language] in words and CUT[language] in words
    assert "##double" in words and "#🥐" in words
    assert dialog.changed()["instagram"].hashtags == TYPED  # shown, not rewritten
    dialog.clean_button.click()
    tidy = dialog.changed()["instagram"].hashtags
    assert "##" not in tidy and "#boulangerielyon" in tidy and "🥐" not in tidy
    assert TOO_MANY[language] in dialog.tag_warnings.text()  # which 30 to keep is the owner's choice
    assert "#boulangerie-lyon" not in dialog.tag_warnings.text() and not dialog.clean_button.isEnabled()


def test_the_post_dialog_limits_show_the_sets_problems(qtbot, store, language):
    store.calendar.save_extras("instagram", TYPED, "")
    post = Post(day=date(2026, 12, 10), time=time(9, 0), networks=("instagram", "x"), text="Nos bûches sont là",
                status=PostStatus.DRAFT)
    dialog = PostDialog(None, post, store, None, True, clock=fixed_clock(date(2026, 12, 3)))
    qtbot.addWidget(dialog)
    dialog.show()
    words = dialog.counts_label.text()
    assert TOO_MANY[language] in words and "##double" in words
    assert CUT[language] in words


@pytest.mark.parametrize("typed, tidy", [
    ("#croissant;#brioche", "#croissant #brioche"),
    ("#one#two", "#one #two"),
    ("#pain,#croissant;#brioche", "#pain #croissant #brioche"),
    ("#a-b-c", "#abc"),
    ("#boulangerie-lyon", "#boulangerielyon"),
    ("#pain-🥐 #_-lyon #boulangerie--", "#pain #lyon #boulangerie"),  # a part with no letter is no part
    ("no hash here just words", "#no #hash #here #just #words"),  # bare words get their "#"
    ("#café #Café #CAFÉ #café", "#café"),  # networks ignore capitals: the first spelling is kept
    ("＃fullwidth ##x # #_ #🥐", "#fullwidth #x"),
    ("#123 #" + "a" * 150, "#123 #" + "a" * 150),  # noted, the owner's to change
])
def test_tidying_parts_glued_tags_and_joins_a_cut_one(typed, tidy):
    assert clean_hashtags(typed) == tidy


@pytest.mark.parametrize("typed, found", [
    ("#croissant;#brioche", [(TagProblem.GLUED, "#croissant;#brioche", "#croissant #brioche", 0)]),
    ("#ok #one#two", [(TagProblem.GLUED, "#one#two", "#one #two", 0)]),
    ("no hash here just #words", [(TagProblem.BARE, "no hash here just", "#no #hash #here #just", 0)]),
    ("#café #pain #Café #CAFÉ #café", [(TagProblem.SAME, "#café #Café #CAFÉ", "", 3)]),
    ("#123 #pain2026", [(TagProblem.DIGITS, "#123", "", 0)]),
    ("#_", [(TagProblem.NO_WORD, "#_", "", 0)]),
    ("#" + "a" * 100 + " #" + "b" * 101, [(TagProblem.TOO_LONG, "#" + "b" * 101, "", 0)]),
])
def test_odd_sets_each_get_their_note(typed, found):
    assert [(i.problem, i.tag, i.read, i.count) for i in tag_issues("facebook", typed)] == found


def test_only_real_tags_count_toward_the_limit():
    limit = network("instagram").hashtag_limit
    real = " ".join(f"#t{i}" for i in range(limit))
    odd = " #🥐 #_ #T0 #t1 🥐"  # no word, no letter or digit, the same tags in capitals
    assert tag_issues("instagram", real + odd) == [i for i in tag_issues("instagram", real + odd)
                                                   if i.problem is not TagProblem.TOO_MANY]
    assert not [i for i in tag_issues("instagram", "#x", real + odd) if i.problem is TagProblem.TOO_MANY]
    assert [i.count for i in tag_issues("instagram", real + odd + " #one_more")
            if i.problem is TagProblem.TOO_MANY] == [limit + 1]


_PIECES = ["#", "##", "-", ";", ",", " ", "_", "pain", "Pain", "É", "é", "2026", "🥐", "lyon", "x"]


@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_a_tidied_set_is_whole_tags_and_tidying_again_changes_nothing(typed):
    tidy = clean_hashtags(typed)
    assert clean_hashtags(tidy) == tidy
    assert not [i for i in tag_issues("instagram", tidy) if i.problem.tidied]
    tags = tidy.split()
    assert all(t.count("#") == 1 and t.startswith("#") and any(c.isalnum() for c in t) for t in tags)
    assert len({t.lower() for t in tags}) == len(tags)
    letters = {c.lower() for c in typed if c.isalnum()}  # no letter or digit is lost, none is made up
    assert {c.lower() for c in tidy if c.isalnum()} == letters


ODD = {"instagram": "#café #Café #CAFÉ #pain,#croissant;#brioche #123 #a-b-c #" + "a" * 150,
       "x": "no hash here just words", "linkedin": "#one#two"}
ODD_WORDS = {"en": ["is several hashtags", "these words are not hashtags", "the same hashtag 3 times",
                    "has no letter", "longer than 100 characters"],
             "fr": ["réunit plusieurs hashtags", "ces mots ne sont pas des hashtags", "le même hashtag 3 fois",
                    "n'a aucune lettre", "dépasse 100 caractères"]}


def test_the_extras_dialog_notes_odd_sets_and_tidies_them_apart(qtbot, language):
    dialog = ExtrasDialog(None, {})
    qtbot.addWidget(dialog)
    dialog.show()
    for key, typed in ODD.items():
        dialog.set_row(key, typed, "")
    words = dialog.tag_warnings.text()
    assert [w for w in ODD_WORDS[language] if w not in words] == []
    assert "“no hash here just words”" in words or "«\u00a0no hash here just words\u00a0»" in words
    dialog.clean_button.click()
    tidied = {key: value.hashtags for key, value in dialog.changed().items()}
    assert tidied == {"instagram": "#café #pain #croissant #brioche #123 #abc #" + "a" * 150,
                      "x": "#no #hash #here #just #words", "linkedin": "#one #two"}
    left = dialog.tag_warnings.text()  # digits only and too long are the owner's to change
    assert [w for w in ODD_WORDS[language] if w in left] == ODD_WORDS[language][3:]
    assert not dialog.clean_button.isEnabled()
