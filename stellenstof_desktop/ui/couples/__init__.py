"""The couple list, its sessions, and the dialogs to add and edit them."""
