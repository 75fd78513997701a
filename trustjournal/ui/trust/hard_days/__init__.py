"""When it's hard: breathing, grounding, the person's own people, hard dates."""
