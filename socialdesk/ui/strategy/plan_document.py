"""The plan in the owner's language: sections for the screen, the printer and Markdown."""

from datetime import date
from html import escape

from PySide6.QtCore import QLocale, QObject

from socialdesk.domain.community import CommunityGroup
from socialdesk.domain.networks import network
from socialdesk.domain.shop import ShopCard
from socialdesk.domain.strategy import fields as f
from socialdesk.domain.strategy.document import PlanDocument, Section
from socialdesk.domain.strategy.goals import overdue_goals
from socialdesk.domain.strategy.listening import tool
from socialdesk.domain.strategy.model import Strategy
from socialdesk.domain.strategy.progress import sell_share, step_filled
from socialdesk.ui.common.day_words import day_text
from socialdesk.ui.common.words import fill
from socialdesk.ui.strategy.group_questions import question
from socialdesk.ui.strategy.labels import GROUP_NAMES, STEP_TITLES, platform_name, tool_name
from socialdesk.ui.strategy.texts import RUNNER_CHOICES


def _date(value) -> str:
    return day_text(value, QLocale.FormatType.LongFormat)


class PlanWords(QObject):
    """Builds the PlanDocument; a QObject only so that its words have a translation context."""

    def build(self, strategy: Strategy, shop: ShopCard, today: date | None = None) -> PlanDocument:
        """`today`: point out the goals whose date is past (the current plan; not an old version)."""
        self._today = today if strategy.version.is_current else None
        title = fill(self.tr("Social media plan: %1"), shop.name.strip() or self.tr("our shop"))
        version = strategy.version
        if version.is_current:
            subtitle = (fill(self.tr("Current version, started on %1"), _date(version.started_on))
                        if version.started_on else self.tr("Current version"))
        else:
            subtitle = fill(self.tr("Version kept on %1 (read-only)"), _date(version.reviewed_on))
        builders = {f.Step.SHOP: self._shop, f.Step.STAND: self._stand, f.Step.COMMUNITY: self._community,
                    f.Step.CONVERSATIONS: self._conversations, f.Step.LISTENING: self._listening,
                    f.Step.CHANNELS: self._channels}
        sections = []
        for step, builder in ((step, builders[step]) for step in f.STEPS if step in builders):
            section = Section(STEP_TITLES[step], empty=not step_filled(step, strategy, shop))
            if not section.empty:
                builder(section, strategy, shop)
            sections.append(section)
        return PlanDocument(title, subtitle, sections, self.tr("(left empty)"), self.tr("%1: %2"))

    def _pair(self, label: str, value: str) -> str:
        return fill(self.tr("%1: %2"), label, value)

    def _shop(self, s: Section, strategy, shop: ShopCard) -> None:
        s.add(self.tr("Name"), shop.name)
        s.add(self.tr("Trade"), shop.trade)
        s.add(self.tr("Address"), ", ".join(p for p in (shop.address, f"{shop.postcode} {shop.city}".strip()) if p))
        s.add(self.tr("Phone"), shop.phone)
        s.add(self.tr("E-mail"), shop.email)
        s.add(self.tr("Website"), shop.website)
        s.add(self.tr("Opening hours"), shop.opening_hours)
        s.add(self.tr("Languages spoken"), ", ".join(shop.languages))

    def _stand(self, s: Section, strategy: Strategy, shop) -> None:
        s.add(self.tr("Key messages"), strategy.lines(f.STAND_MESSAGES))
        s.add(self.tr("The value we add"), strategy.text(f.STAND_VALUE))
        s.add(self.tr("What makes customers buy"), strategy.text(f.STAND_BENEFITS))
        s.add(self.tr("How our trade is evolving"), strategy.text(f.STAND_EVOLUTION))
        goals = [fill(self.tr("%1, by %2"), g.text, _date(g.due)) if g.due else g.text
                 for g in strategy.goals]
        s.add(self.tr("Goals"), goals)
        late = overdue_goals(strategy.goals, self._today) if self._today else []
        if late:
            names = self.tr("; ", "between two items of a list").join(f"{g.text} ({day_text(g.due, 'd MMM yyyy')})" for g in late)
            s.add(self.tr("Date already passed"),
                  fill(self.tr("%1. Reached? Set the next goal; if not, give it a new date."), names))

    def _community(self, s: Section, strategy: Strategy, shop) -> None:
        for group in CommunityGroup:
            lines = []
            for aspect in f.COMMUNITY_ASPECTS:
                value = strategy.text(f.community_key(group, aspect)).strip()
                if value:
                    lines.append(self._pair(question(group, aspect), value))
            for driver in strategy.drivers_in(group):
                person = driver.name + (f" ({driver.handle})" if driver.handle else "")
                person += f" — {driver.note}" if driver.note else ""
                lines.append(fill(self.tr("Key person: %1"), person))
            s.add(GROUP_NAMES[group], lines)

    def _conversations(self, s: Section, strategy: Strategy, shop) -> None:
        labels = (self.tr("Where our audience meets"), self.tr("Topics people talk about"), self.tr("Who talks"),
                  self.tr("What competitors do"), self.tr("Subjects that get the most reactions"))
        for label, key in zip(labels, f.CONVERSATION_KEYS):
            s.add(label, strategy.text(key))

    def _listening(self, s: Section, strategy: Strategy, shop) -> None:
        s.add(self.tr("Tools"), ", ".join(tool_name(tool(k)) for k in strategy.keys(f.LISTEN_TOOLS) if _known_tool(k)))
        s.add(self.tr("Other tools"), strategy.text(f.LISTEN_OTHER))
        s.add(self.tr("Indicators noted each week"), strategy.lines(f.LISTEN_INDICATORS))

    def _channels(self, s: Section, strategy: Strategy, shop) -> None:
        networks = [fill(self.tr("%1: %2 a week"), network(k).name, str(n))
                    for k, n in strategy.channels.items() if n > 0]
        s.add(self.tr("Networks and posts per week"), networks)
        runner = RUNNER_CHOICES[strategy.text(f.CHANNEL_RUNNER)] if strategy.text(f.CHANNEL_RUNNER) in f.RUNNERS else ""
        s.add(self.tr("Who posts and answers"), [runner, strategy.text(f.CHANNEL_RUNNER_NAMES)])
        pillars = [self._pair(p.name, fill(self.tr("%1 %", "a percentage"), str(p.share))) + (" " + self.tr("(sells)") if p.sells else "")
                   for p in strategy.pillars]
        if strategy.pillars:
            pillars.append(fill(self.tr("Selling: %1 % (guidance: 20 %)"), str(sell_share(strategy.pillars))))
        s.add(self.tr("Main themes"), pillars)
        locale = QLocale()
        s.add(self.tr("Days that suit the shop"), ", ".join(locale.dayName(int(d)) for d in strategy.keys(f.CHANNEL_DAYS)
                                                             if d.isdigit() and 1 <= int(d) <= 7))
        s.add(self.tr("Name to reserve"), strategy.text(f.CHANNEL_HANDLE))
        s.add(self.tr("Also reserve it on"), ", ".join(network(k).name for k in strategy.keys(f.CHANNEL_RESERVE)
                                                       if _known_network(k)))
        s.add(self.tr("Local listings to claim"), ", ".join(platform_name(k) for k in strategy.keys(f.CHANNEL_LISTINGS)))


