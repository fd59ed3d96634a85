"""The English texts say things in plain words (fr-review.md §4): no jargon or gallicisms come back."""

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"

# jargon or gallicism -> what a shop owner understands
PLAIN = {
    r"\bdecodes to\b": "it scans back to",
    r"\bgating\b": "(the sentence already says it: never only the happy ones)",
    r"\bthe box\b": "your internet router (« la box » is French)",
    r"\bUSB key\b": "USB stick (« clé USB » is French)",
}

# words retired from every English text on screen, in printouts and in the built-in rules (§4.2-4.4)
RETIRED = {
    r"(?i)\bdrivers?\b": "key people / key person (« moteurs » reads as car or device drivers)",
    r"(?i)\bpillars?\b": "main themes / theme",
    r"(?i)\bprescribers?\b": "people who recommend you / recommenders",
    r"(?i)\bstreak\b": "weeks in a row",
    r"(?i)\bscored\b": "finished week",
    r"(?i)\bcall to action\b": "headline",
    r"(?i)\bhandle\b": "username",
    r"(?i)\bplan file\b": "Export / import",
    r"(?i)\bnormalising\b": "ignoring capitals, accents…",
    r"(?i)^stale$|\bis stale\b": "out of date",
    r"(?i)\bmodules\b": "squares",
    r"(?i)#rrggbb": "a colour code such as #1a6b3c",
    r"\bSMART\b": "specific, measurable, with a date",
    r"(?i)\bbuzz\b": "topics people talk about",
    r"(?i)\bmessages to push\b": "key messages",
    r"(?i)\bdecide a purchase\b": "what makes customers buy",
    r"(?i)\bone a line\b": "one per line",
    r"(?i)\bcustom\)": "added as your own platform",
    r"(?i)\bor what you have\b": "or a Google link",
    r"(?i)\brefused the change\b": "the change could not be written",
    r"(?i)\belse it stays\b": "otherwise it stays",
    r"(?i)\breviewed on\b": "kept on",
    r"(?i)\bfew beats many\b": "fewer is better",
    r"(?i)\bmanual tour\b": "a weekly look round, by hand",
    r"(?i)\bown text for\b": "separate text for",
    r"(?i)\bnot said\b": "not set",
    r"(?i)\bweeks ago on\)": "onwards",
    r"(?i)\bwhen you know better\b": "if you know a more accurate value",
}


def english_sources():
    """Every English source text of the catalogues (what the interface shows), mnemonics removed."""
    for path in sorted(TRANSLATIONS.glob("*.ts")):
        if path.stem.startswith("qtdialogs"):
            continue  # Qt's own dialog words
        for message in ET.parse(path).getroot().iter("message"):
            yield path.name, (message.findtext("source") or "").replace("&", "")
            if path.stem.endswith("_en"):  # the English plural forms are what English readers see
                yield from ((path.name, form.text or "") for form in message.iter("numerusform"))


def starter_rule_texts():
    rules = json.loads((ROOT / "resources" / "rules" / "starter_rules.json").read_text(encoding="utf-8"))["rules"]
    for rule in rules:
        yield f"starter rule {rule['key']}", rule["text"]["en"]
        yield f"starter rule {rule['key']}", rule["why"]["en"]


@pytest.mark.parametrize("jargon", PLAIN)
def test_no_english_text_uses_the_jargon(jargon):
    found = [f"{path.name}: {source!r}" for path in sorted(TRANSLATIONS.glob("*_fr.ts"))
             for source in (m.findtext("source") for m in ET.parse(path).getroot().iter("message"))
             if re.search(jargon, source or "")]
    assert not found, f"say « {PLAIN[jargon]} »:\n" + "\n".join(found)


@pytest.mark.parametrize("word", RETIRED)
def test_no_retired_word_comes_back_in_english(word):
    found = [f"{where}: {text!r}" for where, text in [*english_sources(), *starter_rule_texts()]
             if re.search(word, text)]
    assert not found, f"say « {RETIRED[word]} »:\n" + "\n".join(found)


def test_english_texts_quote_with_curly_quotes():
    found = [f"{where}: {text!r}" for where, text in english_sources() if re.search(r'"[^"]+"', text)]
    assert not found, "quote with “…” as the other messages do:\n" + "\n".join(found)


def test_english_built_in_rules_are_things_done_this_week():
    """The checklist ticks each rule as done, so every English rule reads as done (« Answered every… »)."""
    rules = json.loads((ROOT / "resources" / "rules" / "starter_rules.json").read_text(encoding="utf-8"))["rules"]
    nouns = [rule["text"]["en"] for rule in rules if rule["key"] in ("listen", "value")]
    assert nouns == ["Posted no press release and nothing without value for the reader",
                     "Did a listening tour of the places where our customers talk"]
