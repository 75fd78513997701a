"""When it's hard: support contacts, hard dates, anniversaries, breathing, reminders."""
