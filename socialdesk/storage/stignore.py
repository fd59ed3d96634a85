"""Whether Syncthing leaves a path out of a folder it syncs, by the patterns of that folder's `.stignore`."""

import re
import sys
from pathlib import Path, PurePath

from socialdesk.storage.files import small_regular_file

_CASE_BLIND = sys.platform in ("win32", "darwin")  # Syncthing ignores case there by default


def ignored(root: Path, path: PurePath) -> bool:
    """True when a pattern of `root/.stignore` covers `path` or a folder above it (the first matching line decides,
    as in Syncthing; `!` keeps, `(?i)` ignores case, `/` anchors at the root; `#include` lines are not followed)."""
    try:
        parts = PurePath(path).relative_to(root).parts
    except ValueError:
        return False
    lines = small_regular_file(root / ".stignore", limit=1 << 20).decode("utf-8", errors="replace").splitlines()
    candidates = ["/".join(parts[:depth]) for depth in range(1, len(parts) + 1)]
    for line in lines:
        rule = _rule(line)
        if rule is not None and any(rule[0].fullmatch(candidate) for candidate in candidates):
            return rule[1]
    return False


def _rule(line: str) -> tuple[re.Pattern, bool] | None:
    """The pattern of one line and whether it ignores (False for a `!` line); None for comments and blanks."""
    text, ignores, case_blind = line.strip(), True, _CASE_BLIND
    while text.startswith(("!", "(?i)", "(?d)")):
        if text.startswith("!"):
            ignores, text = False, text[1:]
        else:
            case_blind, text = case_blind or text.startswith("(?i)"), text[4:]
    if not text or text.startswith(("//", "#")):
        return None
    anchored = text.startswith("/")
    body = _regex(text.strip("/"))
    return re.compile(body if anchored else f"(?:.*/)?{body}", re.IGNORECASE if case_blind else 0), ignores


def _regex(glob: str) -> str:
    """`**` crosses folders, `*` and `?` stay within one name, `[…]` is a set; everything else is literal."""
    out, i = [], 0
    while i < len(glob):
        if glob.startswith("**", i):
            out.append(".*")
            i += 2
        elif glob[i] in "*?":
            out.append("[^/]*" if glob[i] == "*" else "[^/]")
            i += 1
        elif glob[i] == "[" and "]" in glob[i + 2:]:
            end = glob.index("]", i + 2)
            members = glob[i + 1:end].replace("\\", "\\\\")
            out.append("[" + ("^" + members[1:] if members.startswith("!") else members) + "]")
            i = end + 1
        else:
            out.append(re.escape(glob[i]))
            i += 1
    return "".join(out)
