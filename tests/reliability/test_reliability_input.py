"""Bad input, generated with Hypothesis: links, text of every kind through the storage, CSV plans."""

import csv
import io
import string
from datetime import date, time
from urllib.parse import urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hypothesis_profiles import TRIED, fast_and_long, run_property
from socialdesk.domain.calendar.csv_format import MAX_ROWS, CsvProblem, export_csv, parse_csv
from socialdesk.domain.networks import NETWORKS
from socialdesk.domain.post_text import clean_text
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.domain.shop import ShopCard
from socialdesk.domain.urls import UrlRefused, safe_http_url
from socialdesk.storage import Store, open_store

# ----- links: only http(s) reaches a QR code or a browser ------------------------------------------
URL_CHARS = string.ascii_letters + string.digits + " -._~:/?#[]@!$&'()*+,;=%\\\"<>{}|^`\t\n\r\x00\x7féà🥐مא\u202e\u00a0"
SCHEMES = st.sampled_from(["http", "https", "HTTPS", "javascript", "JavaScript", "file", "data", "vbscript",
                           "ftp", "about", "blob", "jav\tascript", "java\nscript", " javascript", ""])
HOSTS = st.sampled_from(["example.com", "boulangerie-lea.fr", "café.fr", "localhost", "exa mple.com", "", "a..b",
                         "xn--caf-dma.fr", "127.0.0.1", "example.com:8080"])


def _looks_like_url():
    return st.one_of(
        st.text(alphabet=URL_CHARS, max_size=80),
        st.builds(lambda scheme, sep, host, rest: f"{scheme}{sep}{host}{rest}", SCHEMES,
                  st.sampled_from(["://", ":", ":///", ":\\\\", "://\t"]), HOSTS,
                  st.text(alphabet=URL_CHARS, max_size=40)),
    )


def url_is_safe():
    """Whatever the owner pastes: refused, or a clean http(s) link with nothing a browser could misread."""
    @given(_looks_like_url())
    def prop(text):
        TRIED["url_is_safe"] += 1
        try:
            cleaned = safe_http_url(text)
        except UrlRefused:
            return
        parts = urlsplit(cleaned)
        assert "@" not in parts.netloc, cleaned
        assert parts.scheme in ("http", "https")
        assert parts.hostname
        assert not any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in cleaned), cleaned
        assert not any(c in cleaned[len(parts.scheme) + 3 + len(parts.netloc):] for c in ' "<>\\^`{|}'), cleaned
        assert safe_http_url(cleaned) == cleaned  # stable: cleaning twice changes nothing
    return prop


test_url_is_safe, test_url_is_safe_long = fast_and_long(url_is_safe, 300, 20_000)


@pytest.mark.parametrize("text", [
    "javascript:alert(1)", " JavaScript:alert(document.cookie)", "file:///etc/passwd", "FILE://c:/x",
    "data:text/html,<script>alert(1)</script>", "vbscript:msgbox", "java\tscript:alert(1)",
    "https://example.com/\x00", "https://exa\nmple.com", "ftp://example.com/menu.pdf", "about:blank",
])
def test_dangerous_links_are_refused(text):
    with pytest.raises(UrlRefused):
        safe_http_url(text)


@pytest.mark.parametrize("text", ["https://a b@example.com/", "https://ex\\ample.com\\@evil.com/",
                                  "https://www.google.com@evil.example/"])
def test_user_info_in_links_is_refused(text):
    with pytest.raises(UrlRefused):
        safe_http_url(text)


def test_impossible_ports_are_refused():
    with pytest.raises(UrlRefused):
        safe_http_url("https://example.com:99999/menu")


# ----- text of every kind comes back exactly from the storage ---------------------------------------
ODD_TEXT = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=50).map(lambda t: "\x00" + t + "\x00"),
    st.sampled_from(["‏مرحبا بكم في المخبز", "שלום 🍞 עולם", "👩‍🍳🥐🇫🇷", "a\u0301", "\ufeffBOM", "\r\n\r", "'; DROP TABLE x;--"]),
    st.integers(90_000, 100_000).map(lambda n: ("é🥖\x00" * n)[:n]),
)


@pytest.fixture(scope="module")
def text_store(tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("text") / "shop.sqlite3")
    yield store
    store.close()


def text_round_trips(store: Store):
    """Settings, shop card, posts, listings, strategy texts and checklist notes give back the text given."""
    @given(ODD_TEXT, ODD_TEXT)
    def prop(first, second):
        TRIED["text_round_trips"] += 1
        store.settings.set("odd", first)
        assert store.settings.get("odd") == first
        card = ShopCard(name=first, address=second, opening_hours=first, website=second, languages=[second])
        store.shop.save(card)
        assert store.shop.get() == card
        post = Post(day=date(2026, 12, 24), text=first, notes=second, pillar=second, networks=("instagram",),
                    status=PostStatus.PLANNED)
        store.calendar.add(post)
        back = store.calendar.get(post.id)
        # a post's text keeps the post-text rule: LF breaks, no invisible controls, blanks alone are empty
        assert (back.text, back.notes, back.pillar) == (clean_text(first), clean_text(second), second)
        _listing_round_trip(store, first, second)
        _strategy_and_checklist_round_trip(store, first, second)
    return prop


