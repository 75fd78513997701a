"""The inbox's words (docs/words.md): capturing a note while the journal is locked, and
what the review at unlock says about each file.

Whole sentences with named placeholders, marked for translation (decision 0005).
"""

from __future__ import annotations

from trustjournal.core.language.speaking import spoken
from trustjournal.core.texts import counted

SEALED = "Sealed. It will be in your journal when you next open it."
NOTE_TOO_LARGE = (
    "A note can hold up to 1 MB of text, and this one is larger. Nothing was saved: "
    "save it in shorter notes, or add it as an entry once the journal is open."
)
EMPTY_NOTE = "The note is empty, so nothing was saved."
NO_JOURNAL = (
    "There is no journal in this folder to seal a note for. Nothing was saved. "
    "Check the folder, or create a journal first."
)
KEY_UNUSABLE = (
    "The capture key beside the journal is missing or damaged, so the note was not saved. "
    "Open the journal once, or run 'trustjournal doctor --repair', to put it right."
)
KEY_OF_ANOTHER = (
    "The capture key beside the journal belongs to another journal, so the note was not "
    "saved. Open the journal once, or run 'trustjournal doctor --repair', to put it right."
)
INBOX_UNWRITABLE = (
    "TrustJournal cannot write to the journal's inbox folder ({path}), so the note was not "
    "saved. Check that the folder can be written to, then try again."
)
INBOX_DISK_FULL = (
    "The disk is full, so the note was not saved and nothing was left half-written. "
    "Free some space, then try again."
)
KEY_MENDED = (
    "Something changed the capture key beside the journal; it has been put right from the "
    "journal. Notes sealed since the change may not open."
)

# Why a file in the inbox did not open; each is said with the file's name.
SET_ASIDE = "{name} did not open as a note and was set aside in {folder}: {reason}"
WHY_TRUNCATED = "it is cut short, perhaps by a full disk or a crash while it was written."
WHY_NOT_A_NOTE = "it is not a note TrustJournal wrote."
WHY_OTHER_KEY = "it was sealed to another journal's key."
WHY_OLD_KEY = "it was sealed to a capture key this journal no longer keeps."
WHY_TAMPERED = "it was changed after it was sealed, or is damaged."
WHY_NOT_A_FILE = "it is a folder, a link or a pipe, not a note file."
WHY_TOO_LARGE = "it is larger than any note TrustJournal writes."
WHY_UNREADABLE = "it could not be read ({reason})."
REMOVAL_LIMIT = (
    "Each note's file is overwritten before it is removed. On an SSD or a journaling or "
    "copy-on-write file system the old bytes may stay on the disk until they are reused; "
    "they are sealed, so they stay unreadable without your passphrase or recovery code."
)
WHAT_SEALING_PROTECTS = (
    "A note written while the journal is locked is sealed at once: no one can read it "
    "without your passphrase or recovery code, not even TrustJournal until you unlock. "
    "Sealing does not hide that a note exists, how large it is roughly, or roughly when it "
    "was written. Anyone who can write to the journal's folder could leave a note there, so "
    "each note is shown to you at unlock to keep or discard; none is added by itself."
)


# The command line's `capture` and `inbox` (cli/inbox_commands.py).
def notes_wait(count: int) -> str:
    return counted(
        count,
        "Note: {count} note written while the journal was locked is waiting; "
        "review it with 'trustjournal inbox'.",
        "Note: {count} notes written while the journal was locked are waiting; "
        "review them with 'trustjournal inbox'.",
    )


def notes_kept(count: int) -> str:
    return counted(count, "Kept {count} note as an entry.", "Kept {count} notes as entries.")


def notes_discarded(count: int) -> str:
    return counted(count, "Discarded {count} note.", "Discarded {count} notes.")


WRITTEN_WHILE_LOCKED = "Written while the journal was locked:"
NO_NOTES_WAIT = "No notes are waiting."
INBOX_HOW = (
    "Keep them with 'trustjournal inbox keep ID...' or '--all', or discard them with "
    "'trustjournal inbox discard ID...' or '--all'."
)
NO_SUCH_NOTE = "No waiting note has the id '{id}'. Run 'trustjournal inbox' to see them."
NOTE_IDS_OR_ALL = "Name the notes by their ids, or give --all."
IDS_ONLY_WITH_ACTION = "Give 'keep' or 'discard' before the ids."
INBOX_IDS_HELP = "the notes' ids, as 'trustjournal inbox' lists them"
INBOX_ACTION_HELP = "keep or discard; without it, the waiting notes are listed"


spoken(__name__)
