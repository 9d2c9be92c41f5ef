"""Use cases on top of the store; each call is one transaction and returns dataclasses (no Qt).

Kept free of imports so that `stellenstof_desktop.domain` users do not pull in SQLAlchemy.
"""
