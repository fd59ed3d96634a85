"""The words of the conflict compare: which fields of a record differ, named as the owner knows them."""

from PySide6.QtCore import QCoreApplication

from socialdesk.ui.common.words import fill


def tr(text: str) -> str:
    return QCoreApplication.translate("PlacementNotice", text)


def _field_names() -> dict[str, str]:
    """Stored column (or compared field) → the owner's word; a field not named here is left out of the list."""
    return {
        "day": tr("date"), "time": tr("time"), "zone": tr("time zone"), "networks": tr("networks"),
        "text": tr("text"), "variants": tr("text per network"), "status": tr("status"),
        "published_at": tr("publication date"), "pillar": tr("theme"), "about": tr("subject"), "notes": tr("notes"),
        "image": tr("image"), "alt_text": tr("image description"), "crops": tr("image framing"),
        "series": tr("repeat"), "frequency": tr("how often"), "interval": tr("interval"),
        "first_day": tr("first date"), "until": tr("end date"), "count": tr("number of times"),
        "url": tr("web address"), "handle": tr("reserved name"), "nap_name": tr("name shown"),
        "nap_address": tr("address shown"), "nap_phone": tr("phone shown"), "nap_hours": tr("hours shown"),
        "last_checked": tr("last checked"), "print_card": tr("on the printed card"), "review_url": tr("review link"),
        "position": tr("order"), "name": tr("name"), "trade": tr("trade"), "address": tr("address"),
        "postcode": tr("postcode"), "city": tr("city"), "country": tr("country"), "phone": tr("phone"),
        "email": tr("email"), "website": tr("website"), "opening_hours": tr("opening hours"),
        "languages": tr("languages"), "why": tr("why"), "value": tr("value"),
    }


def changed_in_copy(fields: tuple[str, ...]) -> str:
    """'Different in the copy', followed by the fields that differ when they have a name: 'phone shown, web address'."""
    names = _field_names()
    said = [names[field] for field in fields if field in names]
    return fill(tr("Different in the copy: %1"), ", ".join(said)) if said else tr("Different in the copy")
