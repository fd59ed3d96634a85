"""Where a data file sits: a network share, a removable drive, a synced folder, conflict copies beside it."""

import os
import re
import stat
import sys
from enum import Enum
from pathlib import Path, PurePath, PureWindowsPath

from socialdesk.storage.backup_names import SUFFIX as BACKUP_SUFFIX, own_name
from socialdesk.storage import stignore
from socialdesk.storage.files import small_regular_file

MOUNTS = Path("/proc/mounts")
SYS_BLOCK = Path("/sys/class/block")  # each disk and partition, with the kernel's `removable` flag
NETWORK_TYPES = ("nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "sshfs", "9p", "afpfs", "webdav", "davfs")
REMOVABLE_ROOTS = ("/media/", "/run/media/")
GVFS_NETWORK = ("smb-share", "smb-server", "sftp", "ftp", "ftps", "dav", "davs", "afp-volume", "nfs", "google-drive")
DRIVE_REMOVABLE, DRIVE_REMOTE = 2, 4  # GetDriveTypeW's answers


class Drive(Enum):
    LOCAL = "local"
    NETWORK = "network"  # slow, and SQLite's locks are unreliable there
    REMOVABLE = "removable"  # a USB key pulled out while the file is open damages it


class SyncService(Enum):
    ONEDRIVE = "OneDrive"
    DROPBOX = "Dropbox"
    GOOGLE_DRIVE = "Google Drive"
    ICLOUD = "iCloud Drive"
    SYNCTHING = "Syncthing"


def drive_kind(path: Path, *, system: str = sys.platform, mounts: Path | None = None, drive_type=None,
               fs_type=None) -> Drive:
    """What holds `path`: Linux reads the mounts table, macOS asks the file system type of what is under /Volumes,
    Windows asks GetDriveTypeW."""
    if system == "win32":
        return _windows_drive(str(path), drive_type or _get_drive_type)
    if system == "darwin":
        return _darwin_drive(str(path), fs_type or _darwin_fs_type)
    return _linux_drive(str(path), mounts or MOUNTS)


def _is_network_type(kind: str) -> bool:
    return kind in NETWORK_TYPES or kind.startswith(("smb", "nfs", "afp", "webdav", "fuse.sshfs", "fuse.rclone"))


def _darwin_drive(text: str, fs_type) -> Drive:
    parts = PurePath(text).parts
    if len(parts) <= 2 or parts[1] != "Volumes":
        return Drive.LOCAL
    return Drive.NETWORK if _is_network_type(fs_type(text)) else Drive.REMOVABLE  # network shares mount there too


def _darwin_fs_type(text: str) -> str:
    """The type `mount` names for the mount holding `text` ("//GUEST@NAS/Boutique on /Volumes/NAS (smbfs, …)")."""
    import subprocess

    try:
        table = subprocess.run(["/sbin/mount"], capture_output=True, text=True, timeout=5, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return ""
    best, kind = "", ""
    for match in re.finditer(r"^.* on (/.*?) \(([^,)]+)", table, re.MULTILINE):
        point = match.group(1)
        if (text == point or text.startswith(point.rstrip("/") + "/")) and len(point) >= len(best):
            best, kind = point, match.group(2)
    return kind


def _windows_drive(text: str, drive_type) -> Drive:
    if text[:8].upper() in ("\\\\?\\UNC\\", "\\\\.\\UNC\\"):
        return Drive.NETWORK  # \\?\UNC\server\share: the long-path form of a share
    if text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\")):
        return Drive.NETWORK  # \\server\share
    anchor = PureWindowsPath(_without_device_prefix(text)).anchor
    kind = drive_type(anchor) if anchor else 0
    return {DRIVE_REMOTE: Drive.NETWORK, DRIVE_REMOVABLE: Drive.REMOVABLE}.get(kind, Drive.LOCAL)


def _without_device_prefix(text: str) -> str:
    """`\\\\?\\E:\\…` and `\\\\.\\E:\\…` name the drive E:\\ (GetDriveTypeW answers "no root" for `\\\\.\\E:\\`)."""
    return text[4:] if text[:4] in ("\\\\?\\", "\\\\.\\") else text


def _get_drive_type(root: str) -> int:
    import ctypes

    return ctypes.windll.kernel32.GetDriveTypeW(root)


def _linux_drive(text: str, mounts: Path) -> Drive:
    try:
        table = mounts.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return Drive.LOCAL
    best, kind, source = "", "", ""
    for line in table.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = _unescape(fields[1])
        inside = text == point or text.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind, source = point, fields[2], _unescape(fields[0])
    if _is_network_type(kind) or kind in ("fuse", "fuseblk") and source.startswith(("http://", "https://")):
        return Drive.NETWORK  # davfs2 mounts a WebDAV address as plain `fuse`
    if kind == "fuse.gvfsd-fuse":
        return _gvfs_drive(text[len(best.rstrip("/")) + 1:])
    if (best + "/").startswith(REMOVABLE_ROOTS) or _removable_device(source):
        return Drive.REMOVABLE
    return Drive.LOCAL


def _removable_device(source: str) -> bool:
    """The kernel's own `removable` flag of the disk behind /dev/sdb1 (a USB stick mounted by hand under /mnt)."""
    if not source.startswith("/dev/"):
        return False
    block = SYS_BLOCK / Path(source).name
    try:
        disk = block.resolve().parent if (block / "partition").is_file() else block
        return (disk / "removable").read_text(encoding="ascii").strip() == "1"
    except (OSError, RuntimeError, UnicodeDecodeError):
        return False


def _gvfs_drive(inside: str) -> Drive:
    """A GNOME file manager mount: /run/user/1000/gvfs/smb-share:server=nas,share=boutique/…"""
    scheme = inside.split("/", 1)[0].split(":", 1)[0]
    if scheme in GVFS_NETWORK:
        return Drive.NETWORK
    return Drive.REMOVABLE if scheme in ("mtp", "gphoto2") else Drive.LOCAL


def _unescape(point: str) -> str:
    """/proc/mounts writes a space as \\040 (and tab, newline, backslash in octal too)."""
    return re.sub(r"\\([0-7]{3})", lambda match: chr(int(match.group(1), 8)), point)


SYNC_NAMES = {"dropbox": SyncService.DROPBOX, "google drive": SyncService.GOOGLE_DRIVE,
              "googledrive": SyncService.GOOGLE_DRIVE, "my drive": SyncService.GOOGLE_DRIVE,
              "mon drive": SyncService.GOOGLE_DRIVE, "icloud drive": SyncService.ICLOUD,
              "iclouddrive": SyncService.ICLOUD, "com~apple~clouddocs": SyncService.ICLOUD}
# What a service leaves at its top folder, and whether it is a file or a folder: ~/.dropbox is Dropbox's own
# settings FOLDER on Linux and macOS, the root marker ~/Dropbox/.dropbox is a FILE.
SYNC_MARKERS = {".dropbox": (SyncService.DROPBOX, "file"), ".dropbox.cache": (SyncService.DROPBOX, "folder"),
                ".stfolder": (SyncService.SYNCTHING, "any"), ".tmp.drivedownload": (SyncService.GOOGLE_DRIVE, "folder"),
                ".tmp.driveupload": (SyncService.GOOGLE_DRIVE, "folder")}
# Google Drive for desktop's other top folders beside My Drive, at the top of its drive letter (G:\\Shared drives).
GOOGLE_DRIVE_TOPS = {"shared drives", "drives partagés", "other computers", "autres ordinateurs"}
CLOUD_STORAGE = {"onedrive": SyncService.ONEDRIVE, "dropbox": SyncService.DROPBOX,
                 "googledrive": SyncService.GOOGLE_DRIVE}  # macOS ~/Library/CloudStorage/<Provider>-<account>


def synced_folder(path: Path) -> tuple[SyncService, Path] | None:
    """The sync service and its top folder if `path` lies inside one (known names and marker files)."""
    for folder in Path(path).parents:
        service = _service_of(folder)
        if service is SyncService.SYNCTHING and stignore.ignored(folder, Path(path)):
            continue  # left out by its .stignore (a home synced whole but for .local): not synced
        if service is not None:
            return service, folder
    return None


def _service_of(folder: Path) -> SyncService | None:
    name = folder.name.casefold()
    if name == "onedrive" or name.startswith("onedrive - "):
        return SyncService.ONEDRIVE
    if name in SYNC_NAMES:
        return SYNC_NAMES[name]
    if name.startswith("dropbox (") and name.endswith(")"):
        return SyncService.DROPBOX  # a team Dropbox: "Dropbox (Fleurs SARL)"
    if name in GOOGLE_DRIVE_TOPS and _google_drive_top(folder.parent):
        return SyncService.GOOGLE_DRIVE
    if folder.parent.name.casefold() == "cloudstorage":
        provider = re.split(r"[-\s(]", name, maxsplit=1)[0]
        if provider in CLOUD_STORAGE:
            return CLOUD_STORAGE[provider]
    if _sharepoint_library(folder):
        return SyncService.ONEDRIVE
    if _is_home(folder):  # the home holds the services' own settings (~/.dropbox), never their synced files,
        return SyncService.SYNCTHING if _syncthing_root(folder) else None  # unless Syncthing syncs it whole
    return _marker_service(folder) or (SyncService.ONEDRIVE if _onedrive_desktop_ini(folder) else None)


def _google_drive_top(folder: Path) -> bool:
    """The root of a drive letter (G:\\), or a folder named as Google Drive's own."""
    name = folder.name.casefold()
    return len(folder.parts) == 1 or SYNC_NAMES.get(name) is SyncService.GOOGLE_DRIVE \
        or folder.parent.name.casefold() == "cloudstorage" and name.startswith("googledrive")


def _sharepoint_library(folder: Path) -> bool:
    """A SharePoint library OneDrive syncs as %USERPROFILE%\\<Org>\\<Site> - <Library>, beside OneDrive - <Org>."""
    org = folder.parent
    if " - " not in folder.name or not _is_home(org.parent):
        return False
    return (org.parent / f"OneDrive - {org.name}").is_dir()


def _is_home(folder: Path) -> bool:
    try:
        return os.path.samefile(folder, Path.home())
    except (OSError, RuntimeError):
        return False


def _syncthing_root(folder: Path) -> bool:
    """Syncthing leaves `.stfolder` only at the top of a folder it syncs: never a setting of its own."""
    try:
        mode = os.stat(folder / ".stfolder", follow_symlinks=False).st_mode
    except OSError:
        return False
    return stat.S_ISREG(mode) or stat.S_ISDIR(mode)


def _marker_service(folder: Path) -> SyncService | None:
    for marker, (service, kind) in SYNC_MARKERS.items():
        try:
            mode = os.stat(folder / marker, follow_symlinks=False).st_mode
        except OSError:
            continue
        if kind == "any" and (stat.S_ISREG(mode) or stat.S_ISDIR(mode)) \
                or kind == "file" and stat.S_ISREG(mode) or kind == "folder" and stat.S_ISDIR(mode):
            return service
    return None


def _onedrive_desktop_ini(folder: Path) -> bool:
    data = small_regular_file(folder / "desktop.ini")
    return b"OneDrive" in data or "OneDrive".encode("utf-16-le") in data


def _conflict_pattern(path: Path, icloud: bool = False) -> re.Pattern:
    """The names the sync services give a conflict copy of exactly this file (its stem and suffix);
    iCloud Drive's "shop 2.sqlite3" only inside iCloud Drive, where no one else makes such names."""
    stem, suffix = re.escape(path.stem), re.escape(path.suffix)
    return re.compile(
        (rf"{stem} (?:[2-9]|[1-9]\d){suffix}|" if icloud else "") +  # iCloud: shop 2.sqlite3
        rf"{stem} \([^()]*(?:conflicted copy|copie en conflit)[^()]*(?:\(\d+\))?\){suffix}"  # Dropbox, Google Drive
        rf"|{stem}\.sync-conflict-\d{{8}}-\d{{6}}-[A-Z0-9]{{7}}{suffix}"  # Syncthing
        rf"|{stem} \(\d+\){suffix}"  # OneDrive, Google Drive: shop (1).sqlite3
        rf"|{stem}-(?-i:(?=[A-Z0-9-]*[A-Z])[A-Z0-9][A-Z0-9-]{{0,14}}){suffix}",  # OneDrive: shop-DESKTOP-1AB2C3.sqlite3
        re.IGNORECASE)


def conflict_copies(path: Path) -> list[Path]:
    """Copies a sync service left beside the data file when two computers changed it at once:
    only regular files (no link, no FIFO) named as a conflict copy of this very file, never its backups."""
    path = Path(path)
    icloud = (synced_folder(_resolved(path)) or (None,))[0] is SyncService.ICLOUD
    pattern, backup = _conflict_pattern(path, icloud), own_name(path, BACKUP_SUFFIX)
    try:
        with os.scandir(path.parent) as entries:
            names = sorted(Path(entry.path) for entry in entries if entry.is_file(follow_symlinks=False))
    except OSError:
        return []
    return [entry for entry in names if entry != path and pattern.fullmatch(entry.name)
            and not backup.fullmatch(entry.name)]


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path
