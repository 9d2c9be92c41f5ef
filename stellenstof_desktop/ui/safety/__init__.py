"""The database file in the window: open, unlock, back up, restore, re-key, lock."""
