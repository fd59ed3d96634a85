"""What is due follows the file while it shows (attack 41, M1): a post marked published leaves « To publish today »,
an undo brings it back, a rule ticked leaves « Left unticked last week », a panel emptied goes, a panel dismissed
stays dismissed."""

from datetime import datetime, timedelta

from PySide6.QtWidgets import QApplication, QPushButton

from socialdesk.domain.clock import fixed_clock
from socialdesk.ui.calendar import publish_dialog
from tests.foundation.test_foundation_first_week import MONDAY, _click, _due_file, _window, new_file  # noqa: F401


def _links(window) -> set[str]:
    panel = window.guide.due_panel
    if panel is None or panel.isHidden():
        return set()
    names = {button.objectName() for button in panel.findChildren(QPushButton)}
    return {name for name in names if name.startswith(("due_post", "due_rule", "due_listing"))}  # December's
    # holidays to prepare are listed too, and stay


def test_a_post_marked_published_leaves_the_panel_and_an_undo_brings_it_back(  # noqa: F811
        qtbot, new_file, monkeypatch):
    post_id, rule_id, listing_id = _due_file(new_file)
    window = _window(qtbot, new_file)
    window.guide.check_due()
    QApplication.processEvents()
    assert _links(window) == {f"due_post_{post_id}", f"due_rule_{rule_id}", f"due_listing_{listing_id}"}
    _click(qtbot, window.guide.due_panel.findChild(QPushButton, f"due_post_{post_id}"))
    calendar = window.tabs.currentWidget().content
    monkeypatch.setattr(publish_dialog.PublishDialog, "ask", staticmethod(lambda *args, **kwargs: (MONDAY, None)))
    calendar.edits.publish()
    QApplication.processEvents()
    assert new_file.calendar.get(post_id).status.value == "published"
    assert _links(window) == {f"due_rule_{rule_id}", f"due_listing_{listing_id}"}
    calendar.undo_stack.undo()
    QApplication.processEvents()
    assert f"due_post_{post_id}" in _links(window)


def test_a_rule_ticked_leaves_the_panel_and_a_dismissed_panel_stays_away(qtbot, new_file):  # noqa: F811
    post_id, rule_id, listing_id = _due_file(new_file)
    window = _window(qtbot, new_file)
    window.guide.check_due()
    QApplication.processEvents()
    rules = window.tabs.widget(2)
    window.show_tab(2)
    QApplication.processEvents()
    checklist = rules.content
    checklist.show_week(checklist.week.shifted(-1))
    QApplication.processEvents()
    checklist.week_page.rule_boxes[rule_id].click()  # ticked late, on last week's page
    QApplication.processEvents()
    assert f"due_rule_{rule_id}" not in _links(window) and f"due_post_{post_id}" in _links(window)
    window.guide.due_panel.dismiss.click()
    new_file.calendar.mark_published(post_id, MONDAY + timedelta(hours=1), None)
    window.bus.publish(new_file.calendar.mark_unpublished(post_id), None)  # any change: a dismissed panel stays so
    QApplication.processEvents()
    assert window.guide.due_panel is not None and window.guide.due_panel.isHidden()


def test_an_emptied_panel_comes_back_when_an_undo_makes_something_due(qtbot, new_file, monkeypatch):  # noqa: F811
    """Attack 41b, L1: both of today's posts marked published, the panel went; two undos made them due again, and
    the panel stayed away. A dismissed panel still stays away."""
    from datetime import time

    from socialdesk.domain.posts import Post, PostStatus

    february = datetime(2027, 2, 8, 9, 0)  # a Monday with no holiday to prepare: today's posts alone are due
    ids = [new_file.calendar.add(Post(day=february.date(), time=time(hour), status=PostStatus.PLANNED,
                                      text=f"Post {hour}", networks=("instagram",))).ids[0] for hour in (17, 18)]
    new_file.settings.set("welcome", "skipped")
    window = _window(qtbot, new_file, fixed_clock(february))
    window.guide.check_due()
    QApplication.processEvents()
    assert {f"due_post_{i}" for i in ids} == _links(window) and window.guide.due_panel.isVisible()
    monkeypatch.setattr(publish_dialog.PublishDialog, "ask", staticmethod(lambda *args, **kwargs: (february, None)))
    window.show_posts(february.date(), ids[:1])
    calendar = window.tabs.currentWidget().content
    for post_id in ids:
        for posts in calendar.week.lists():
            posts.clearSelection()
        calendar.select_posts([post_id])
        assert calendar.selected_ids() == [post_id]
        calendar.edits.publish()
        QApplication.processEvents()
    assert window.guide.due_panel is None  # nothing left: the panel went
    calendar.undo_stack.undo()
    QApplication.processEvents()
    assert f"due_post_{ids[1]}" in _links(window)
    window.guide.due_panel.dismiss.click()
    calendar.undo_stack.undo()
    QApplication.processEvents()
    assert _links(window) == set()
