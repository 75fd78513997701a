"""Checking in together: two partners at one computer."""
