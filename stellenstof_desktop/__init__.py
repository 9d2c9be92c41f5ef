"""Stellenstof Desktop: an offline session app for a relationship coach."""

import os

# PySide6 creates its Python types lazily, on first use, by default. A type first needed
# inside an event dispatch (an application-wide event filter or a virtual override that
# meets an unknown QObject subclass) is then created re-entrantly, and shiboken can crash
# there: a SIGSEGV in the middle of processEvents(), with no Python frame on top. Every
# type is made at import instead; it has to be set before PySide6 is first imported,
# which is why it sits here, in front of every module of the app (and its tests).
os.environ.setdefault("PYSIDE6_OPTION_LAZY", "0")

__version__ = "0.1.0"
APP_NAME = "Stellenstof Desktop"
ORG_NAME = "Stellenstof"
