"""What the app does for people who use a screen reader, a keyboard alone or reduced
motion: announcements, labels and descriptions, the Tab order, and whether to move."""
