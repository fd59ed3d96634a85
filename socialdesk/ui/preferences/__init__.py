"""Edit ▸ Preferences: the settings the owner chooses, one page each."""
