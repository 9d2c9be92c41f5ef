"""The session as the room sees it: session mode, the hand-over guard, the coach's gate."""
