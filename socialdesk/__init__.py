"""SocialDesk: a small shop's social media and local presence, planned offline."""

__version__ = "0.1.0"
APP_NAME = "SocialDesk"
APP_ID = "org.socialdesk.SocialDesk"
