"""The listings a holiday's to-do names are read with plain queries, as the presence repository reads them;
Google and Apple are named unless marked not relevant (attack 35, F3)."""

from datetime import date

from socialdesk.domain.calendar.closures import Occasion, TaskKind, tasks
from socialdesk.domain.calendar.special_days import SpecialDay
from socialdesk.domain.presence.listings import Listing, ListingStatus
from socialdesk.domain.presence.platform_keys import APPLE_KEY, GOOGLE_KEY
from socialdesk.storage.due import listing_names

CHRISTMAS = Occasion(date(2026, 12, 25), date(2026, 12, 25), holiday=SpecialDay.CHRISTMAS)


def test_listing_names_are_the_relevant_listings_in_the_owners_order(store):
    store.presence.add(Listing("google_business"))
    store.presence.add(Listing("custom", custom_name="Cityvox"))
    store.presence.add(Listing("custom", custom_name="Vieux guide", status=ListingStatus.NOT_RELEVANT))
    store.presence.add(Listing("tripadvisor"))
    store.presence.add(Listing("custom", custom_name=""))
    wanted = {f"custom:{listing.id}" if listing.is_custom else listing.platform_key: listing.name
              for listing in store.presence.listings() if listing.status is not ListingStatus.NOT_RELEVANT}
    names = listing_names(store)
    assert list(names) == [GOOGLE_KEY, APPLE_KEY] + [key for key in wanted if key != GOOGLE_KEY]
    assert {key: name for key, name in names.items() if key != APPLE_KEY} == wanted
    assert "Vieux guide" not in names.values() and "Cityvox" in names.values()


def test_google_and_apple_have_their_tasks_even_unlisted_and_none_once_marked_not_relevant(store):
    kinds = [task.kind for task in tasks(CHRISTMAS, list(listing_names(store)))]
    assert kinds[:2] == [TaskKind.GOOGLE_HOURS, TaskKind.APPLE_HOURS]
    store.presence.add(Listing("google_business", status=ListingStatus.NOT_RELEVANT))
    store.presence.add(Listing("apple", status=ListingStatus.NOT_RELEVANT))
    kinds = [task.kind for task in tasks(CHRISTMAS, list(listing_names(store)))]
    assert TaskKind.GOOGLE_HOURS not in kinds and TaskKind.APPLE_HOURS not in kinds
    assert kinds == [TaskKind.POST]


def test_a_listing_kept_without_a_name_reads_as_one_in_its_task(qapp, store):
    from socialdesk.ui.calendar.occasion_words import task_text

    store.presence.add(Listing("custom", custom_name=""))
    names = listing_names(store)
    task = next(task for task in tasks(CHRISTMAS, list(names)) if task.kind is TaskKind.LISTING)
    assert task_text(task, names) == "Listing with no name: show the closure (hours or a note)"


def test_on_a_holiday_the_shop_is_closed_google_and_apple_are_told_closed(qapp):
    """Not « set the holiday hours (confirm them even if unchanged) » on a day answered closed (attack 35b, F7)."""
    from socialdesk.ui.calendar.occasion_words import task_text
    from socialdesk.domain.calendar.closures import Task

    names = {GOOGLE_KEY: "Google Business Profile", APPLE_KEY: "Apple Maps"}
    closed = [task_text(Task(kind), names, ()) for kind in (TaskKind.GOOGLE_HOURS, TaskKind.APPLE_HOURS)]
    assert closed == ["Google: set “Closed” in the holiday hours",
                      "Apple Maps: set “Closed” in the special hours in Apple Business Connect"]
    unanswered = task_text(Task(TaskKind.GOOGLE_HOURS), names, None)
    assert unanswered == "Google: set the holiday hours (confirm them even if unchanged)"
