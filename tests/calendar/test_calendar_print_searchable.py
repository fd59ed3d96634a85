"""The printed week can be searched: "Profile" and "fine" are letters, not "ﬁ" ligature glyphs."""

import subprocess
from datetime import date, time

from socialdesk.domain.posts import Post, PostStatus
from socialdesk.ui.common.save_guard import SaveGuard


def test_the_week_pdf_has_no_fi_ligatures(tab, store, monkeypatch, tmp_path):
    store.calendar.add(Post(day=date(2026, 11, 26), time=time(9, 0), networks=("facebook",),
                            text="Update the Business Profile: fine office waffles", status=PostStatus.PLANNED))
    tab.reload()
    path = tmp_path / "week.pdf"
    monkeypatch.setattr(SaveGuard, "ask", classmethod(
        lambda cls, parent, caption, suggested, filters, selected="", suffix="": (path, filters)))
    tab.files.save_pdf()
    text = " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Business Profile" in text and "fine office waffles" in text
    assert not set("\ufb00\ufb01\ufb02\ufb03\ufb04") & set(text)
