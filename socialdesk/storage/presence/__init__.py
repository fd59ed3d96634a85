"""Storage of the presence tab: its schema and its repository."""
