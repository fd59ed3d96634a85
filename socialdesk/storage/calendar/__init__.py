"""Storage of the calendar tab: its schema and its repository."""
