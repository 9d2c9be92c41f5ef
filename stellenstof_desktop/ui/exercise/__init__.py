"""Samen besluiten: the deciding-together exercise, phase by phase, and its history."""
