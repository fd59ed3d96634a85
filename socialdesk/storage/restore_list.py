"""Which backups Restore offers for a data file, and what is sure about each: told by their names and the file key
each carries (storage/file_key.py)."""

from dataclasses import dataclass, field
from pathlib import Path

from socialdesk.storage.backup_names import identity_in
from socialdesk.storage.backup_scan import backup_dir_for
from socialdesk.storage.backups import list_backups, other_identity_backups
from socialdesk.storage.file_key import UNREADABLE, key_of, of_this_file


@dataclass
class RestoreList:
    backups: list[Path]  # this file's, newest first, then another identity's
    another_computer: set[Path] = field(default_factory=set)  # another identity, this file's key
    maybe_another_computer: set[Path] = field(default_factory=set)  # another identity, no key (an older version's)
    maybe_another_file: set[Path] = field(default_factory=set)  # no identity, in a chosen folder, no key

    def sure(self, backup: Path) -> bool:
        """This file's beyond doubt, made on this computer: what Restore may choose for the owner."""
        return backup not in self.another_computer | self.maybe_another_computer | self.maybe_another_file


def restore_list(db_path: Path) -> RestoreList:
    """Backups of another data file that has this one's name, in a folder both chose (another key), are left out,
    as are those that cannot be read now (gone, locked). A backup's key is read where its name cannot prove it is
    this file's: in a chosen folder (a copied folder can carry this file's identity to another shop), or carrying
    another identity. One beside the file that cannot be read as SQLite now (damaged, a stray file of that name)
    is left out too: restoring it would be refused."""
    db_path = Path(db_path).resolve()
    key = key_of(db_path, live=True)
    key = key if isinstance(key, str) else None
    others = other_identity_backups(db_path)
    own = [b for b in list_backups(db_path) if b not in others and b.exists()]
    default = backup_dir_for(db_path)
    chosen = [b for b in own if b.parent != default]
    unnamed = [b for b in chosen if identity_in(db_path, b) is None]
    same_chosen, unsure_chosen = of_this_file(chosen, key)
    same, unsure = of_this_file(others, key)
    unreadable = {b for b in own if b.parent == default and key_of(b) is UNREADABLE}
    left_out = {*(set(chosen) - set(same_chosen) - set(unsure_chosen)), *(set(others) - set(same) - set(unsure)),
                *unreadable}
    return RestoreList([b for b in [*own, *others] if b not in left_out], set(same), set(unsure),
                       set(unsure_chosen) & set(unnamed))

