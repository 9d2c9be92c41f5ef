"""The summary the couple receives: preview, save, e-mail; the coach's profile."""
