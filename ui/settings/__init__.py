"""The board's settings dialog (Tools ▸ Board settings…).

Its own room, apart from ui/safety (accounts, sign-in, audit log, backups and restore).
"""