def _strategy_and_checklist_round_trip(store, first: str, second: str) -> None:
    from socialdesk.domain.rules.model import Rule
    from socialdesk.domain.strategy.fields import STAND_MESSAGES
    from socialdesk.domain.weeks import IsoWeek

    store.strategy.set_text(STAND_MESSAGES, first)
    assert store.strategy.text(STAND_MESSAGES) == first
    rules = store.rules.rules()
    rule_id = rules[0].id if rules else store.rules.add(Rule(text="Répondre aux avis"), date(2026, 11, 26)).ids[0]
    week = IsoWeek.of(date(2026, 11, 26))
    store.rules.set_note(rule_id, week, second)
    assert store.rules.checks_for_week(week)[rule_id].note == second.strip()  # notes are trimmed by design


def _listing_round_trip(store, first: str, second: str) -> None:
    from socialdesk.domain.presence.listings import Listing
    from socialdesk.domain.presence.platforms import CUSTOM_KEY

    listing = Listing(platform_key=CUSTOM_KEY, custom_name="Odd", notes=first, nap_address=second)
    new_id = store.presence.add(listing).ids[0]
    back = store.presence.listing(new_id)
    assert (back.notes, back.nap_address) == (first, second)


def test_text_round_trips(text_store):
    run_property(lambda: text_round_trips(text_store), "text_round_trips", max_examples=25, derandomize=True)


@pytest.mark.faults
def test_text_round_trips_long(text_store):
    run_property(lambda: text_round_trips(text_store), "text_round_trips", max_examples=600)


# ----- CSV plans: anything in, clear errors out; what we export comes back identical ---------------
CELL = st.one_of(st.text(max_size=60), st.sampled_from(["=cmd|' /C calc'!A0", "+33 4 78", "-1", "@SUM(A1)",
                                                        "\t=1", "'=1", "''+x", "a\r\nb", '"quoted"', "é;è,à"]))
POSTS = st.builds(
    Post,
    day=st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2100, 12, 31))),
    time=st.none(),
    networks=st.lists(st.sampled_from([n.key for n in NETWORKS]), unique=True, max_size=3).map(tuple),
    text=CELL, notes=CELL, pillar=CELL,
    status=st.sampled_from(list(PostStatus)),
)


def csv_round_trip():
    """export_csv then parse_csv gives back the same posts; no exported cell starts a formula."""
    @given(st.lists(POSTS, max_size=8), st.sampled_from([",", ";"]), st.data())
    def prop(posts, delimiter, data):
        TRIED["csv_round_trip"] += 1
        for post in posts:
            if post.day is not None and data.draw(st.booleans()):
                post.time = data.draw(st.times().map(lambda t: time(t.hour, t.minute)))
        exported = export_csv(posts, delimiter=delimiter)
        for row in csv.reader(io.StringIO(exported.decode("utf-8-sig"), newline=""), delimiter=delimiter):
            assert not any(cell[:1] in ("=", "+", "-", "@", "\t", "\r") for cell in row), row
        parsed = parse_csv(exported)
        assert parsed.errors == []
        expected = [(p.day, p.time, p.networks, p.status, p.pillar, clean_text(p.text), clean_text(p.notes))
                    for p in posts]
        got = [(p.day, p.time, p.networks, PostStatus(p.status), p.pillar, p.text, p.notes) for p in parsed.posts]
        assert got == expected
    return prop


test_csv_round_trip, test_csv_round_trip_long = fast_and_long(csv_round_trip, 60, 3000)


def csv_garbage_is_reported():
    """Any bytes at all: parse_csv answers with posts or line-numbered errors, never an exception."""
    header = "date,time,networks,status,pillar,about,text,notes\r\n".encode()
    @given(st.one_of(st.binary(max_size=2000), st.binary(max_size=500).map(lambda b: header + b),
                     st.text(max_size=500).map(lambda t: header + t.encode("utf-16")),
                     st.text(max_size=500).map(lambda t: header + t.encode("cp1252", errors="ignore"))))
    def prop(data):
        TRIED["csv_garbage_is_reported"] += 1
        parsed = parse_csv(data)
        assert parsed.posts or parsed.errors or not data.strip() or data.startswith(header)
        for error in parsed.errors:
            assert error.line >= 1 and isinstance(error.problem, CsvProblem)
        if parsed.errors:
            return
        for post in parsed.posts:
            assert post.time is None or post.day is not None
    return prop


