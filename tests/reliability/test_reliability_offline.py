"""The app opens no network connection, ever: a full session with sockets blocked, and under strace."""

import re
import subprocess
import sys

import pytest

import offline_session
from reliability_support import HERE, ROOT, strace_usable
from socialdesk.qr.verify import decode_texts


def _check_outputs(written: dict) -> None:
    from PIL import Image

    for name, path in written.items():
        assert path.is_file() and path.stat().st_size > 0, name
        assert path.stat().st_mode & 0o077 == 0, f"{name} is readable by others"
    assert written["week.pdf"].read_bytes().startswith(b"%PDF")
    assert written["checklist.pdf"].read_bytes().startswith(b"%PDF")
    assert written["plan.csv"].read_bytes().startswith(b"\xef\xbb\xbfdate;")
    assert b"BEGIN:VCALENDAR" in written["plan.ics"].read_bytes()
    assert decode_texts(Image.open(written["qr.png"]))[0].startswith("https://")


def test_full_session_with_sockets_blocked(qtbot, tmp_path, monkeypatch):
    offline_session.ATTEMPTS.clear()
    offline_session.block_sockets(monkeypatch.setattr)
    written = offline_session.run_session(tmp_path)
    assert offline_session.ATTEMPTS == []
    _check_outputs(written)


@pytest.mark.skipif(not strace_usable(), reason="strace missing or not allowed to trace (apt-get install strace)")
def test_full_session_makes_no_internet_socket_at_all(tmp_path):
    """strace sees Qt's sockets too, which Python's monkeypatch cannot."""
    trace = tmp_path / "trace.txt"
    run = subprocess.run(["strace", "-f", "-qq", "-e", "trace=socket,connect", "-o", str(trace),
                          sys.executable, str(HERE / "offline_session.py"), str(tmp_path)],
                         capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    calls = trace.read_text().splitlines()
    connects = [line for line in calls if re.search(r"connect\(.*sa_family=AF_(INET|INET6|PACKET)", line)]
    # Creating a QPrinter makes Qt's CUPS plugin ask the local print server (loopback, port 631)
    # for the printer list, even for a PDF; that is the only address allowed here.
    elsewhere = [line for line in connects if not _local_print_server(line)]
    assert elsewhere == [], elsewhere[:5]
    sockets = [line for line in calls if re.search(r"socket\(AF_(INET|INET6|PACKET)", line)]
    assert len(sockets) == len(connects), "an internet socket was made that did not go to the print server"
    print(f"\n{len(connects)} connection attempts, all to the local print server")


def _local_print_server(line: str) -> bool:
    port = re.search(r"sin6?_port=htons\((\d+)\)", line)
    address = re.search(r'inet_(?:addr|pton)\((?:AF_INET6, )?"([^"]+)"', line)
    return bool(port and address) and port[1] == "631" and address[1] in ("127.0.0.1", "::1", "::ffff:127.0.0.1")
