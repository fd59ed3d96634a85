"""The listings' keys that other parts of the app name: a few strings, without the platforms' table behind them."""

GOOGLE_KEY, APPLE_KEY = "google_business", "apple"  # the listings with tasks of their own before a holiday

# The local listings the brief recommends, in the order to fix them: Google, Apple, Bing first.
RECOMMENDED_LOCAL: tuple[str, ...] = (
    GOOGLE_KEY, APPLE_KEY, "bing", "facebook", "instagram", "tripadvisor", "thefork", "yelp",
    "pagesjaunes", "waze", "foursquare",
)
