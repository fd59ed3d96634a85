"""Logos the owner points at: only PNG, JPEG, GIF and WebP are decoded, nothing is spawned, the window stays free."""

import io
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from socialdesk.qr.logo import LogoProblem, LogoRefused, load_logo, logo_from_bytes

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile" / "images"
EPS_LOOP = (HOSTILE / "eps_loop.eps").read_bytes()
SPAWNING = ("subprocess.Popen", "os.posix_spawn", "os.exec", "os.fork", "os.system")


def _fake_ghostscript(folder: Path) -> Path:
    """A `gs` on PATH that leaves a mark when run (and then loops, as the EPS asks)."""
    mark = folder / "gs-was-started"
    gs = folder / "gs"
    gs.write_text(f"#!/bin/sh\ntouch '{mark}'\nsleep 5\n")
    gs.chmod(0o755)
    return mark


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for Ghostscript")
def test_an_eps_logo_never_starts_ghostscript(tmp_path):
    """In a fresh interpreter (the audit hook stays there): refused at once, no child process, no gs run."""
    mark = _fake_ghostscript(tmp_path)
    probe = (
        "import sys\n"
        f"spawned = []\nsys.addaudithook(lambda e, a: spawned.append(e) if e.startswith({SPAWNING!r}) else None)\n"
        "from pathlib import Path\nfrom socialdesk.qr.logo import LogoRefused, load_logo\n"
        f"for name in ('eps_loop.eps', 'eps_named_png.png'):\n"
        f"    try:\n        load_logo(Path({str(HOSTILE)!r}) / name)\n"
        "    except LogoRefused as refused:\n        print(refused.problem.value)\n"
        "print('spawned', spawned)\n")
    env = dict(os.environ, PATH=f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    started = time.monotonic()
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=60)
    assert out.stdout.split("\n")[:3] == ["not_an_image", "not_an_image", "spawned []"], out.stderr
    assert not mark.exists() and time.monotonic() - started < 20


@pytest.mark.parametrize("name", sorted(p.name for p in HOSTILE.iterdir()))
def test_every_hostile_image_is_refused_as_a_logo(name):
    with pytest.raises(LogoRefused):
        load_logo(HOSTILE / name)


def test_a_bomb_is_too_big_and_a_tiff_is_not_decoded():
    with pytest.raises(LogoRefused) as bomb:
        load_logo(HOSTILE / "png_bomb_100000x100000.png")
    with pytest.raises(LogoRefused) as tiff:
        load_logo(HOSTILE / "photo.tiff")
    assert (bomb.value.problem, tiff.value.problem) == (LogoProblem.TOO_BIG, LogoProblem.NOT_AN_IMAGE)


def test_a_huge_file_or_a_device_is_refused_at_once(tmp_path):
    huge = tmp_path / "logo.png"
    with open(huge, "wb") as out:
        out.truncate(1024 ** 3)
    started = time.monotonic()
    with pytest.raises(LogoRefused) as caught:
        load_logo(huge)
    assert caught.value.problem is LogoProblem.TOO_BIG and "20 MB" in str(caught.value)
    if os.path.exists("/dev/zero"):
        with pytest.raises(LogoRefused) as device:
            load_logo(Path("/dev/zero"))
        assert device.value.problem is LogoProblem.UNREADABLE
    assert time.monotonic() - started < 2


def _real(kind: str) -> bytes:
    out = io.BytesIO()
    Image.frombytes("RGB", (40, 30), random.Random(kind).randbytes(40 * 30 * 3)).save(out, format=kind)
    return out.getvalue()


REAL = [_real(kind) for kind in ("PNG", "JPEG", "GIF", "WEBP")]


@pytest.mark.parametrize("data", REAL, ids=["png", "jpeg", "gif", "webp"])
def test_each_format_that_is_read_still_makes_a_logo(data):
    assert logo_from_bytes(data).width == 40


def _only_refusals(data: bytes) -> None:
    try:
        logo = logo_from_bytes(data)
    except LogoRefused:
        return
    assert logo.width >= 8 and logo.height >= 8


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=4096))
def test_arbitrary_bytes_give_a_logo_or_a_refusal(data):
    _only_refusals(data)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(REAL), st.integers(0, 10 ** 6),
       st.lists(st.tuples(st.integers(0, 10 ** 6), st.binary(min_size=1, max_size=8)), max_size=4))
def test_cut_or_scribbled_real_images_give_a_logo_or_a_refusal(original, cut, scribbles):
    data = bytearray(original[: cut % (len(original) + 1)])
    for offset, junk in scribbles:
        if data:
            start = offset % len(data)
            data[start:start + len(junk)] = junk
    _only_refusals(bytes(data))


# ----- the window: loading happens off the GUI thread

@pytest.fixture
def form(qtbot):
    from socialdesk.ui.presence.qr_design_form import QrDesignForm

    made = QrDesignForm()
    qtbot.addWidget(made)
    return made


def test_the_form_says_loading_and_stays_responsive(qtbot, form, tmp_path, monkeypatch):
    import socialdesk.ui.presence.qr_design_form as module

    release = []

    def slow_load(path):
        while not release:  # a logo that takes as long as the test wants
            time.sleep(0.01)
        return load_logo(path)

    monkeypatch.setattr(module, "load_logo", slow_load)
    path = tmp_path / "logo.png"
    path.write_bytes(REAL[0])
    form.load_logo_file(path)
    assert "Loading logo.png" in form.logo_name.text() and form.logo is None
    ticks = []
    from PySide6.QtCore import QTimer
    QTimer.singleShot(0, lambda: ticks.append(1))
    try:
        qtbot.waitUntil(lambda: bool(ticks), timeout=1000)  # the event loop runs while the logo loads
    finally:
        release.append(True)
    qtbot.waitUntil(lambda: form.logo is not None, timeout=5000)
    assert form.logo_name.text() == "logo.png" and not form.ec.isEnabled()


def test_a_second_choice_supersedes_the_first(qtbot, form, tmp_path):
    first, second = tmp_path / "first.png", tmp_path / "second.gif"
    first.write_bytes(REAL[0])
    second.write_bytes(REAL[2])
    form.load_logo_file(first)
    form.load_logo_file(second)
    qtbot.waitUntil(lambda: not form.logo_loading, timeout=5000)
    qtbot.wait(100)  # the first load's answer, if it came late, must not win
    assert form.logo_name.text() == "second.gif" and form.logo == logo_from_bytes(REAL[2])


def test_a_refused_logo_is_reported_and_the_old_one_kept(qtbot, form, tmp_path):
    good = tmp_path / "good.png"
    good.write_bytes(REAL[0])
    form.load_logo_file(good)
    qtbot.waitUntil(lambda: form.logo is not None, timeout=5000)
    with qtbot.waitSignal(form.logo_refused, timeout=5000) as refused:
        form.load_logo_file(HOSTILE / "eps_loop.eps")
    assert refused.args[0].problem is LogoProblem.NOT_AN_IMAGE
    assert form.logo_name.text() == "good.png" and form.logo is not None
