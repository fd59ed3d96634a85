"""Before the window can paint it reads its options and opens the file: neither loads the card layouts or filelock."""

import os
import subprocess
import sys

CHILD = """
import sys
from socialdesk.app import gui_argument_parser
from socialdesk.headless.language import lang_option, speaking
with speaking(lang_option(sys.argv[1:])):
    args = gui_argument_parser().parse_args(sys.argv[1:])
from socialdesk.storage import open_store
open_store(args.db).close()
print(" ".join(m for m in ("socialdesk.domain.cards_layout", "filelock") if m in sys.modules))
"""


def test_reading_the_options_and_opening_the_file_load_neither_card_layouts_nor_filelock(tmp_path):
    done = subprocess.run([sys.executable, "-c", CHILD, "--db", str(tmp_path / "shop.sqlite3"), "--lang", "fr"],
                          capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, XDG_STATE_HOME=str(tmp_path / "state")))
    assert done.returncode == 0, done.stderr
    expected = [] if os.name == "posix" else ["filelock"]
    assert done.stdout.split() == expected
