"""French typography for the catalogues (*_fr.ts) and the starter rules: `python resources/translations/typography.py`."""

import json
import re
import sys
from pathlib import Path

NBSP, NNBSP = "\u00a0", "\u202f"  # before « : » and inside « »; before « ; ! ? »
HERE = Path(__file__).resolve().parent
STARTER_RULES = HERE.parent / "rules" / "starter_rules.json"

# Left exactly as written: URLs, HTML tags and entities (rich text), times, Qt, printf and str.format placeholders.
_PROTECTED = re.compile(r"""
    (?:https?://|www\.)\S+ | \b\w[\w-]*(?:\.[\w-]+)+/\S*
  | <[^<>]*> | &(?:\#\d+|\#x[0-9a-fA-F]+|[a-zA-Z]+);
  | \b\d{1,2}:\d{2}(?::\d{2})?\b
  | %L?\d+ | %n | %\([a-z_]+\)[sd] | %[sd] | \{[A-Za-z_][\w.]*\}
""", re.VERBOSE)
_MASK_BASE = 0xE000  # each protected span becomes one private-use character while the rules run
_SPACES = "[ \t\u00a0\u202f]"
_LOWER_AFTER_COLON = ("Le", "La", "Les", "Un", "Une", "Des", "Du", "Ce", "Cet", "Cette", "Ces", "Il", "Elle", "Ils",
                      "Elles", "Vous", "Nous", "On", "Rien", "Aucun", "Aucune", "Votre", "Vos", "Notre", "Nos", "Son",
                      "Sa", "Ses", "Leur", "Leurs")
_RULES = (
    (re.compile("’"), "'"),  # one apostrophe: the straight one, as typed (and as the CLI catalogue writes it)
    (re.compile(rf"{_SPACES}+:"), NBSP + ":"),
    (re.compile(r"(?<=[^\s:\u00a0\u202f(«])(?=:(?:\s|$))"), NBSP),
    (re.compile(r":[\u00a0\u202f]+"), ": "),  # after a colon: an ordinary space, so the line may break there
    (re.compile(rf"{_SPACES}+([;!?])"), NNBSP + r"\1"),
    (re.compile(r"(?<=[^\s;!?\u00a0\u202f(«])(?=[;!?](?:[\s»)\"”]|$))"), NNBSP),
    (re.compile(rf"«{_SPACES}*(?=\S)"), "«" + NBSP),
    (re.compile(rf"(?<=\S){_SPACES}*»"), NBSP + "»"),
    (re.compile(r"(?<=[\d\ue000-\uefff])[ \u202f]?%"), NBSP + "%"),
    (re.compile(r"(?<=\S) {2,}(?=\S)"), " "),
    (re.compile(rf"(?<!ex\.)(?<!ex)({NBSP}: )({'|'.join(_LOWER_AFTER_COLON)})\b"),
     lambda m: m.group(1) + m.group(2).lower()),
)


def _mask(text: str) -> tuple[str, list[str]]:
    kept: list[str] = []

    def hide(match: re.Match) -> str:
        kept.append(match.group(0))
        return chr(_MASK_BASE + len(kept) - 1)
    return _PROTECTED.sub(hide, text), kept


def fix(text: str) -> str:
    """`text` (French) with the project's typography; protected spans and line breaks untouched."""
    masked, kept = _mask(text)
    for pattern, repl in _RULES:
        masked = pattern.sub(repl, masked)
    return re.sub("[\ue000-\uefff]", lambda m: kept[ord(m.group(0)) - _MASK_BASE], masked)


_UNESCAPE = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&apos;": "'", "&quot;": '"'}


def _unescape(raw: str) -> str:
    return re.sub(r"&(?:amp|lt|gt|apos|quot);|&#x?[0-9a-fA-F]+;", _entity, raw)


def _entity(match: re.Match) -> str:
    word = match.group(0)
    if word in _UNESCAPE:
        return _UNESCAPE[word]
    return chr(int(word[3:-1], 16) if word.startswith("&#x") else int(word[2:-1]))


def _escape(text: str, like: str) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if "&apos;" in like:
        text = text.replace("'", "&apos;")
    if "&quot;" in like:
        text = text.replace('"', "&quot;")
    return text


def _fix_raw(match: re.Match) -> str:
    start, raw, end = match.group(1), match.group(2), match.group(3)
    if "<numerusform" in raw:
        return start + _FORM.sub(_fix_raw, raw) + end
    fixed = fix(_unescape(raw))
    return start + (raw if fixed == _unescape(raw) else _escape(fixed, raw)) + end


_TRANSLATION = re.compile(r"(<translation[^>]*>)(.*?)(</translation>)", re.DOTALL)
_FORM = re.compile(r"(<numerusform[^>]*>)(.*?)(</numerusform>)", re.DOTALL)


def fix_ts(path: Path) -> bool:
    """Rewrite the French translations of one .ts file in place (only the texts that change); True if any did."""
    before = path.read_text(encoding="utf-8")
    after = _TRANSLATION.sub(_fix_raw, before)
    if after != before:
        path.write_text(after, encoding="utf-8")
    return after != before


def fix_starter_rules(path: Path = STARTER_RULES) -> bool:
    """Fix the French text and why of each starter rule; the former wording joins its "earlier" list, so a data
    file that holds it still knows the rule as a starter rule."""
    before = path.read_text(encoding="utf-8")
    data = json.loads(before)
    for entry in data["rules"]:
        old = {"text": entry["text"]["fr"], "why": entry["why"]["fr"]}
        new = {key: fix(value) for key, value in old.items()}
        if new != old:
            entry["text"]["fr"], entry["why"]["fr"] = new["text"], new["why"]
            if old not in entry.setdefault("earlier", []):
                entry["earlier"].append(old)
    after = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    if after != before:
        path.write_text(after, encoding="utf-8")
    return after != before


def fix_po(path: Path) -> bool:
    """The command line's French catalogue: its translations (msgstr) take the same straight apostrophe as the
    .ts files; its other spacing is the gettext catalogue's own, left as written."""
    lines, in_msgstr = [], False
    before = path.read_text(encoding="utf-8")
    for line in before.split("\n"):
        in_msgstr = line.startswith("msgstr") or (in_msgstr and line.startswith('"'))
        lines.append(line.replace("’", "'") if in_msgstr else line)
    after = "\n".join(lines)
    if after != before:
        path.write_text(after, encoding="utf-8")
    return after != before


def main() -> int:
    changed = [path.name for path in sorted(HERE.glob("*_fr.ts")) if fix_ts(path)]
    changed += [path.name for path in sorted(HERE.glob("fr/LC_MESSAGES/*.po")) if fix_po(path)]
    if fix_starter_rules():
        changed.append(STARTER_RULES.name)
    print("French typography fixed in: " + (", ".join(changed) if changed else "nothing (all already right)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
