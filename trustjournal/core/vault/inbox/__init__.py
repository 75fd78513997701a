"""Notes sealed while the journal stays locked (issue 25, decision 0006)."""
