"""The wizard's seven steps and the stable keys of the fields each one stores."""

from enum import Enum

from socialdesk.domain.community import CommunityGroup
from socialdesk.domain.presence.platform_keys import RECOMMENDED_LOCAL


class Step(str, Enum):
    """In the interview's order: map the community, its conversations and listening, then decide
    what we stand for ("only once we have this overview"). Values are stable; only the order moved."""

    SHOP = "shop"
    COMMUNITY = "community"
    CONVERSATIONS = "conversations"
    LISTENING = "listening"
    STAND = "stand"
    CHANNELS = "channels"
    SUMMARY = "summary"


STEPS: tuple[Step, ...] = tuple(Step)

# What we stand for (step 5) (messages: one per line).
STAND_MESSAGES = "stand.messages"
STAND_VALUE = "stand.value"
STAND_BENEFITS = "stand.benefits"
STAND_EVOLUTION = "stand.evolution"
STAND_KEYS = (STAND_MESSAGES, STAND_VALUE, STAND_BENEFITS, STAND_EVOLUTION)

# Our community (step 2): per group, who they are, where they are online, what they expect.
COMMUNITY_ASPECTS = ("who", "where", "expect")


def community_key(group: CommunityGroup, aspect: str) -> str:
    if aspect not in COMMUNITY_ASPECTS:
        raise KeyError(aspect)
    return f"community.{group.value}.{aspect}"


COMMUNITY_KEYS = tuple(community_key(g, a) for g in CommunityGroup for a in COMMUNITY_ASPECTS)

# Conversations (step 3).
CONV_PLACES = "conversations.places"
CONV_TOPICS = "conversations.topics"
CONV_VOICES = "conversations.voices"
CONV_COMPETITORS = "conversations.competitors"
CONV_REACTIONS = "conversations.reactions"
CONVERSATION_KEYS = (CONV_PLACES, CONV_TOPICS, CONV_VOICES, CONV_COMPETITORS, CONV_REACTIONS)

# Listening (step 4) (tools: comma-separated tool keys; indicators: one per line).
LISTEN_TOOLS = "listening.tools"
LISTEN_OTHER = "listening.other_tools"
LISTEN_INDICATORS = "listening.indicators"
LISTENING_KEYS = (LISTEN_TOOLS, LISTEN_OTHER, LISTEN_INDICATORS)

# Step 6: channels and rhythm (days: ISO weekday numbers; reserve: network keys;
# listings: presence platform keys; handle: the brand name to reserve).
CHANNEL_DAYS = "channels.days"
CHANNEL_HANDLE = "channels.handle"
CHANNEL_RESERVE = "channels.reserve"
CHANNEL_LISTINGS = "channels.listings"
# Who posts and answers (the interview: the shop takes it in hand, after training or in tandem):
# one of RUNNERS, and the people's names.
CHANNEL_RUNNER = "channels.runner"
CHANNEL_RUNNER_NAMES = "channels.runner_names"
RUNNER_SHOP, RUNNER_AGENCY_TANDEM = "shop", "agency_tandem"
RUNNERS = (RUNNER_SHOP, RUNNER_AGENCY_TANDEM)
CHANNEL_KEYS = (CHANNEL_DAYS, CHANNEL_HANDLE, CHANNEL_RESERVE, CHANNEL_LISTINGS, CHANNEL_RUNNER, CHANNEL_RUNNER_NAMES)

# Local listings the presence tab knows (its platform keys), in the order to fix them.
LISTING_PLATFORMS = RECOMMENDED_LOCAL

# Indicators: the interview's dashboard "adapted to your needs": 3 to 5 of them.
INDICATORS_MIN, INDICATORS_MAX = 3, 5
# 80/20: inform or entertain about 80 % of the time, sell about 20 %.
SELL_SHARE_ADVISED = 20
