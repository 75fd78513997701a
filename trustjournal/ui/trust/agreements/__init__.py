"""Agreements: what a couple agreed, and when to look at it again."""
