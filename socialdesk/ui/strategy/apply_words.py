"""What Apply will do and what it did, in words a shop owner reads before and after."""

from PySide6.QtCore import QCoreApplication

from socialdesk.domain.networks import network
from socialdesk.domain.strategy.apply import ApplyPlan
from socialdesk.storage.strategy.applying import ApplyReport
from socialdesk.ui.common.words import fill
from socialdesk.ui.strategy.texts import platform_name


def _cadence(cadence: dict[str, int]) -> str:
    if not cadence:
        return QCoreApplication.translate("ApplyWords", "no network in use yet (the calendar keeps no weekly target)")
    return ", ".join(f"{network(k).name} {n}" for k, n in cadence.items())


def confirm_text(plan: ApplyPlan) -> str:
    lines = [
        QCoreApplication.translate("ApplyWords", "Apply sets what the rest of SocialDesk uses:"),
        "• " + fill(QCoreApplication.translate("ApplyWords", "Calendar, posts per week: %1"), _cadence(plan.cadence)),
        "• " + fill(QCoreApplication.translate("ApplyWords", "Calendar, content pillars: %1"), str(len(plan.pillars))),
        "• " + fill(QCoreApplication.translate("ApplyWords", "Local presence, listings to claim or names to reserve: %1"),
                    ", ".join(platform_name(k) for k, _ in plan.listings) or "0"),
        "• " + fill(QCoreApplication.translate("ApplyWords", "Checklist, people to contact: %1"), str(len(plan.drivers))),
        "",
        QCoreApplication.translate("ApplyWords", "Nothing is added twice: what is already there is kept as it is."),
    ]
    return "\n".join(lines)


def report_text(report: ApplyReport) -> str:
    parts = [fill(QCoreApplication.translate("ApplyWords", "Applied. Calendar: %1 a week on %2, %3 pillar(s)."),
                  str(sum(report.cadence.values())), _cadence(report.cadence), str(report.pillar_count))]
    if report.listings_wanted:
        parts.append(fill(QCoreApplication.translate("ApplyWords", "Local presence: %1 added, %2 already there."),
                          str(len(report.listings_added)), str(len(report.listings_known))))
    if report.listings_refused:
        parts.append(fill(QCoreApplication.translate("ApplyWords", "Not known to Local presence: %1."),
                          ", ".join(report.listings_refused)))
    if report.drivers_wanted:
        parts.append(fill(QCoreApplication.translate("ApplyWords", "Checklist people: %1 added, %2 already there."),
                          str(len(report.drivers_added)), str(len(report.drivers_known))))
    return " ".join(parts)
