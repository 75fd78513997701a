"""Pictures and files on an entry, in the app: the strip under the text and the full view."""
