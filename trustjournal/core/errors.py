"""Errors the person may see, each with one plain sentence that says what to do.

Every error raised out of the core on purpose is a `TrustJournalError`; its
`str()` is the message shown to the person, in the app and on the command line. The
sentences themselves live in `trustjournal.core.texts`.
"""

from __future__ import annotations

from trustjournal.core import texts
from trustjournal.core.language.speaking import _


class TrustJournalError(Exception):
    """Base of every error meant to be shown to the person."""

    message = texts.SOMETHING_WENT_WRONG

    def __init__(self, message: str | None = None) -> None:
        # The classes' messages were read (in English) at import, before a language was
        # chosen: each is said in the chosen one when the error is made.
        super().__init__(message or _(self.message))


class WrongPassphrase(TrustJournalError):
    message = texts.WRONG_KEY_WORDS


class WrongRecoveryCode(TrustJournalError):
    message = texts.WRONG_RECOVERY_CODE


class KeyFileMissing(TrustJournalError):
    message = texts.KEY_FILE_MISSING


class KeyFileDamaged(TrustJournalError):
    message = texts.KEY_FILE_DAMAGED


class WeakKeyParameters(TrustJournalError):
    message = texts.WEAK_KEY_PARAMETERS


class DatabaseDamaged(TrustJournalError):
    message = texts.DATABASE_DAMAGED


class DatabaseMissing(TrustJournalError):
    message = texts.DATABASE_MISSING


class DiskFull(TrustJournalError):
    message = texts.DISK_FULL


class VaultExists(TrustJournalError):
    message = texts.VAULT_EXISTS


class VaultNotFound(TrustJournalError):
    message = texts.VAULT_NOT_FOUND


class VaultInUse(TrustJournalError):
    message = texts.VAULT_IN_USE


class VaultLocked(TrustJournalError):
    message = texts.VAULT_LOCKED


class WeakPassphrase(TrustJournalError):
    message = texts.EASY_TO_GUESS


class InvalidInput(TrustJournalError):
    """A value the person gave does not fit (an unknown emotion, a mood of 7, …)."""

    message = texts.INVALID_INPUT


class NotFound(TrustJournalError):
    message = texts.NOT_FOUND


class DatabaseEmpty(TrustJournalError):
    message = texts.DATABASE_EMPTY


class BackupDamaged(TrustJournalError):
    message = texts.BACKUP_DAMAGED


class JournalAlreadyHere(TrustJournalError):
    message = texts.JOURNAL_ALREADY_HERE


class NoBackupFolder(TrustJournalError):
    message = texts.NO_BACKUP_FOLDER


def as_plain_error(error: BaseException) -> TrustJournalError:
    """Any failure as one plain sentence for the person; ours pass through unchanged.

    Only the kind of an unexpected error is named: its message could hold journal text.
    """
    if isinstance(error, TrustJournalError):
        return error
    if isinstance(error, OSError):
        return TrustJournalError(
            texts.COULD_NOT_USE_FILE.format(
                file=error.filename or texts.A_FILE_IT_NEEDS,
                reason=error.strerror or texts.THE_SYSTEM_REFUSED,
            )
        )
    return TrustJournalError(texts.UNEXPECTED_ERROR.format(kind=type(error).__name__))


class KeyRefused(DatabaseDamaged):
    """The database did not accept a key its key file gave (raised before the cause is known)."""


class KeyFileMismatch(TrustJournalError):
    message = texts.KEY_FILE_MISMATCH
