"""The headless core: vault, journal domain, export and import.

Nothing below this package may import Qt widgets or anything from
``trustjournal.ui``; a test holds that line.
"""
