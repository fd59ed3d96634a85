"""`socialdesk --self-test`: passes on a sound install and fails loudly when resources are missing."""

import os
import subprocess
import sys

import pytest

from socialdesk.ui.self_test import CheckFailed, make_verified_qr

EXPECTED_CHECKS = ("platform", "resources", "icon", "translations", "database", "tabs", "qr", "zbar", "pdf", "single-instance",
                   "phones", "zones")


def _run_self_test(tmp_path, prelude: str = "", *args: str) -> subprocess.CompletedProcess:
    code = f"import sys\n{prelude}\nfrom socialdesk.app import main\nsys.exit(main(['--self-test', *sys.argv[1:]]))"
    scratch = tmp_path / "tmp"
    scratch.mkdir(exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), TMPDIR=str(scratch),
               XDG_DATA_HOME=str(tmp_path / "data"))
    return subprocess.run([sys.executable, "-c", code, *args], check=False, capture_output=True, text=True, env=env, timeout=60)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_self_test_passes_and_reports_every_check(tmp_path, lang):
    done = _run_self_test(tmp_path, "", "--lang", lang)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert f"language {lang}" in lines[0]
    reported = [line.split()[1].rstrip(":") for line in lines[1:-1]]
    assert reported == list(EXPECTED_CHECKS)
    assert all(line.startswith("ok   ") for line in lines[1:-1])
    assert lines[-1] == "self-test passed"
    assert list((tmp_path / "tmp").iterdir()) == []  # the throw-away database and PDF are gone
    assert not (tmp_path / "data" / "SocialDesk").exists()  # the owner's data folder is never touched


def test_self_test_fails_when_the_bundled_resources_are_missing(tmp_path):
    empty = tmp_path / "frozen-root"
    (empty / "resources").mkdir(parents=True)
    done = _run_self_test(tmp_path, f"sys._MEIPASS = {str(empty)!r}")
    assert done.returncode == 1
    assert "FAIL resources: " in done.stdout
    assert "FAIL icon: " in done.stdout
    assert "ok   qr: " in done.stdout and "ok   pdf: " in done.stdout  # the other checks still run
    assert done.stdout.splitlines()[-1].startswith("self-test FAILED: resources, icon")


def test_qr_check_returns_a_code_that_scans_to_the_payload():
    import zxingcpp

    payload = "https://example.org/caf%C3%A9?q=1"
    image = make_verified_qr(payload)
    assert [result.text for result in zxingcpp.read_barcodes(image)] == [payload]


def test_qr_check_refuses_a_code_that_does_not_scan(monkeypatch):
    import zxingcpp

    monkeypatch.setattr(zxingcpp, "read_barcodes", lambda image, **options: [])  # an unreadable print
    with pytest.raises(CheckFailed, match="does not read back"):
        make_verified_qr("https://example.org/x")
