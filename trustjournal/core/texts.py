"""The core's words (docs/words.md): the sentence of each kind of error the person may
see (core/errors.py), in the app and on the command line, and `counted`, the one place a
sentence is chosen by a count.

Every text is a whole sentence with named placeholders, filled with `str.format`, so the
translation work (issue 22) marks each sentence once and may reorder its parts. A sentence
that counts something comes as one function per message elsewhere, each calling `counted`
with its singular and plural sentence, which looks up the language's plural form. The
module ends with `spoken(__name__)`: its constants are read in the chosen language
(docs/decisions/0005-translations.md).
"""

from __future__ import annotations

import datetime as dt

from trustjournal.core.language.numbers import Number
from trustjournal.core.language.speaking import N_, _, plural, spoken


def counted(count: int, one: str, many: str, **named: object) -> str:
    """The form of `one`/`many` the chosen language uses for `count`, filled in with
    `count` (grouped as the language groups it: `{count:,}` is 1.234 in German) and the
    named values: the one door for plurals (docs/words.md)."""
    return plural(one, many, count).format(count=Number(count), **named)


def day_in_words(day: dt.date) -> str:
    """A day in a sentence of the core, as a person reads it: "5 January 2026", "5. Januar
    2026", "5 de enero de 2026". Without Qt, so the command line says it the same way
    as the app. An export's days are said by this too (exchange/texts/dates.py
    `short_date`): one pattern and one set of months, translated once."""
    return _("{day} {month} {year}").format(day=day.day, month=month_name(day.month), year=day.year)


def month_name(month: int) -> str:
    """The month's name (1 is January) in the language spoken."""
    return _(_MONTHS[month - 1])


_MONTHS = (
    N_("January"),
    N_("February"),
    N_("March"),
    N_("April"),
    N_("May"),
    N_("June"),
    N_("July"),
    N_("August"),
    N_("September"),
    N_("October"),
    N_("November"),
    N_("December"),
)


# Errors (trustjournal.core.errors), one plain sentence each that says what to do.
SOMETHING_WENT_WRONG = "Something went wrong. Your journal has not been changed."
WRONG_KEY_WORDS = (  # WrongPassphrase (a name with "passphrase" reads as a secret to ruff)
    "That passphrase does not open this journal. Check for caps lock and try again, "
    "or use your recovery code."
)
WRONG_RECOVERY_CODE = (
    "That recovery code does not open this journal. Check each group against "
    "the code you stored and try again."
)
KEY_FILE_MISSING = (
    "The journal's key file is missing, so the journal cannot be opened. "
    "If you have a backup of the data folder, restore the key file from it."
)
KEY_FILE_DAMAGED = (
    "The journal's key file is damaged, so the journal cannot be opened. "
    "Nothing was changed; restore the key file from a backup of the data folder."
)
WEAK_KEY_PARAMETERS = (
    "The journal's key file asks for weaker protection than TrustJournal allows, "
    "so it was not opened. It may have been tampered with; restore it from a backup."
)
DATABASE_DAMAGED = (
    "The journal's database is damaged and could not be read. Nothing was changed; "
    "run 'trustjournal doctor' to see what is damaged, or restore a backup."
)
DATABASE_MISSING = (
    "The journal's database file is missing, so the journal was not opened and nothing "
    "was created in its place. Restore journal.db from a backup of the data folder."
)
DISK_FULL = (
    "The disk is full or cannot be written to, so this was not saved. Nothing in your "
    "journal was lost; free some space (old downloads, the trash) or check the drive, "
    "then try again."
)
VAULT_EXISTS = (
    "There is already a journal in this folder. Open it with your passphrase, "
    "or choose another folder for a new one."
)
VAULT_NOT_FOUND = (
    "There is no journal in this folder yet. Create one first with 'trustjournal init'."
)
VAULT_IN_USE = (
    "This journal is open in another TrustJournal window or command. "
    "Close that one first, then try again."
)
VAULT_LOCKED = "The journal is locked. Unlock it with your passphrase to go on."
EASY_TO_GUESS = (  # WeakPassphrase
    "That passphrase would be easy to guess. Try four or more unrelated words, "
    "or a longer sentence only you would think of."
)
INVALID_INPUT = "That value is not one TrustJournal understands."
NOT_FOUND = "That item is no longer in the journal."
DATABASE_EMPTY = (
    "The journal's database file is empty, so the journal was not opened and nothing "
    "was written over it. Restore it with 'trustjournal restore' from a backup, or run "
    "'trustjournal doctor' for details."
)
BACKUP_DAMAGED = (
    "That file is not a TrustJournal backup, or it is damaged or incomplete, so nothing "
    "was changed. Try another backup file."
)
JOURNAL_ALREADY_HERE = (
    "There is already a journal in this folder, so the backup was not restored. Add "
    "--replace to move the current journal aside (it is kept, never deleted) and restore."
)
NO_BACKUP_FOLDER = (
    "TrustJournal does not know where to put backups yet. Say where with --to FOLDER, "
    "ideally on an external drive."
)
KEY_FILE_MISMATCH = (
    "Your passphrase is right, but this key file does not belong to this journal's "
    "database: most likely it is a copy from before the key was changed, or from another "
    "journal. Nothing was changed; put the newest journal.key back in the journal's folder "
    "(a backup of the data folder may have it), or restore a TrustJournal backup."
)
COULD_NOT_USE_FILE = "TrustJournal could not use {file}: {reason}. Check the folder and try again."
A_FILE_IT_NEEDS = "a file it needs"
THE_SYSTEM_REFUSED = "the system refused"
UNEXPECTED_ERROR = (
    "Something went wrong ({kind}). Nothing more was changed; "
    "please try again, and run 'trustjournal doctor' if it happens again."
)

