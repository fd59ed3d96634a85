"""The demo's Instagram hashtags and signature speak the demo's language: no « Lien dans la bio » in English."""

from datetime import date

import pytest

from socialdesk.domain.calendar.ready_text import text_for
from socialdesk.storage.demo import build_demo_file


@pytest.mark.parametrize("language, signature, hashtags", [
    ("en", "Link in bio", "#bakery #lyon #sourdough"),
    ("fr", "Lien dans la bio", "#boulangerie #lyon #painaulevain"),
])
def test_the_instagram_copy_ends_in_the_demo_language(tmp_path, language, signature, hashtags):
    store = build_demo_file(tmp_path / "demo.sqlite3", date(2026, 11, 26), language)
    try:
        extras = store.calendar.extras()
        post = next(p for p in store.calendar.all_posts() if "instagram" in p.networks)
        copied = text_for("instagram", post, extras, "Image")
    finally:
        store.close()
    assert f"\n\n{signature}\n\n{hashtags}" in copied
    other = "Lien dans la bio" if language == "en" else "Link in bio"
    assert other not in copied
