"""Stellenstof Desktop: an offline session app for a relationship coach."""

__version__ = "0.1.0"
APP_NAME = "Stellenstof Desktop"
ORG_NAME = "Stellenstof"
