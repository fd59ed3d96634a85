"""Storage of the strategy tab: its schema and its repository."""
