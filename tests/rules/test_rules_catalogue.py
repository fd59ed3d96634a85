"""The starting rules and the French catalogue are complete."""

import xml.etree.ElementTree as ET

from socialdesk.domain.rules.model import Frequency
from socialdesk.paths import resource
from socialdesk.storage.rules.starter_file import read_starter_rules as starter_rules


def test_every_starter_rule_has_a_text_and_a_why_in_english_and_french():
    english, french = starter_rules("en"), starter_rules("fr")
    assert [r.starter_key for r in english] == [r.starter_key for r in french]
    assert len(english) == 11
    for en, fr in zip(english, french):
        assert en.text and en.why and fr.text and fr.why
        assert en.text != fr.text and en.why != fr.why
    assert [r.starter_key for r in english if r.frequency is Frequency.MONTHLY] == ["listings"]
    assert starter_rules("de")[0].text == english[0].text  # unknown language: English


def test_the_french_catalogue_has_no_unfinished_message():
    root = ET.parse(resource("translations", "rules_fr.ts")).getroot()
    messages = root.findall("./context/message")
    assert len(messages) > 100
    unfinished = [m.findtext("source") for m in messages
                  if m.find("translation").get("type") == "unfinished" or not m.findtext("translation")]
    assert unfinished == []
    assert resource("translations", "rules_fr.qm").stat().st_size > 1000
