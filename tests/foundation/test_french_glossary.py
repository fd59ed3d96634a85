"""The French texts use the glossary's words (fr-review.md §3): the old ones never come back."""

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

RESOURCES = Path(__file__).resolve().parents[2] / "resources"

# old word -> the glossary's word
FORBIDDEN = {
    r"\bmoteurs?\b(?! de recherche)": "relais (driver)",
    r"\bQR code": "code QR",
    r"Plans d'Apple|Apple Maps": "Apple Plans",
    r"\bappel à l'action": "phrase d'accroche (call to action)",
    r"\bpseudo\b": "nom d'utilisateur (handle)",
    r"\bpiliers?\b": "thème (pillar)",
    r"règles de la communauté|liste de la communauté": "règles d'animation / check-list",
    r"\bfiche (de la )?boutique": "coordonnées de la boutique (shop card)",
    r"\bcarte de contact": "fiche contact",
    r"\bpar ex\b|\bex\.(?!\u00a0:)": "ex. : (e.g.)",
    r"médias sociaux": "réseaux sociaux",
    r"^(Prévu|Publié|Ignoré|Ignorée)$": "a post's status agrees with « publication »: Prévue, Publiée, Annulée",
}


def _french_texts():
    for path in sorted((RESOURCES / "translations").glob("*_fr.ts")):
        for message in ET.parse(path).getroot().iter("message"):
            translation = message.find("translation")
            for form in list(translation.iter("numerusform")) or [translation]:
                yield f"{path.name}: {message.findtext('source')!r}", (form.text or "").replace("&", "")
    for rule in json.loads((RESOURCES / "rules" / "starter_rules.json").read_text(encoding="utf-8"))["rules"]:
        for field in ("text", "why"):
            yield f"starter rule {rule['key']} ({field})", rule[field]["fr"]


@pytest.mark.parametrize("old", FORBIDDEN)
def test_no_french_text_uses_the_old_word(old):
    found = [f"{where}: {text!r}" for where, text in _french_texts() if re.search(old, text, re.IGNORECASE)]
    assert not found, f"use « {FORBIDDEN[old]} »:\n" + "\n".join(found)


def test_the_statuses_agree_with_publication():
    statuses = {message.findtext("source"): message.findtext("translation")
                for path in (RESOURCES / "translations").glob("calendar_fr.ts")
                for context in ET.parse(path).getroot().iter("context") if context.findtext("name") == "CalendarWords"
                for message in context.iter("message")}
    assert [statuses[s] for s in ("Idea", "Draft", "Planned", "Published", "Skipped")] == [
        "Idée", "Brouillon", "Prévue", "Publiée", "Annulée"]
