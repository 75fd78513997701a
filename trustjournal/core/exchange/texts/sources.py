"""What an import says about its source (docs/words.md): why a file, a folder or one of its
entries cannot be read, and what to do, said the same in the app and on the command line.

Whole sentences with named placeholders, so the translation work (issue 22) marks each
once. `{where}` names a place, never the source's words: "entry 12 (line 340)",
"the file journal.txt". This module imports nothing from the importers, so every importer
may take its words from here.
"""

from __future__ import annotations

from trustjournal.core.texts import counted


def media_left_behind(count: int) -> str:
    """The line a Day One entry ends with when its photos or recordings stay behind."""
    return counted(
        count,
        "({count} photo or recording from Day One not brought over.)",
        "({count} photos or recordings from Day One not brought over.)",
    )
