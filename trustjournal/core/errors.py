"""Errors the person may see, each with one plain sentence that says what to do.

Every error raised out of the core on purpose is a `TrustJournalError`; its
`str()` is the message shown to the person, in the app and on the command line.
"""

from __future__ import annotations


class TrustJournalError(Exception):
    """Base of every error meant to be shown to the person."""

    message = "Something went wrong. Your journal has not been changed."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.message)


class WrongPassphrase(TrustJournalError):
    message = (
        "That passphrase does not open this journal. Check for caps lock and try again, "
        "or use your recovery code."
    )


class WrongRecoveryCode(TrustJournalError):
    message = (
        "That recovery code does not open this journal. Check each group against "
        "the code you stored and try again."
    )


class KeyFileMissing(TrustJournalError):
    message = (
        "The journal's key file is missing, so the journal cannot be opened. "
        "If you have a backup of the data folder, restore the key file from it."
    )


class KeyFileDamaged(TrustJournalError):
    message = (
        "The journal's key file is damaged, so the journal cannot be opened. "
        "Nothing was changed; restore the key file from a backup of the data folder."
    )


class WeakKeyParameters(TrustJournalError):
    message = (
        "The journal's key file asks for weaker protection than TrustJournal allows, "
        "so it was not opened. It may have been tampered with; restore it from a backup."
    )


class DatabaseDamaged(TrustJournalError):
    message = (
        "The journal's database is damaged and could not be read. Nothing was changed; "
        "run 'trustjournal doctor' to see what is damaged, or restore a backup."
    )


class DatabaseMissing(TrustJournalError):
    message = (
        "The journal's database file is missing, so the journal was not opened and nothing "
        "was created in its place. Restore journal.db from a backup of the data folder."
    )


class DiskFull(TrustJournalError):
    message = (
        "The disk is full or cannot be written to, so this was not saved. Nothing in your "
        "journal was lost; free some space (old downloads, the trash) or check the drive, "
        "then try again."
    )


class VaultExists(TrustJournalError):
    message = (
        "There is already a journal in this folder. Open it with your passphrase, "
        "or choose another folder for a new one."
    )


class VaultNotFound(TrustJournalError):
    message = "There is no journal in this folder yet. Create one first with 'trustjournal init'."


class VaultInUse(TrustJournalError):
    message = (
        "This journal is open in another TrustJournal window or command. "
        "Close that one first, then try again."
    )


class VaultLocked(TrustJournalError):
    message = "The journal is locked. Unlock it with your passphrase to go on."


class WeakPassphrase(TrustJournalError):
    message = (
        "That passphrase would be easy to guess. Try four or more unrelated words, "
        "or a longer sentence only you would think of."
    )


class InvalidInput(TrustJournalError):
    """A value the person gave does not fit (an unknown emotion, a mood of 7, …)."""

    message = "That value is not one TrustJournal understands."


class NotFound(TrustJournalError):
    message = "That item is no longer in the journal."


class DatabaseEmpty(TrustJournalError):
    message = (
        "The journal's database file is empty, so the journal was not opened and nothing "
        "was written over it. Restore it with 'trustjournal restore' from a backup, or run "
        "'trustjournal doctor' for details."
    )


class BackupDamaged(TrustJournalError):
    message = (
        "That file is not a TrustJournal backup, or it is damaged or incomplete, so nothing "
        "was changed. Try another backup file."
    )


class JournalAlreadyHere(TrustJournalError):
    message = (
        "There is already a journal in this folder, so the backup was not restored. Add "
        "--replace to move the current journal aside (it is kept, never deleted) and restore."
    )


class NoBackupFolder(TrustJournalError):
    message = (
        "TrustJournal does not know where to put backups yet. Say where with --to FOLDER, "
        "ideally on an external drive."
    )


def as_plain_error(error: BaseException) -> TrustJournalError:
    """Any failure as one plain sentence for the person; ours pass through unchanged.

    Only the kind of an unexpected error is named: its message could hold journal text.
    """
    if isinstance(error, TrustJournalError):
        return error
    if isinstance(error, OSError):
        return TrustJournalError(
            f"TrustJournal could not use {error.filename or 'a file it needs'}: "
            f"{error.strerror or 'the system refused'}. Check the folder and try again."
        )
    return TrustJournalError(
        f"Something went wrong ({type(error).__name__}). Nothing more was changed; "
        "please try again, and run 'trustjournal doctor' if it happens again."
    )


class KeyRefused(DatabaseDamaged):
    """The database did not accept a key its key file gave (raised before the cause is known)."""


class KeyFileMismatch(TrustJournalError):
    message = (
        "Your passphrase is right, but this key file does not belong to this journal's "
        "database: most likely it is a copy from before the key was changed, or from another "
        "journal. Nothing was changed; put the newest journal.key back in the journal's folder "
        "(a backup of the data folder may have it), or restore a TrustJournal backup."
    )
