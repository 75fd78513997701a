"""Notes sealed while the journal stays locked (issue 25): the capture window, opened from
the lock screen, the tray or the desktop entry's "New note", and the review at unlock."""
