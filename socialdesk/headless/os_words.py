"""The system's refusals (errno) in the command line's own words and language, never its raw English."""

import errno

from socialdesk.headless.language import N_, _

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
    errno.EDQUOT: N_("the disk space allowed to you is used up"),
    errno.EFBIG: N_("the file is too big for this disk"),
    errno.ENAMETOOLONG: N_("the name is too long"),
    errno.ELOOP: N_("too many links in the path (a link loop?)"),
    errno.EIO: N_("the disk could not be read or written (a failing disk, or a drive unplugged?)"),
    errno.EBUSY: N_("it is in use"),
    errno.ETXTBSY: N_("it is in use"),
    errno.ENXIO: N_("no device is there (a drive unplugged?)"),
    errno.EINVAL: N_("the name is not allowed here"),
    errno.EPIPE: N_("the other end is closed"),
}


def os_reason(error: BaseException) -> str:
    """Why the system refused, in our words; an errno we have no words for is named by its code (`EXDEV`)."""
    number = getattr(error, "errno", None)
    if number in OS_WORDS:
        return _(OS_WORDS[number])
    if number is not None:
        return _("the system refused it ({code})").format(code=errno.errorcode.get(number, number))
    return _("the system refused it")


def os_refusal(error: BaseException) -> str:
    """`name: reason` when the system named the file it refused, else the reason alone."""
    name = getattr(error, "filename", None)
    return f"{name}: {os_reason(error)}" if name else os_reason(error)
