"""The disclosure workspace, unsent letters and transparency arrangements (issue 24)."""
