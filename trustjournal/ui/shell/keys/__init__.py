"""Dialogs about the journal's keys: passphrase, recovery code, key change, restore."""
