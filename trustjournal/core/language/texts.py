"""The language room's words (docs/words.md): the one line said when the language asked
for cannot be spoken, or when its prompts and vocabularies cannot be read. These are said
in English on purpose: they appear exactly when no other language (or no other content)
could be loaded.
"""

from __future__ import annotations

NO_SUCH_LANGUAGE = (
    "TrustJournal does not speak '{code}' yet, so it speaks English; it speaks: {codes}."
)
CATALOGUE_DAMAGED = (
    "TrustJournal's words for '{code}' could not be read (the file is missing or damaged), "
    "so it speaks English. Reinstalling TrustJournal brings them back."
)
CONTENT_DAMAGED = (
    "TrustJournal's prompts and feelings for '{code}' could not be read (the file is "
    "damaged), so they are in English. Reinstalling TrustJournal brings them back."
)
