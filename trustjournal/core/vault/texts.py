"""The vault room's words (docs/words.md): what `trustjournal doctor` finds and does, said
the same way in the terminal and wherever the app shows a check-up.

Whole sentences with named placeholders (`{names}`, `{path}`), so the translation work
(issue 22) marks each once. The vault's errors say their sentences through
`trustjournal.core.errors` (words in `trustjournal.core.texts`).
"""

from __future__ import annotations

from trustjournal.core.language.speaking import spoken

RESTORE_ADVICE = (
    "Nothing was deleted. To go back to your newest backup, run "
    "'trustjournal restore FILE --replace': the damaged journal is moved aside and kept."
)
RESTORE_NEWEST = (
    "Nothing was deleted. Your newest backup is {path}. To go back to it, run "
    "'trustjournal restore \"{path}\" --replace': the damaged journal is moved aside "
    "and kept."
)
INTERRUPTED = (
    "A passphrase change, key change or restore was interrupted; opening the journal or "
    "'trustjournal doctor --repair' finishes or undoes it."
)
STRAY_FILES = (
    "Temporary files a stopped command left: {names}. 'trustjournal doctor --repair' removes them."
)
FINISHED_INTERRUPTED = (
    "Finished (or undid) a passphrase change, key change or restore a crash stopped."
)
REMOVED_STRAY = "Removed {name}, left by a stopped command."
PRIMARY_NEEDS_MENDING = (
    "journal.key does not open the journal, but its backup copy does. "
    "Run 'trustjournal doctor --repair' to mend it from that copy."
)
MENDED_PRIMARY = "Mended journal.key from its backup copy, which opens the journal."
KEY_FILE_NEEDS_MENDING = (
    "The key file is damaged or missing, but its backup copy is sound and opens "
    "the journal. Run 'trustjournal doctor --repair' to mend it."
)
KEY_FILE_SOUND = "The key file is sound."
KEY_FILE_COPY_STALE = (
    "The key file's backup copy is missing or out of date (an old passphrase may still open "
    "it). Run 'trustjournal doctor --repair' to mend it from the key file."
)
MENDED_COPY = "Mended the key file's backup copy from the key file, which opens the journal."
KEY_FILES_SOUND = "The key file and its backup copy are sound."
OTHERS_MAY_READ = "Other people on this computer may read: {names}"
ONLY_YOU_READ = "Only you can read the journal's folder and files."
DATABASE_SOUND = "The database's encryption and structure are sound."
DATABASE_DAMAGED = "The database is damaged: {problems}"
DATABASE_DAMAGED_AND_MORE = "The database is damaged: {problems} (and {more} more)"
RECOVERY_CODE_WAITS = (
    "Your new recovery code, from your last key change, waits for you to store it, and "
    "your old code no longer opens the journal. The app shows it after unlocking; "
    "'trustjournal recovery-code' shows it here."
)
CAPTURE_KEY_SOUND = "The capture key for notes written while locked is sound."
CAPTURE_KEY_WRONG = (
    "The capture key beside the journal is missing, damaged or not this journal's, so notes "
    "cannot be written while it is locked. Run 'trustjournal doctor --repair' to rewrite it "
    "from the journal."
)
CAPTURE_KEY_MENDED = "Rewrote the capture key beside the journal from the journal."
FIRST_PAGE_UNREADABLE = "the first page cannot be read with the journal's key"


spoken(__name__)
