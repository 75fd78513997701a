"""TrustJournal: a private, encrypted journal for rebuilding trust."""

__version__ = "0.2.0"
