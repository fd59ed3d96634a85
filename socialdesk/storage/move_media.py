"""The post images (`media/` beside a data file) carried along when the file moves: all or nothing."""

import os
import secrets
import shutil
from pathlib import Path

from socialdesk.storage.move_note import FILE, TREE

MEDIA = "media"  # storage/calendar/media.py media_dir: the folder beside the data file


def count_images(folder: Path) -> int:
    """How many post images `folder`'s `media/` holds (thumbnails not counted)."""
    media = Path(folder) / MEDIA
    try:
        return sum(1 for entry in media.iterdir() if entry.is_file())
    except OSError:
        return 0


def copy_media(old_folder: Path, new_folder: Path, note=None) -> list[Path]:
    """Copy `old_folder/media` into `new_folder/media`; returns what was made there, for undo_media.
    Nothing is left at the destination if a copy fails (OSError raised); what a copy killed midway leaves is
    in `note` (a move_note.MoveNote), written before it is made. Names are content digests:
    an image already there with the same name is the same image and is kept."""
    source = Path(old_folder) / MEDIA
    if not source.is_dir() or source.resolve() == (Path(new_folder) / MEDIA).resolve():
        return []
    staging = Path(new_folder) / f".media.moving-{secrets.token_hex(6)}"
    _noted(note, TREE, staging)
    staging.mkdir(mode=0o700)
    made: list[Path] = []
    try:
        shutil.copytree(source, staging, dirs_exist_ok=True, symlinks=False)
        made = _put_in_place(staging, Path(new_folder) / MEDIA, note)
    except BaseException:
        undo_media(made)
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return made


def _noted(note, how: str, *paths: Path) -> None:
    if note is not None:
        note.add(how, *paths)


def _put_in_place(staging: Path, media: Path, note=None) -> list[Path]:
    """Move the staged copy into `media`, the whole folder at once when there is none yet."""
    if not media.exists():
        _noted(note, TREE, media)
        os.rename(staging, media)
        return [media]
    new = [(staged, media / staged.relative_to(staging)) for staged in sorted(staging.rglob("*"))]
    new = [(staged, target) for staged, target in new if not target.exists()]
    _noted(note, TREE, *(target for staged, target in new if staged.is_dir()))
    _noted(note, FILE, *(target for staged, target in new if not staged.is_dir()))
    made: list[Path] = []
    try:
        for staged in sorted(staging.rglob("*")):
            target = media / staged.relative_to(staging)
            if staged.is_dir():
                if not target.exists():
                    target.mkdir(mode=0o700)
                    made.append(target)
            elif not target.exists():
                os.replace(staged, target)
                made.append(target)
    except BaseException:
        undo_media(made)
        raise
    return made


def undo_media(made: list[Path]) -> None:
    """Remove what copy_media made (files first, then emptied folders)."""
    for path in reversed(made):
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
