"""TrustJournal: a private, encrypted journal for rebuilding trust."""

__version__ = "0.1.0"
