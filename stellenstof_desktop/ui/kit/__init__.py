"""Small widget helpers shared by every view: construction, labels, formats, autosave, dialogs."""
