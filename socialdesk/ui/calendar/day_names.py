"""The names of the holidays and shop-calendar days, and of a holiday or closure: light, for what is due."""

from PySide6.QtCore import QCoreApplication

from socialdesk.domain.calendar.special_days import SpecialDay
from socialdesk.ui.common.labels import Labels

DAY_NAMES = Labels("CalendarDays", {
    SpecialDay.NEW_YEAR: "New Year's Day",
    SpecialDay.EASTER_MONDAY: "Easter Monday",
    SpecialDay.LABOUR_DAY: "1 May (Labour Day)",
    SpecialDay.VICTORY_1945: "8 May (Victory 1945)",
    SpecialDay.ASCENSION: "Ascension Day",
    SpecialDay.WHIT_MONDAY: "Whit Monday",
    SpecialDay.BASTILLE_DAY: "14 July (Bastille Day)",
    SpecialDay.ASSUMPTION: "Assumption Day",
    SpecialDay.ALL_SAINTS: "All Saints' Day",
    SpecialDay.ARMISTICE: "Armistice Day",
    SpecialDay.CHRISTMAS: "Christmas Day",
    SpecialDay.GOOD_FRIDAY: "Good Friday (Alsace-Moselle)",
    SpecialDay.ST_STEPHEN: "26 December (Alsace-Moselle)",
    SpecialDay.EPIPHANY: "Epiphany (galette des rois)",
    SpecialDay.WINTER_SALES: "Winter sales start",
    SpecialDay.CANDLEMAS: "Candlemas (crêpes)",
    SpecialDay.VALENTINE: "Valentine's Day",
    SpecialDay.GRANDMOTHERS_DAY: "Grandmothers' Day",
    SpecialDay.EASTER: "Easter",
    SpecialDay.MOTHERS_DAY: "Mother's Day",
    SpecialDay.FATHERS_DAY: "Father's Day",
    SpecialDay.MUSIC_DAY: "Fête de la musique",
    SpecialDay.SUMMER_SALES: "Summer sales start",
    SpecialDay.BEAUJOLAIS: "Beaujolais nouveau",
    SpecialDay.NEW_YEARS_EVE: "New Year's Eve",
})


def occasion_name(occasion) -> str:
    """A holiday's name, or a closure's reason ("Shop closed" when it has none)."""
    if occasion.closure is None:
        return DAY_NAMES[occasion.holiday]
    return occasion.closure.reason or QCoreApplication.translate("Closures", "Shop closed")
