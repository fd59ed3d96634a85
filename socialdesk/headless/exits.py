"""How a headless command ends: its exit statuses and the one refusal every command raises."""

EXIT_OK, EXIT_FAILED, EXIT_REFUSED = 0, 1, 2  # done; the data file or the disk failed; input refused
EXIT_INTERRUPTED = 130  # Ctrl+C: as a shell reports a command SIGINT ended (128 + 2)


class Refused(Exception):
    """Input the command will not act on; the message is the one line shown to the user."""
