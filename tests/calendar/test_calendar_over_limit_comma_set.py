"""A hashtag set of bare words parted by commas ("a,b,c,d,e,f") gains a "#" and a space per word in the text the
network gets: the week's short cut must still find the text too long."""

from datetime import date

from socialdesk.domain.calendar.counting import counts
from socialdesk.domain.calendar.ready_text import NetworkExtras, text_for
from socialdesk.domain.calendar.week_plan import over_limit
from socialdesk.domain.posts import Post


def test_a_comma_set_of_bare_words_pushing_the_text_over_is_found():
    post = Post(day=date(2026, 12, 21), networks=("instagram",), text="Brioche du jour, pain au levain, croissants chauds")
    extras = {"instagram": NetworkExtras(hashtags="pain,lyon,brioche,four,matin,noel")}
    limit = len(text_for("instagram", post, extras)) - 1
    full = [c for c in counts(post, {"instagram": limit}, extras) if c.over]
    assert [c.network for c in full] == ["instagram"]
    assert over_limit(post, {"instagram": limit}, extras) == full
