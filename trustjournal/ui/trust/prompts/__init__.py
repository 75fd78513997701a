"""Guided prompts: the library, the person's own, the prompt of the day."""
