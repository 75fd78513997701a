"""The key hierarchy: the key file and its copies, recovery codes, rotation, strength."""
