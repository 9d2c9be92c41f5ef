"""Qt widgets. Only this package imports PySide6."""
