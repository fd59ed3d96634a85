"""Pure rules and data of SocialDesk: no Qt, no SQL, the clock passed in."""
