"""The Journal place: the entry list, its filters and month view, and the editor."""
