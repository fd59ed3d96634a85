"""Alt text and the Google post kind survive the CSV round trip and reach the .ics (read back by csv and icalendar)."""

import csv
import io
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from socialdesk.domain.calendar.csv_format import export_csv, parse_csv
from socialdesk.domain.calendar.google_post import EXTRA_KEY, GoogleKind, GooglePost, google_post
from socialdesk.domain.calendar.ics_format import export_ics
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.storage import Store

ALT = "Une baguette dorée posée sur un torchon ; « croustillante »"


def _store() -> Store:
    store = Store.in_memory()
    store.calendar.add(Post(day=date(2026, 12, 8), time=time(9, 0), networks=("instagram", "google"), text="Pain",
                            status=PostStatus.DRAFT, image="pain.png", alt_text=ALT,
                            extra={EXTRA_KEY: GooglePost(GoogleKind.OFFER, "Deux pour un").to_extra()}))
    store.calendar.add(Post(day=date(2026, 12, 9), networks=("x",), text="Sans image", status=PostStatus.DRAFT))
    return store


@pytest.mark.parametrize("dialect, delimiter, language", [("excel", ",", "en"), ("excel", ";", "fr")])
def test_alt_text_and_google_kind_come_back_from_the_csv(dialect, delimiter, language):
    first = export_csv(_store().calendar.all_posts(), delimiter, language)
    rows = list(csv.DictReader(io.StringIO(first.decode("utf-8-sig"), newline=""), dialect=dialect,
                               delimiter=delimiter))
    alt, kind = ("texte alternatif", "type google") if language == "fr" else ("alt_text", "google_kind")
    assert rows[0][alt] == ALT and rows[0][kind] == ("Offre" if language == "fr" else "offer")
    assert rows[1][alt] == "" and rows[1][kind] == ""
    parsed = parse_csv(first)
    assert parsed.errors == []
    other = Store.in_memory()
    other.calendar.import_posts(parsed.posts)
    back = sorted(other.calendar.all_posts(), key=lambda p: p.day)
    assert back[0].alt_text == ALT and google_post(back[0]).kind is GoogleKind.OFFER
    assert back[1].alt_text == "" and EXTRA_KEY not in back[1].extra
    assert export_csv(other.calendar.all_posts(), delimiter, language) == first


def test_a_file_without_the_new_columns_still_imports_and_keeps_the_posts_alt_text():
    store = _store()
    old_file = export_csv(store.calendar.all_posts())
    rows = list(csv.reader(io.StringIO(old_file.decode("utf-8-sig"), newline="")))
    trimmed_rows = [row[:9] for row in rows]  # up to `id`, as files were written before
    trimmed_rows[1][6] = "Pain du jour"  # the text edited in the spreadsheet
    trimmed = io.StringIO(newline="")
    csv.writer(trimmed, lineterminator="\r\n").writerows(trimmed_rows)
    parsed = parse_csv(trimmed.getvalue().encode("utf-8"))
    assert parsed.errors == [] and len(parsed.posts) == 2
    plan = store.calendar.sort_import(parsed.posts, parsed.lines)
    store.calendar.apply_import(plan)
    post = next(p for p in store.calendar.all_posts() if p.image)
    assert post.text == "Pain du jour" and post.alt_text == ALT
    assert google_post(post) == GooglePost(GoogleKind.OFFER, "Deux pour un")


def test_an_edited_alt_text_and_kind_update_the_post_and_keep_the_offer_title():
    store = _store()
    text = export_csv(store.calendar.all_posts()).decode("utf-8-sig")
    edited = text.replace(ALT, "Deux baguettes").replace(",offer\r\n", ",event\r\n")
    parsed = parse_csv(edited.encode("utf-8"))
    store.calendar.apply_import(store.calendar.sort_import(parsed.posts, parsed.lines))
    post = next(p for p in store.calendar.all_posts() if p.image)
    assert post.alt_text == "Deux baguettes" and google_post(post) == GooglePost(GoogleKind.EVENT, "Deux pour un")


@pytest.mark.parametrize("language, label", [("en", "Alt text:"), ("fr", "Texte alternatif\u00a0:")])
def test_the_ics_describes_the_image(language, label):
    posts = _store().calendar.all_posts()
    events = Calendar.from_ical(export_ics(posts, datetime(2026, 12, 3, 12, tzinfo=ZoneInfo("UTC")),
                                           language=language)).walk("VEVENT")
    by_summary = {str(e["summary"]): str(e["description"]) for e in events}
    with_image = next(d for s, d in by_summary.items() if "Pain" in s)
    assert f"{label}\n{ALT}" in with_image
    assert all(label not in d for s, d in by_summary.items() if "Pain" not in s)
