"""Entry script of the frozen app: the same `main` as the `socialdesk` command."""

import sys

from socialdesk.app import main

if __name__ == "__main__":
    sys.exit(main())
