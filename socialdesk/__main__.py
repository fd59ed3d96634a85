"""Lets `python -m socialdesk` start the app like the `socialdesk` command."""

import sys

from socialdesk.app import main

sys.exit(main())
