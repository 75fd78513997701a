"""The Help menu's windows: about, shortcuts, what the app cannot protect against."""
