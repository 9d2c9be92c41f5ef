"""The open session: its header, and one tab per part of the session."""
