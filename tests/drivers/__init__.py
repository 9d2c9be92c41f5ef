"""Tests of Stellenstof Desktop."""
