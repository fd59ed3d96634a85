"""Storage of the rules tab: its schema and its repository."""
