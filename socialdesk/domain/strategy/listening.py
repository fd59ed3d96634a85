"""Listening tools, open and closed: the interview's names and today's options.

Facts change: each entry carries the date its status was last checked (see DOMAIN.md).
The UI turns `key` into a translated description.
"""

from dataclasses import dataclass
from datetime import date
from enum import Enum


class ToolStatus(str, Enum):
    AVAILABLE = "available"
    CLOSED = "closed"


@dataclass(frozen=True)
class ListeningTool:
    key: str
    name: str  # a brand name, the same in every language
    status: ToolStatus
    in_interview: bool = False
    last_checked: date = date(2026, 11, 1)


TOOLS: tuple[ListeningTool, ...] = (
    ListeningTool("weekly_tour", "", ToolStatus.AVAILABLE),  # a manual tour: named by the UI
    ListeningTool("network_insights", "", ToolStatus.AVAILABLE),  # the networks' own statistics
    ListeningTool("google_alerts", "Google Alerts", ToolStatus.AVAILABLE),
    ListeningTool("talkwalker_alerts", "Talkwalker Alerts", ToolStatus.AVAILABLE),
    ListeningTool("mention", "Mention", ToolStatus.AVAILABLE),
    ListeningTool("brand24", "Brand24", ToolStatus.AVAILABLE),
    ListeningTool("alerti", "Alerti", ToolStatus.AVAILABLE, in_interview=True),
    ListeningTool("hootsuite", "Hootsuite", ToolStatus.AVAILABLE, in_interview=True),
    ListeningTool("sprout_social", "Sprout Social", ToolStatus.AVAILABLE, in_interview=True),
    ListeningTool("klout", "Klout", ToolStatus.CLOSED, in_interview=True),
    ListeningTool("postrank", "PostRank", ToolStatus.CLOSED, in_interview=True),
)

AVAILABLE_TOOLS = tuple(t for t in TOOLS if t.status is ToolStatus.AVAILABLE)
CLOSED_TOOLS = tuple(t for t in TOOLS if t.status is ToolStatus.CLOSED)
_BY_KEY = {t.key: t for t in TOOLS}


def tool(key: str) -> ListeningTool:
    return _BY_KEY[key]
