"""The system's refusals (errno) in our own words, for the window and the command line alike; no Qt, never strerror."""

import errno
import gettext
from collections.abc import Callable
from functools import cache

from socialdesk.paths import resource

# The words are translated once, in the command line's gettext catalogue; the window reads it too (`words_in`).
CATALOGUE = "socialdesk-cli"  # resources/translations/<lang>/LC_MESSAGES/socialdesk-cli.mo
Translate = Callable[[str], str]


def N_(message: str) -> str:  # noqa: N802 - the name the catalogue's check looks for
    """Marks a sentence for the catalogue where it is defined; it is translated where it is said."""
    return message


# The refusals a shop owner meets; their words say what is in the way, not the C library's phrase.
OS_WORDS = {
    errno.EEXIST: N_("a file is in the way where a folder is needed, or the name is taken"),
    errno.ENOTDIR: N_("a file is in the way where a folder is needed"),
    errno.EISDIR: N_("it is a folder, not a file"),
    errno.ENOENT: N_("the file or folder does not exist"),
    errno.EACCES: N_("permission denied"),
    errno.EPERM: N_("the system does not allow it"),
    errno.EROFS: N_("the disk is read-only"),
    errno.ENOSPC: N_("the disk is full"),
    errno.EDQUOT: N_("the disk space allowed to you is used up (your quota)"),
    errno.EFBIG: N_("the file is larger than this system allows (a file-size limit, or the disk's largest file)"),
    errno.ENAMETOOLONG: N_("the name is too long"),
    errno.ELOOP: N_("too many links in the path (a link loop?)"),
    errno.EIO: N_("the disk could not be read or written (a failing disk, or a drive unplugged?)"),
    errno.EBUSY: N_("it is in use"),
    errno.ETXTBSY: N_("it is in use"),
    errno.ENXIO: N_("no device is there (a drive unplugged?)"),
    errno.EINVAL: N_("the name is not allowed here"),
    errno.EPIPE: N_("the other end is closed"),
}
REFUSED_CODE = N_("the system refused it ({code})")
REFUSED = N_("the system refused it")


@cache
def words_in(language: str) -> Translate:
    """The catalogue's sentences in `language` ("fr", "en"): for the window, whose own words go through Qt."""
    return gettext.translation(CATALOGUE, str(resource("translations")), languages=[language], fallback=True).gettext


def os_reason(error: BaseException, translate: Translate = str) -> str:
    """Why the system refused, in our words; an errno we have no words for is named by its code (`EXDEV`)."""
    number = getattr(error, "errno", None)
    if number in OS_WORDS:
        return translate(OS_WORDS[number])
    if number is not None:
        return translate(REFUSED_CODE).format(code=errno.errorcode.get(number, number))
    return translate(REFUSED)


def os_refusal(error: BaseException, translate: Translate = str) -> str:
    """`name: reason` when the system named the file it refused, else the reason alone."""
    name = getattr(error, "filename", None)
    return f"{name}: {os_reason(error, translate)}" if name else os_reason(error, translate)
