"""phonenumbers for the bundle: the region metadata it imports by name when a country's number is
first read (phonenumbers.data.region_MA…), without the 45 MB of place names, carriers and zones
that SocialDesk never asks for. Replaces pyinstaller-hooks-contrib's hook, which takes them all."""

from PyInstaller.utils.hooks import collect_submodules

NOT_USED = ("phonenumbers.geodata", "phonenumbers.carrierdata", "phonenumbers.tzdata",
            "phonenumbers.geocoder", "phonenumbers.carrier", "phonenumbers.timezone")


def _used(name: str) -> bool:
    return not any(name == unused or name.startswith(unused + ".") for unused in NOT_USED)


hiddenimports = [name for name in collect_submodules("phonenumbers", filter=_used)]
excludedimports = list(NOT_USED)
