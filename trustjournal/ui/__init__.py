"""The desktop app: windows, widgets, thin Qt models over ids. Talks only to core."""
