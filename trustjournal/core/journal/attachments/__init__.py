"""Pictures and files attached to entries: taken in safely, cleaned, kept in the vault."""