# What the person gave does not fit (InvalidInput), from the journal's rooms: each names
# what fits. `{what}` names the field ("A title", "Intensity", "a kind of event").
FIELD_TOO_LONG = "{what} can be up to {most} characters; a few lines is enough."
CONTACT_NEEDS_NAME = "A support contact needs a name, or a few words to know them by."
HARD_DATE_NEEDS_WORDS = "A hard date needs a few words to know it by."
MOOD_RANGE = "A mood goes from {low} to {high}."
PROMPT_NEEDS_WORDS = "A prompt needs a few words."
PROMPT_TOO_LONG = "A prompt can be up to {most} characters long."
ONLY_OWN_PROMPTS = "Only your own prompts can be changed; the app's prompts stay as written."
TIMELINE_BACKWARDS = "The start of the timeline is after its end; swap the two dates."
NOT_ONE_OF = "'{value}' is not {what}. Choose from: {allowed}."
GOES_FROM = "{what} goes from {low} to {high}."
TRIGGERS_ONLY = "Intensity and minutes to calm are kept for triggers only."
REVIEW_BEFORE_MADE = "The review date can be on or after the day the agreement was made."
NEEDS_A_TITLE = "{what} needs a few words as a title."
NOT_AN_EMOTION = "'{emotion}' is not in the emotion list."
NOT_AN_EMOTION_CHOOSE = "'{emotion}' is not in the emotion list. Choose from: {allowed}"
MOMENT_GONE = "That moment is no longer on the timeline, or it already has a plan."
NO_SUCH_ENTRY_TO_LINK = "There is no entry with that number to link this event to."

# Settings (core/settings.py), as `trustjournal settings` says them.
SETTING_NEEDS_TYPE = "The setting '{key}' needs a {kind}."
SETTING_LIST_OF = "The setting '{key}' is a list of {kind} values."
SETTING_ONE_OF = "The setting '{key}' can be one of: {choices}."
SETTING_GOES_FROM = "The setting '{key}' goes from {low} to {high}."
NO_SUCH_SETTING = "There is no setting called '{key}'."

# The vault: keys, backups, the database.
BACKUP_FROM_NEWER = (
    "This backup was made by a newer TrustJournal. Update TrustJournal to restore it; "
    "nothing was changed."
)
BUSY_NO_BACKUP = "The journal was busy being written, so no backup was made. Try again."
RECOVERY_CODE_SHAPE = (
    "A recovery code has eight groups of four letters and digits. "
    "Check it against the code you stored and try again."
)
EASY_TO_GUESS_WHY = (
    "That passphrase would be easy to guess. Try four or more unrelated words, "
    "or a longer sentence only you would think of. ({hint})"
)

spoken(__name__)
