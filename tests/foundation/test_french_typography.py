"""Every French text (catalogues and starter rules) keeps French typography: no-break spaces, one apostrophe."""

import importlib.util
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
_spec = importlib.util.spec_from_file_location("fr_typography", TRANSLATIONS / "typography.py")
typography = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(typography)
NB, NNB = "\u00a0", "\u202f"


def _french_texts():
    for path in sorted(TRANSLATIONS.glob("*_fr.ts")):
        for message in ET.parse(path).getroot().iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            forms = list(translation.iter("numerusform")) or [translation]
            for form in forms:
                yield f"{path.name}: {source!r}", form.text or ""
    for rule in json.loads(typography.STARTER_RULES.read_text(encoding="utf-8"))["rules"]:
        yield f"starter rule {rule['key']}", rule["text"]["fr"]
        yield f"starter rule {rule['key']} (why)", rule["why"]["fr"]


def test_every_french_text_follows_the_convention():
    wrong = [f"{where}\n    now:  {text!r}\n    want: {typography.fix(text)!r}"
             for where, text in _french_texts() if typography.fix(text) != text]
    assert not wrong, ("French typography: run `python resources/translations/typography.py`, then "
                       "`make translations`:\n" + "\n".join(wrong))


@pytest.mark.parametrize("written, right", [
    ("Conseil : %1", f"Conseil{NB}: %1"),
    ("Retirer ce relais ?", f"Retirer ce relais{NNB}?"),
    ("Réservez !", f"Réservez{NNB}!"),
    (f"vide{NB}; la suite", f"vide{NNB}; la suite"),
    ("Note:%1 et plus", "Note:%1 et plus"),  # not a French colon (nothing after it): left
    ("Publié :\u00a0%1", f"Publié{NB}: %1"),  # an ordinary space after the colon, so the line may break there
    ("le bouton «Demander des avis »", f"le bouton «{NB}Demander des avis{NB}»"),
    ("l’onglet", "l'onglet"),
    ("à 80 % ou plus, %2 %", f"à 80{NB}% ou plus, %2{NB}%"),
    ("deux  espaces", "deux espaces"),
    ("Attention : Vous perdez", f"Attention{NB}: vous perdez"),
    ("ex. : Le Petit Fournil", f"ex.{NB}: Le Petit Fournil"),  # an example keeps its capital
])
def test_the_fix_writes_french_typography(written, right):
    assert typography.fix(written) == right
    assert typography.fix(right) == right


@pytest.mark.parametrize("kept", [
    "Ouvrez https://g.page/r/abc?x=1;y=2 puis revenez",  # URLs
    "à 10:30, ou 09:30:00",  # times
    "%1:%2 et {name}:{count}",  # placeholders
    "Attendez…",  # the ellipsis stays one character
    "&Jour",  # the Alt letter
    "a&nbsp;b <span style=\"color: red; font: x\">c</span>",  # rich text
    "Ligne 1\nLigne 2",
    " cm",  # a suffix keeps its leading space
])
def test_the_fix_leaves_what_is_not_prose(kept):
    assert typography.fix(kept) == kept


def test_a_reworded_starter_rule_is_still_recognised_in_files_made_before(tmp_path):
    """The script keeps the former French wording in "earlier", so an untouched rule stays a starter rule."""
    path = tmp_path / "starter_rules.json"
    path.write_text(json.dumps({"rules": [{"key": "k", "text": {"en": "Said", "fr": "Dire : oui"},
                                           "why": {"en": "Why", "fr": "Pourquoi ?"}}]}), encoding="utf-8")
    assert typography.fix_starter_rules(path)
    rule = json.loads(path.read_text(encoding="utf-8"))["rules"][0]
    assert (rule["text"]["fr"], rule["why"]["fr"]) == (f"Dire{NB}: oui", f"Pourquoi{NNB}?")
    assert rule["earlier"] == [{"text": "Dire : oui", "why": "Pourquoi ?"}]
    assert not typography.fix_starter_rules(path)


def test_the_command_lines_french_catalogue_uses_the_same_straight_apostrophe():
    texts, in_msgstr = [], False
    for path in sorted(TRANSLATIONS.glob("fr/LC_MESSAGES/*.po")):
        for line in path.read_text(encoding="utf-8").splitlines():
            in_msgstr = line.startswith("msgstr") or (in_msgstr and line.startswith('"'))
            if in_msgstr and "\u2019" in line:
                texts.append(f"{path.name}: {line}")
    assert not texts, "run `make translations`:\n" + "\n".join(texts)


def test_fix_po_straightens_only_the_translations(tmp_path):
    po = tmp_path / "x.po"
    po.write_text('msgid "it\u2019s"\nmsgstr ""\n"c\u2019est "\n"d\u2019abord"\n\nmsgid "a"\nmsgstr "l\u2019a"\n',
                  encoding="utf-8")
    assert typography.fix_po(po)
    assert po.read_text(encoding="utf-8") == 'msgid "it\u2019s"\nmsgstr ""\n"c\'est "\n"d\'abord"\n\nmsgid "a"\nmsgstr "l\'a"\n'
