"""Local presence: the platforms a shop is listed on, its listings, NAP checks and links."""
