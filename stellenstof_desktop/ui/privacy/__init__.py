"""Privacy in the window: export, retention, and what the room may see."""
