"""The journal domain: entries, vocabularies, and the changes mutations report."""
