"""The README's Backups section and docs/os_branches.md say what the code does, and cite tests that exist."""

import re
from pathlib import Path

from socialdesk.domain.settings import BACKUPS_KEEP_RANGE, DEFAULTS
from socialdesk.paths import PORTABLE_DATA_DIR, PORTABLE_MARKER
from socialdesk.storage.moved import BACKUPS_IN_SYNCED

ROOT = Path(__file__).resolve().parents[2]
NUMBERS = {5: "five", 7: "seven", 10: "ten", 14: "fourteen", 30: "thirty"}


def _section(title: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index(f"\n## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start:end if end != -1 else None]


def test_the_backups_section_says_where_backups_go_and_how_many_are_kept():
    backups = _section("Backups")
    assert f"The newest {NUMBERS[DEFAULTS['backups_keep']]} by default" in backups
    assert f"({BACKUPS_KEEP_RANGE[0]} to {BACKUPS_KEEP_RANGE[1]})" in backups
    assert "Preferences" in backups and "Choose…" in backups  # the backup-folder choice
    assert f"`{BACKUPS_IN_SYNCED}`" in backups and "conflict copies" in backups and "move it out" in backups


def test_the_readme_says_where_the_portable_file_goes_in_each_bundle():
    backups = _section("Backups")
    assert f"named `{PORTABLE_MARKER}`" in backups and f"`{PORTABLE_DATA_DIR}/`" in backups
    assert "`SocialDesk/portable`" in backups  # the Linux bundle's folder (build_bundle.py archives `SocialDesk/`)
    assert "beside `SocialDesk.exe`" in backups
    assert "`SocialDesk.app/Contents/MacOS/portable`" in backups and "translocation" in backups
    assert "untested" in backups


def test_every_test_the_os_branches_note_cites_exists():
    note = (ROOT / "docs" / "os_branches.md").read_text(encoding="utf-8")
    files = set(re.findall(r"tests/[\w/]+\.py", note))
    assert files, "the note cites no test"
    assert not [f for f in files if not (ROOT / f).is_file()]
    sources = "\n".join((ROOT / f).read_text(encoding="utf-8") for f in files)
    named = set(re.findall(r"`(test_\w+)`", note))
    assert not [t for t in named if f"def {t}(" not in sources]


def test_the_os_branches_note_covers_todays_branches():
    note = (ROOT / "docs" / "os_branches.md").read_text(encoding="utf-8")
    for branch in ("CloudStorage", "_darwin_fs_type", "_gvfs_drive", "\\\\?\\UNC\\", "move_media.py",
                   "refuse_long_path", "name_limit(folder)", "portable_dir"):
        assert branch in note, branch