test_csv_garbage_is_reported, test_csv_garbage_is_reported_long = fast_and_long(csv_garbage_is_reported, 200, 10_000)


@pytest.mark.parametrize("raw, problem", [
    ("2026-13-01,,,,,,x,", CsvProblem.BAD_DATE), ("31/02/2026,,,,,,x,", CsvProblem.BAD_DATE),
    ("2026-12-01,25:00,,,,,x,", CsvProblem.BAD_TIME), ("2026-12-01,,myspace,,,,x,", CsvProblem.UNKNOWN_NETWORK),
    (",09:00,,,,,x,", CsvProblem.TIME_WITHOUT_DATE),
])
def test_bad_lines_are_named(raw, problem):
    parsed = parse_csv(("date,time,networks,status,pillar,about,text,notes\n" + raw + "\n").encode())
    assert [(e.line, e.problem) for e in parsed.errors] == [(2, problem)]


def test_missing_columns_and_wrong_encodings_are_refused():
    assert parse_csv(b"date,text\n2026-12-01,x\n").errors[0].problem is CsvProblem.NO_HEADER
    utf16 = "date,time,networks,status,pillar,about,text,notes\n2026-12-01,,,,,,Bûche,\n".encode("utf-16")
    parsed = parse_csv(utf16)  # Excel's "Unicode text" is UTF-16: it is read, not refused
    assert not parsed.errors and [p.text for p in parsed.posts] == ["Bûche"]
    excel = "date;time;networks;status;pillar;about;text;notes\r\n01/12/2026;9h30;Facebook;prévu;;;Bûche;\r\n"
    parsed = parse_csv(excel.encode("cp1252"))
    assert not parsed.errors and parsed.posts[0].text == "Bûche" and parsed.posts[0].time == time(9, 30)


def ics_round_trip():
    """Any dated posts: the .ics parses back (icalendar) with one event each, on its day, with its text."""
    from datetime import datetime, timezone

    from icalendar import Calendar

    from socialdesk.domain.calendar.ics_format import export_ics

    plain = st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")) | st.just("\n"), max_size=80)

    @given(st.lists(st.tuples(plain, plain, st.dates(date(2000, 1, 1), date(2099, 12, 31)),
                              st.one_of(st.none(), st.times().map(lambda t: time(t.hour, t.minute)))),
                    min_size=1, max_size=5))
    def prop(items):
        TRIED["ics_round_trip"] += 1
        posts = [Post(id=i + 1, uid=f"u{i}", day=day, time=at, text=text, notes=notes, networks=("instagram",),
                      status=PostStatus.PLANNED) for i, (text, notes, day, at) in enumerate(items)]
        events = Calendar.from_ical(export_ics(posts, datetime(2026, 11, 26, tzinfo=timezone.utc))).walk("VEVENT")
        assert len(events) == len(posts)
        for post, event in zip(posts, events):
            written = post.text + (f"\n\n— Notes:\n{post.notes}" if post.notes else "")
            assert str(event["description"]) == clean_text(written)  # the one post-text rule: blank is empty
            start = event.decoded("dtstart")
            assert (start.date() if isinstance(start, datetime) else start) == post.day
    return prop


test_ics_round_trip, test_ics_round_trip_long = fast_and_long(ics_round_trip, 40, 2000)


def test_ics_export_has_no_control_characters():
    from datetime import datetime, timezone

    from socialdesk.domain.calendar.ics_format import export_ics

    post = Post(id=1, uid="u", day=date(2026, 12, 1), text="nul\x00 and \x0b", status=PostStatus.PLANNED)
    data = export_ics([post], datetime(2026, 11, 26, tzinfo=timezone.utc))
    assert not any(byte < 32 and byte not in (9, 10, 13) for byte in data)


def _lines(count: int) -> bytes:
    head = "date,time,networks,status,pillar,about,text,notes\r\n"
    body = "".join(f"2026-12-{1 + i % 28:02d},10:00,instagram,planned,,,Ligne {i} 🥐,n{i}\r\n" for i in range(count))
    return (head + body).encode("utf-8")


@pytest.mark.faults
def test_a_hundred_thousand_lines_import_whole_and_one_more_is_refused(tmp_path):
    parsed = parse_csv(_lines(MAX_ROWS))
    assert not parsed.errors and len(parsed.posts) == MAX_ROWS
    store = open_store(tmp_path / "shop.sqlite3")
    try:
        store.calendar.import_posts(parsed.posts)
        assert store.calendar.count() == MAX_ROWS
        assert store.calendar.get(parsed.posts[-1].id).text == f"Ligne {MAX_ROWS - 1} 🥐"
    finally:
        store.close()
    too_many = parse_csv(_lines(MAX_ROWS + 1))
    assert [e.problem for e in too_many.errors] == [CsvProblem.TOO_MANY_ROWS]
