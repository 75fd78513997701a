"""Guided prompts: the shipped library, the person's own, the prompt of the day."""
