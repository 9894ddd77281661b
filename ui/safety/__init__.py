"""Accounts, sign-in, board settings, audit log and history, backups and restore, conflicts."""
