"""The capture room's words (docs/words.md): the window that seals a note with the journal
locked, and the review of waiting notes at unlock.

The sentences the command line says too (sealed, kept, what removal cannot promise, why a
file was set aside) are the core's, in core/vault/inbox/texts.py, so the two never differ.
Whole sentences with named placeholders, marked for translation (decision 0005).
"""

from __future__ import annotations

from trustjournal.core.language.speaking import spoken
from trustjournal.core.texts import counted

WRITE_WITHOUT_OPENING = "Write without opening"
# Said on the lock screen, which under a neutral title names no journal: nor does this.
WRITE_WITHOUT_OPENING_TIP = (
    "Write a note now, without the passphrase. It is sealed at once and waits for you to "
    "keep it at the next unlock."
)
CAPTURE_INTRO = (
    "Write it down now. The note is sealed for your journal at once; nothing you wrote "
    "before is shown here, and no passphrase is needed."
)
# Under a neutral title the window names no journal, as the lock screen it came from.
CAPTURE_INTRO_NEUTRAL = (
    "Write it down now. The note is sealed at once; nothing written before is shown here, "
    "and no passphrase is needed."
)
SEALED_NEUTRAL = "Sealed. It will be there when you next unlock."
SEALED_FOR = "Sealed for: {journal}"
KEY_FINGERPRINT = "Capture key: {fingerprint}"
KEY_FINGERPRINT_SPOKEN = "Capture key fingerprint: {fingerprint}"
YOUR_NOTE = "Your note"
NOTE_PLACEHOLDER = "What is happening, how you feel…"

# Escape or closing the window with words not yet sealed: asked first, keeping them the
# default (Enter and Escape both keep writing).
DISCARD_NOTE_TITLE = "Discard this note?"
DISCARD_NOTE_QUESTION = "Discard this note? What you wrote here is not sealed yet."
KEEP_WRITING = "Keep writing"

REVIEW_TITLE = "Written while the journal was locked"
REVIEW_INTRO = (
    "These notes were sealed while your journal was locked. Keep the ones you wrote as "
    "entries; discard any you do not recognise. Anyone who can write to the journal's "
    "folder could leave a note, so none is added without you."
)
REVIEW_KEY = "This journal's capture key: {fingerprint}"
NOTE_LINE = "{moment}: {first_line}"
KEEP_CHOSEN = "Keep the chosen"
DISCARD_CHOSEN = "Discard the chosen"
DISCARD_QUESTION = (
    "Discard the chosen notes? They are overwritten and removed, and cannot be brought back."
)
# While the files of the notes just kept or discarded are overwritten and removed.
REMOVING_FILES = "Removing their sealed files…"
NONE_CHOSEN = "Choose at least one note first (Space ticks the note in focus)."
ALL_REVIEWED = "Every note has been reviewed."


def notes_waiting(count: int) -> str:
    """Said to a screen reader when the review opens."""
    return counted(
        count,
        "{count} note written while the journal was locked is waiting for review.",
        "{count} notes written while the journal was locked are waiting for review.",
    )


def opening_notes(count: int) -> str:
    """Shown and said once while the review opens the waiting notes (many take seconds)."""
    return counted(
        count,
        "Opening {count} waiting note…",
        "Opening {count} waiting notes…",
    )


def keeping_notes(count: int) -> str:
    """Shown while the chosen notes are written into the journal as entries."""
    return counted(
        count,
        "Keeping {count} note as an entry…",
        "Keeping {count} notes as entries…",
    )


spoken(__name__)