def _known_tool(key: str) -> bool:
    try:
        tool(key)
        return True
    except KeyError:
        return False


def _known_network(key: str) -> bool:
    try:
        network(key)
        return True
    except KeyError:
        return False


def to_html(document: PlanDocument, compact: bool = False) -> str:
    """Rich text for QTextBrowser and QTextDocument (printing); the owner's text is escaped.
    `compact`: tighter cells and a narrower label column, for the one-page printout."""
    padding, label_width = (1, 22) if compact else (3, 30)
    out = [f"<h1>{escape(document.title)}</h1>", f"<p><i>{escape(document.subtitle)}</i></p>"]
    empty = f"<i>{escape(document.empty_text)}</i>"
    for section in document.sections:
        out.append(f"<h2>{escape(section.title)}</h2>")
        if section.empty:
            out.append(f"<p>{empty}</p>")
            continue
        out.append(f"<table cellspacing='0' cellpadding='{padding}' width='100%'>")
        for entry in section.entries:
            if not entry.lines:
                value = empty
            elif len(entry.lines) == 1:
                value = escape(entry.lines[0])
            else:
                value = "<br/>".join("• " + escape(line) for line in entry.lines)
            out.append(f"<tr><td width='{label_width}%' valign='top'><b>{escape(entry.label)}</b></td><td>{value}</td></tr>")
        out.append("</table>")
    return "\n".join(out)
