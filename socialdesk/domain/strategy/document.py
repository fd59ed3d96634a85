"""The one-page plan as plain sections, and its Markdown form (the UI supplies the words)."""

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Entry:
    """A labelled answer; `lines` empty means the owner left it blank."""

    label: str
    lines: tuple[str, ...] = ()


@dataclass
class Section:
    title: str
    entries: list[Entry] = field(default_factory=list)
    empty: bool = False  # the whole step was left blank

    def add(self, label: str, value: str | list[str]) -> None:
        lines = value if isinstance(value, list) else value.splitlines()
        self.entries.append(Entry(label, tuple(line.strip() for line in lines if line.strip())))


@dataclass
class PlanDocument:
    title: str
    subtitle: str
    sections: list[Section]
    empty_text: str  # what a blank answer or step shows, in the owner's language
    pair: str = "%1: %2"  # a label and its value, in the owner's language (French: "%1\u00a0: %2")


def _escape(text: str) -> str:
    """Keep the owner's text from turning into Markdown syntax at the start of a line."""
    for char in "\\`*_[]#>|":
        text = text.replace(char, "\\" + char)
    if text[:1] in "-+" or text.split(".", 1)[0].isdigit() and "." in text[:6]:
        text = "\\" + text
    return text


def _pair(pattern: str, label: str, value: str) -> str:
    """%1 and %2 filled in one pass, so a "%2" in the owner's label stays as typed."""
    return re.sub("%([12])", lambda found: (label, value)[int(found.group(1)) - 1], pattern)


def to_markdown(document: PlanDocument) -> str:
    out = [f"# {_escape(document.title)}", "", _escape(document.subtitle), ""]
    for section in document.sections:
        out += [f"## {_escape(section.title)}", ""]
        if section.empty:
            out += [f"*{_escape(document.empty_text)}*", ""]
            continue
        for entry in section.entries:
            label = f"**{_escape(entry.label)}**"
            if not entry.lines:
                out.append("- " + _pair(document.pair, label, f"*{_escape(document.empty_text)}*"))
            elif len(entry.lines) == 1:
                out.append("- " + _pair(document.pair, label, _escape(entry.lines[0])))
            else:
                out.append("- " + _pair(document.pair, label, "").rstrip())
                out += [f"  - {_escape(line)}" for line in entry.lines]
        out.append("")
    return "\n".join(out).rstrip() + "\n"
