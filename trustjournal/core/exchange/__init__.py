"""Exports for therapy (and, later, imports): one export model, separate writers."""
