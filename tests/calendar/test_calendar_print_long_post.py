"""A long post on the printed week: its beginning on whole lines, the last ending with "…", none cut in half."""

import re
import subprocess
from datetime import date, time

from PIL import Image

from socialdesk.domain.posts import Post, PostStatus
from socialdesk.ui.common.save_guard import SaveGuard

WORDS = [f"pain{n:03d}" for n in range(1, 400)]


def _save_week_pdf(tab, monkeypatch, path):
    monkeypatch.setattr(SaveGuard, "ask", classmethod(
        lambda cls, parent, caption, suggested, filters, selected="", suffix="": (path, filters)))
    tab.files.save_pdf()
    assert path.exists()
    return path


def _words_with_boxes(pdf):
    """(word, xMin, yMin, xMax, yMax) in points, read by poppler's pdftotext."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', html)
    return [(w, float(a), float(b), float(c), float(d)) for a, b, c, d, w in found]


def _lowest_ink(image, box, scale):
    """How far below the top of its box the lowest dark pixel of a line lies (pixels)."""
    left, top, right, bottom = (round(v * scale) for v in box)
    crop = image.crop((left, top, right, bottom)).convert("L")
    rows = [y for y in range(crop.height) if any(crop.getpixel((x, y)) < 128 for x in range(crop.width))]
    return rows[-1] if rows else -1


def test_a_long_post_prints_its_beginning_on_whole_lines_ending_with_an_ellipsis(tab, store, monkeypatch, tmp_path):
    store.calendar.add(Post(day=date(2026, 11, 25), time=time(9, 0), networks=("facebook",),
                            text=" ".join(WORDS), status=PostStatus.PLANNED))
    store.calendar.add(Post(day=date(2026, 11, 26), time=time(9, 0), networks=("facebook",),
                            text="Croissants\n  tout chauds", status=PostStatus.PLANNED))
    tab.reload()
    pdf = _save_week_pdf(tab, monkeypatch, tmp_path / "week.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Croissants tout chauds\n" in text  # a short post prints whole, with no "…"
    printed = [w for w in _words_with_boxes(pdf) if w[0].startswith("pain")]
    tokens = [w[0] for w in printed]
    assert tokens[-1].endswith("…") and len(tokens) > 10
    assert [t.rstrip("…") for t in tokens] == WORDS[:len(tokens)]  # the post's own words, in order, none cut
    lines: dict[float, list] = {}
    for word in printed:
        lines.setdefault(round(word[2], 1), []).append(word)
    assert len(lines) >= 3
    assert tokens[-1] in [w[0] for w in lines[max(lines)]]  # "…" ends the last line
    subprocess.run(["pdftoppm", "-r", "200", "-png", "-singlefile", str(pdf), str(tmp_path / "page")], check=True)
    image = Image.open(tmp_path / "page.png")
    scale = 200 / 72
    def box(row):
        words = lines[row]
        return (min(w[1] for w in words), min(w[2] for w in words), max(w[3] for w in words), max(w[4] for w in words))
    first, last = min(lines), max(lines)
    # the last line's letters reach as low as the first line's: nothing of it is cut off at the bottom
    assert abs(_lowest_ink(image, box(last), scale) - _lowest_ink(image, box(first), scale)) <= 2
