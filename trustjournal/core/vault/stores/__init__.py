"""The SQL for each kind of row: entries, check-ins, events, agreements, prompts, care."""
