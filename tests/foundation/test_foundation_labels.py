"""Every code of a labelled domain enum has words in English and in French (the catalogue's)."""

import pytest

from socialdesk.domain.calendar.coaching import HintKind
from socialdesk.domain.calendar.csv_format import CsvProblem
from socialdesk.domain.community import CommunityGroup
from socialdesk.domain.posts import About, PostStatus
from socialdesk.domain.presence.links import GoogleIdKind, UrlShape
from socialdesk.domain.card_template import CardTemplate
from socialdesk.domain.presence.listings import ListingStatus
from socialdesk.domain.presence.nap import FieldState
from socialdesk.domain.presence.platforms import CardWording
from socialdesk.domain.rules.model import MONTH_WEEKS, Frequency
from socialdesk.domain.strategy.fields import COMMUNITY_ASPECTS, Step
from socialdesk.domain.strategy.listening import TOOLS
from socialdesk.domain.urls import UrlProblem
from socialdesk.qr.colours import ColourProblem
from socialdesk.qr.logo import LogoProblem
from socialdesk.qr.payloads import PayloadProblem
from socialdesk.qr.verify import Reason, UrlWarning
from socialdesk.storage.calendar.media import ImageProblem
from socialdesk.ui.calendar import labels as calendar
from socialdesk.ui.calendar import problem_labels as calendar_problems
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.presence import consistency_labels, qr_labels
from socialdesk.ui.presence import labels as presence
from socialdesk.ui.presence.card_templates import CARD_TEMPLATES
from socialdesk.ui.rules import labels as rules
from socialdesk.ui.strategy import labels as strategy
from socialdesk.ui.strategy import texts as strategy_prose

WORDLESS = {UrlShape.OK, UrlShape.UNCHECKED}  # a good or unchecked address needs no note

TABLES = [
    (CARD_TEMPLATES, CardTemplate), (presence.LISTING_STATUSES, ListingStatus), (consistency_labels.FIELD_STATES, FieldState),
    (presence.GOOGLE_IDS, GoogleIdKind), (presence.URL_SHAPES, UrlShape), (presence.URL_PROBLEMS, UrlProblem),
    (qr_labels.PAYLOAD_PROBLEMS, PayloadProblem), (qr_labels.COLOUR_PROBLEMS, ColourProblem),
    (qr_labels.LOGO_PROBLEMS, LogoProblem), (qr_labels.SCAN_REASONS, Reason), (qr_labels.SCAN_ADVICE, Reason),
    (qr_labels.URL_WARNINGS, UrlWarning), (presence.CALLS_TO_ACTION, CardWording),
    (calendar.STATUSES, PostStatus), (calendar.ABOUTS, About), (calendar.HINTS, HintKind),
    (calendar_problems.CSV_PROBLEMS, CsvProblem), (calendar_problems.IMAGE_PROBLEMS, ImageProblem),
    (rules.GROUPS, CommunityGroup), (rules.MONTH_WEEKS, MONTH_WEEKS), (rules.FREQUENCIES, Frequency),
    (strategy.STEP_TITLES, Step), (strategy.GROUP_NAMES, CommunityGroup),
    (strategy.GROUP_EXAMPLES, CommunityGroup), (strategy.ASPECT_LABELS, COMMUNITY_ASPECTS),
    (strategy.TOOL_NOTES, [tool.key for tool in TOOLS]),
]
KEYED = [presence.WORDS, qr_labels.QR_WORDS, calendar.WORDS, rules.WORDS, strategy.ASPECT_EXAMPLES, strategy.TOOL_NAMES,
         strategy.APPLY, strategy_prose.ADVICE, strategy_prose.TIPS]


@pytest.fixture
def french(qapp):
    install_translators("fr")
    yield
    install_translators("en")


@pytest.mark.parametrize(("labels", "enum"), TABLES, ids=lambda value: getattr(value, "__name__", ""))
def test_every_member_has_english_words(labels, enum):
    assert set(labels) == set(enum)
    assert all(labels[member] for member in enum if member not in WORDLESS)


def test_every_step_has_a_hint_from_the_interview_or_socialdesk():
    """The interview says nothing about the summary: there SocialDesk's own tip speaks alone."""
    assert set(strategy_prose.ADVICE) == set(Step) == set(strategy_prose.TIPS)
    assert [step for step in Step if not (strategy_prose.ADVICE[step] or strategy_prose.TIPS[step])] == []
    assert strategy_prose.ADVICE[Step.STAND].startswith("“Only once you have this overview")


@pytest.mark.parametrize("labels", [table for table, _ in TABLES] + KEYED, ids=lambda t: t.context)
def test_every_label_reads_in_french(labels, french):
    """Translated at reading time: a table built at import follows the translator installed later."""
    untranslated = [key for key in labels if labels.sources[key] and labels[key] == labels.sources[key]]
    assert not untranslated, f"{labels.context}: no French for {untranslated}"
