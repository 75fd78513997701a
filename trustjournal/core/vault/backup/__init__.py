"""Encrypted backups: the file format, making and pruning them, restoring one."""
