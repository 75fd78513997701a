"""Today: the first page after unlock."""
