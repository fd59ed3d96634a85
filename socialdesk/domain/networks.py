"""The social networks SocialDesk plans for: one record each, the only place a network's facts are written."""

from dataclasses import dataclass


HASHTAG_LENGTH = 100  # characters after "#" worth writing in one hashtag: no network publishes a length
# (DOMAIN.md "Posting limits" has none), and past this nobody reads the tag


@dataclass(frozen=True)
class Network:
    key: str  # stable: stored in the file and in CSV exports
    name: str  # a brand name, the same in every language
    default_limit: int  # characters; the owner can correct it (sources disagree)
    color: str  # its badge's brand colour, "#RRGGBB"
    letter: str  # the one or two characters on its badge
    short_name: str = ""  # for calls to action ("Leave us a review on Google"); empty: the name
    platform_key: str = ""  # its key in the presence tab's catalogue of listings; empty: the network key
    local: bool = False  # its page is a local listing (address, hours, reviews), not a profile to follow
    reviews_may_be_asked: bool = False  # whether a card may ask for reviews there
    url_hosts: tuple[str, ...] = ()  # hosts a pasted URL of its pages lives on
    profile_url: str = ""  # "{handle}" is replaced by the reserved handle
    page_path: str = ""  # regular expression: the path of a business's page there (DOMAIN.md "Links")
    review_url: str = ""  # regular expression: the whole URL of its review form
    aliases: tuple[str, ...] = ()  # other names for it in a plan file, lower case ("twitter")
    link_length: int = 0  # a link counts as this many characters in a post (X: 23); 0: as written
    reviews_tab: str = ""  # added to its page's URL to show the reviews there (DOMAIN.md "Links"); empty: the page
    alt_field: bool = True  # its composer has an alt-text field for an image; else the description goes in the text
    text_links: str = "scheme"  # how its feed shows a web address in a post: "none" (plain text, "link in bio"),
    # "bare" (www.… is a link too) or "scheme" (only http(s)://…); DOMAIN.md, the same date as the image shapes
    hashtag_limit: int = 0  # hashtags a post may carry there (DOMAIN.md "Posting limits"); 0: none known
    stories: bool = False  # a post there may be marked as a Story: a 9:16 image, no caption

    @property
    def listing_key(self) -> str:
        return self.platform_key or self.key

    @property
    def words(self) -> tuple[str, ...]:
        """Every word a plan file may name it by, lower case: key, name, aliases."""
        return tuple(dict.fromkeys((self.key, self.name.lower(), *self.aliases)))


NETWORKS: tuple[Network, ...] = (
    Network("facebook", "Facebook", 63206, "#1877F2", "f", reviews_may_be_asked=True,
            url_hosts=("facebook.com", "fb.com", "fb.me"), profile_url="https://www.facebook.com/{handle}",
            page_path=r"^/(?!sharer|share|login|groups/?$)[^/]+(/reviews)?/?$",
            review_url=r"^https?://([a-z]{2}-[a-z]{2}\.|www\.|m\.|web\.)?facebook\.com/"  # a language, the mobile site
                       r"([^/?#]+/reviews/?([?#].*)?|profile\.php\?([^#]*&)?sk=reviews([&#].*)?)$",  # a page without
            reviews_tab="/reviews", text_links="bare"),  # a name: profile.php?id=…&sk=reviews (attack 41b, L4)
    Network("instagram", "Instagram", 2200, "#C13584", "Ig",
            url_hosts=("instagram.com", "instagr.am"), profile_url="https://www.instagram.com/{handle}/",
            page_path=r"^/(?!p/|reel/|explore/)[A-Za-z0-9_.]+/?$", text_links="none", hashtag_limit=30, stories=True),
    Network("google", "Google Business Profile", 1500, "#4285F4", "G", short_name="Google",
            platform_key="google_business", local=True, reviews_may_be_asked=True,
            url_hosts=("google.com", "google.fr", "g.page", "goo.gl", "maps.app.goo.gl"),
            review_url=r"^https?://(search\.google\.com/local/writereview\?([^#]*&)?placeid=[A-Za-z0-9_-]{20,}"
                       r"([&#].*)?|g\.page/r/[A-Za-z0-9_-]+/review/?([?#].*)?)$",  # a final /, more parameters
            aliases=("google business",), alt_field=False),
    Network("x", "X", 280, "#222222", "X", url_hosts=("x.com", "twitter.com"),
            profile_url="https://x.com/{handle}", aliases=("twitter",), link_length=23, text_links="bare"),
    Network("linkedin", "LinkedIn", 3000, "#0A66C2", "in", url_hosts=("linkedin.com",),
            profile_url="https://www.linkedin.com/company/{handle}/", text_links="bare"),
    Network("tiktok", "TikTok", 2200, "#111111", "Tk", url_hosts=("tiktok.com",),
            profile_url="https://www.tiktok.com/@{handle}", alt_field=False, text_links="none"),
    Network("pinterest", "Pinterest", 500, "#E60023", "P", url_hosts=("pinterest.com", "pinterest.fr"),
            profile_url="https://www.pinterest.com/{handle}/"),
    Network("threads", "Threads", 500, "#222222", "@", url_hosts=("threads.net", "threads.com"),
            profile_url="https://www.threads.net/@{handle}"),
    Network("bluesky", "Bluesky", 300, "#1185FE", "B", url_hosts=("bsky.app",),
            profile_url="https://bsky.app/profile/{handle}"),
    Network("mastodon", "Mastodon", 500, "#6364FF", "M"),  # one server per community: no single host
    Network("youtube", "YouTube", 5000, "#FF0000", "▶", url_hosts=("youtube.com", "youtu.be"),
            profile_url="https://www.youtube.com/@{handle}", alt_field=False),
)


def words_table(networks: tuple[Network, ...]) -> dict[str, str]:
    """Plan-file word → network key; ValueError when one word would name two networks."""
    table: dict[str, str] = {}
    for item in networks:
        for word in item.words:
            if table.setdefault(word, item.key) != item.key:
                raise ValueError(f"{word!r} names both {table[word]!r} and {item.key!r}")
    return table


_BY_KEY = {n.key: n for n in NETWORKS}
_BY_WORD = words_table(NETWORKS)


def network(key: str) -> Network:
    """The network with this key; KeyError for an unknown key."""
    return _BY_KEY[key]


def is_network_key(key: str) -> bool:
    return key in _BY_KEY


STORY_NETWORK = next(n.key for n in NETWORKS if n.stories)  # the network whose posts may be Stories (Instagram)


def network_key_for_word(word: str) -> str | None:
    """The key of the network a plan file names ("Twitter", "google business"); None if none."""
    return _BY_WORD.get(word.lower())
