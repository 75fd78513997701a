"""The language room's words (docs/words.md): the one line said when the language asked
for cannot be spoken. These are said in English on purpose: they appear exactly when
no other language could be loaded.
"""

from __future__ import annotations

NO_SUCH_LANGUAGE = (
    "TrustJournal does not speak '{code}' yet, so it speaks English; it speaks: {codes}."
)
CATALOGUE_DAMAGED = (
    "TrustJournal's words for '{code}' could not be read (the file is missing or damaged), "
    "so it speaks English. Reinstalling TrustJournal brings them back."
)
