"""The English texts say things in plain words (fr-review.md §4): no jargon or gallicisms come back."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"

# jargon or gallicism -> what a shop owner understands
PLAIN = {
    r"\bdecodes to\b": "it scans back to",
    r"\bgating\b": "(the sentence already says it: never only the happy ones)",
    r"\bthe box\b": "your internet router (« la box » is French)",
    r"\bUSB key\b": "USB stick (« clé USB » is French)",
}


@pytest.mark.parametrize("jargon", PLAIN)
def test_no_english_text_uses_the_jargon(jargon):
    found = [f"{path.name}: {source!r}" for path in sorted(TRANSLATIONS.glob("*_fr.ts"))
             for source in (m.findtext("source") for m in ET.parse(path).getroot().iter("message"))
             if re.search(jargon, source or "")]
    assert not found, f"say « {PLAIN[jargon]} »:\n" + "\n".join(found)
