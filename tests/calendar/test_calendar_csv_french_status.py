"""A plan file typed in French with the status words the app shows (Prévue, Publiée, Annulée) imports."""

import xml.etree.ElementTree as ET

from socialdesk.domain.calendar.csv_format import parse_csv
from socialdesk.domain.posts import PostStatus
from socialdesk.paths import resource


def _shown_in_french() -> dict[str, str]:
    """The French status words of the calendar, as the .ts catalogue gives them."""
    root = ET.parse(resource("translations", "calendar_fr.ts")).getroot()
    context = next(c for c in root.iter("context") if c.findtext("name") == "CalendarWords")
    return {m.findtext("source"): m.findtext("translation") for m in context.iter("message")}


def test_each_status_word_shown_in_french_is_accepted_back_in_a_plan_file():
    shown = _shown_in_french()
    statuses = {"Planned": PostStatus.PLANNED, "Published": PostStatus.PUBLISHED, "Skipped": PostStatus.SKIPPED}
    rows = "".join(f"0{day}/12/2026;9:00;Facebook;{shown[english]};;;Post {day};\r\n"
                   for day, english in enumerate(statuses, start=1))
    parsed = parse_csv(("date;time;networks;statut;pillar;about;text;notes\r\n" + rows).encode("utf-8"))
    assert parsed.errors == []
    assert [post.status for post in parsed.posts] == list(statuses.values())


def test_the_feminine_and_older_french_status_words_are_all_accepted():
    words = {"prévue": PostStatus.PLANNED, "publiée": PostStatus.PUBLISHED, "annulée": PostStatus.SKIPPED,
             "Annulé": PostStatus.SKIPPED, "ignorée": PostStatus.SKIPPED, "ignoré": PostStatus.SKIPPED,
             "prévu": PostStatus.PLANNED, "publié": PostStatus.PUBLISHED}
    rows = "".join(f"0{day}/12/2026;9:00;Facebook;{word};;;Post {day};\r\n" for day, word in enumerate(words, 1))
    parsed = parse_csv(("date;time;networks;statut;pillar;about;text;notes\r\n" + rows).encode("utf-8"))
    assert parsed.errors == []
    assert [post.status for post in parsed.posts] == list(words.values())
