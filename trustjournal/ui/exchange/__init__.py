"""The Export place and its dialog: what leaves the journal, chosen and previewed."""
