"""Benchmarks, run with `python -m tests.benchmarks`; pytest collects nothing here."""
