"""The week's post lines fit the smallest window, cut with « … », and show an « & » as typed (attack 37, L6)."""

from PySide6.QtWidgets import QApplication


def test_the_weeks_post_lines_never_widen_the_checklist_at_the_smallest_size(demo_window):
    window = demo_window("fr", (880, 540))
    window.show_tab(2)
    page = window.tabs.currentWidget().ensure_built().week_page
    QApplication.processEvents()
    assert page.horizontalScrollBar().maximum() == 0
    cut = [box for box in page.post_boxes.values() if box.text() != box.full]
    assert cut and all(box.text().endswith("…") and box.full.startswith(box.text()[:-1]) for box in cut)
    assert all(box.accessibleName().endswith(box.full) for box in cut)  # a screen reader hears the whole line


def test_an_ampersand_in_a_post_is_a_letter_not_an_access_key(demo_window):
    from datetime import date, time

    from socialdesk.domain.posts import Post, PostStatus

    def add(store):
        store.calendar.add(Post(day=date(2026, 12, 8), time=time(10), text="Pain & vin", networks=("instagram",),
                                 status=PostStatus.PLANNED))

    window = demo_window("en", (1366, 768), add)
    window.show_tab(2)
    page = window.tabs.currentWidget().ensure_built().week_page
    QApplication.processEvents()
    box = next(box for box in page.post_boxes.values() if "Pain" in box.full)
    assert box.text().endswith("Pain && vin")  # Qt shows "&&" as one "&"
