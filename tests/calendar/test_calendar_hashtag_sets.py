"""Hashtag sets are checked, never rewritten behind the owner's back: too many for the network (Instagram: 30,
networks.py), a doubled #, a tag a hyphen cuts, a tag with no word; shown in the extras dialog and the post
dialog's limits, in English and French, with a tidy-up the owner chooses."""

from datetime import date, time

import pytest

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
