"""The entry editor and its parts."""
