"""The system's refusals in the command line's language (the shared words of socialdesk.os_words)."""

from socialdesk import os_words
from socialdesk.headless.language import _


def os_reason(error: BaseException) -> str:
    """Why the system refused, in our words and the command's language; never strerror."""
    return os_words.os_reason(error, _)


def os_refusal(error: BaseException) -> str:
    """`name: reason` when the system named the file it refused, else the reason alone."""
    return os_words.os_refusal(error, _)
