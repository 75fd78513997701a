"""What an import says about its source (docs/words.md): why a file, a folder or one of its
entries cannot be read, and what to do, said the same in the app and on the command line.

Whole sentences with named placeholders, so the translation work (issue 22) marks each
once. `{where}` names a place, never the source's words: "entry 12 (line 340)",
"the file journal.txt". This module imports nothing from the importers, so every importer
may take its words from here.
"""

from __future__ import annotations

from trustjournal.core.language.speaking import spoken

# Places, as the sentences below name them in `{where}` and `{what}`, in the middle of a
# sentence (the importers give the first letter a capital at a sentence's start).
# Translators: {line} is a line number in the file; {what} is one of the sources below,
# such as "the jrnl journal journal.txt".
LINE_OF = "line {line} of {what}"
# Translators: {line} is a line number in the file being imported.
LINE = "line {line}"
# Translators: a source being imported, named inside a sentence; {name} is its file name.
THE_DAYLIO_EXPORT = "the Daylio export {name}"
# Translators: a source being imported, named inside a sentence; {name} is its file name.
THE_DAYONE_EXPORT = "the Day One export {name}"
# Translators: a source being imported, named inside a sentence; {name} is its file name.
THE_JRNL_EXPORT = "the jrnl export {name}"
# Translators: a source being imported, named inside a sentence; {name} is its file name.
THE_JRNL_JOURNAL = "the jrnl journal {name}"
# Translators: a source being imported, named inside a sentence; {name} is its file name.
THE_OWN_EXPORT = "the TrustJournal export {name}"
# Translators: a folder of Markdown files being imported; {name} is the folder's name.
THE_FOLDER = "the folder {name}"
# Translators: one Markdown file being imported; {name} is its name inside the folder.
THE_FILE = "the file {name}"
# Translators: which entry of the source a problem is in; {number} counts them from 1.
ENTRY_NUMBER = "entry {number}"
# Translators: which entry of the source a problem is in: {number} counts them from 1,
# {line} is the line of the file it starts on.
ENTRY_AT_LINE = "entry {number} (line {line})"
# Translators: which entry of a TrustJournal Markdown export a problem is in: {number}
# counts them from 1, {name} is the export's file name.
ENTRY_NAMED = "entry {number} ({name})"
# Translators: which file of a folder a problem is in: {number} counts them from 1,
# {name} is its name inside the folder.
FILE_NUMBER = "file {number} ({name})"
# Translators: which attachment of a TrustJournal export; {number} counts them from 1.
ATTACHMENT_NUMBER = "attachment {number}"

# A source that cannot be read at all: each says what to do; nothing was imported.
NO_SUCH_PATH = "There is no file or folder at {path}. Check the path and try again."
NOT_A_FORMAT = "'{name}' is not a format TrustJournal imports. Choose one of: {formats}."
CANNOT_TELL = (
    "TrustJournal could not tell which journal {name} comes from. Name its "
    "format instead of auto: jrnl, jrnl-json, dayone, daylio, markdown or trustjournal."
)
NOT_REGULAR_FILE = (
    "{what} is not a regular file (a device, a pipe or a socket), so "
    "it was not read. Choose the journal's file itself; nothing was imported."
)
IS_A_FOLDER = "{what} is a folder; choose the file itself."
COULD_NOT_READ = (
    "{what} could not be read ({reason}). Check that it is yours to read and try again."
)
FOLDER_COULD_NOT_BE_READ = (
    "A folder could not be read ({reason}). Check that it is yours to read and try again."
)
THE_SYSTEM_REFUSED = "the system refused"
TOO_LARGE = "{what} is larger than TrustJournal imports at once ({most} MB); nothing was imported."
BINARY = (
    "{what} looks like a binary file, not text, so it was not "
    "imported. Choose the text export instead."
)
NOT_UTF8 = (
    "Line {line} of {what} is not UTF-8 text. Save the file as UTF-8 "
    "(most editors offer it under Save As) and try again; nothing was imported."
)
DAMAGED_ZIP = (
    "{what} is damaged or incomplete, so it could not be opened. "
    "Export it again (or let the copy finish) and try again; nothing was imported."
)
ZIP_BOMB = (
    "{what} would unpack to more than {most} MB, far more than a journal "
    "export holds, so it was not opened. Export it again and try that file."
)
TOO_MANY_FILES = (
    "{what} holds more than {most:,} files, more than a folder of journal entries would. "
    "Choose the folder that holds only the entries and try again; nothing was imported."
)
NOT_DAYLIO = (
    "{what} does not have Daylio's columns ({columns}), so it was not imported. "
    "Choose the CSV that Daylio exported, unchanged."
)
NOT_VALID_JSON = (
    "{what} is not valid JSON, so it was not imported. Export it again and try that file."
)
NOT_VALID_JSON_AT = (
    "{what} is not valid JSON (line {line}), so it was not imported. "
    "Export it again and try that file."
)

# A source, or one entry in it, that cannot be read as it is (model.unreadable): `{where}`
# names it, a value from the source is kept to one line.
TOO_LONG = (
    "{where} is longer than TrustJournal takes for one entry ({most:,} characters). "
    "Split it into smaller entries and try again; nothing was imported."
)
OUT_OF_YEARS = (
    "{where} is dated {day}, outside the years {first}-{last} TrustJournal keeps. "
    "Correct its date in the source and try again; nothing was imported."
)
NO_DATE = (
    "{where} has no date in its front matter or its name. Choose a day for files without "
    "one (--undated-date YYYY-MM-DD) and import again; nothing was imported."
)
WRONG_COLUMNS = "{where} has {found} columns where Daylio writes {width}; nothing was imported."
NO_SUCH_DATE = "{where} has a date that does not exist ({found}); nothing was imported."
NO_SUCH_CREATION_DATE = (
    "{where} has a creation date that does not exist ({found}); nothing was imported."
)
CREATION_DATE_OUT_OF_RANGE = (
    "{where} has a creation date out of range ({found}); nothing was imported."
)
NO_SUCH_DATE_OR_TIME = (
    "{where} has a date or time that does not exist ({found}); nothing was imported."
)
NO_JOURNAL_JSON = "{where} holds no journal .json file; nothing was imported."
NO_JOURNAL_JSON_IN_ZIP = (
    "{where} holds no journal .json file, so it is not a Day One export; nothing was imported."
)
BEFORE_ANY_ENTRY = (
    "{where} comes before any dated entry, so this does not read as a jrnl journal (each "
    "entry starts with a line like [2024-05-01 21:30] Title); nothing was imported."
)
NO_JRNL_ENTRIES = (
    "{where} holds no entries (no line starts with a [date time]); nothing was imported."
)
NO_SUCH_ENTRY_DATE = (
    "{where} starts an entry with a date or time that does not exist; correct it in the "
    "journal and try again; nothing was imported."
)
NESTED_TOO_DEEPLY = "{where} is nested too deeply to be a journal export; nothing was imported."
NO_ENTRIES_LIST = (
    '{where} has no "entries" list, so it is not the export expected; nothing was imported.'
)
NO_TEXT_IN_FIELD = '{where} has no text in its "{name}" field; nothing was imported.'
NOT_TRUE_OR_FALSE = '{where} has "{name}" that is neither true nor false; nothing was imported.'
NOT_A_LIST_OF_WORDS = '{where} has "{name}" that is not a list of words; nothing was imported.'
NOT_AN_ENTRY = "{where} is not an entry (a JSON object); nothing was imported."
NO_MARKDOWN_FILES = "{where} holds no .md or .txt files; nothing was imported."

# One entry in the list before an import (importing.py, markdown_folder.py).
PROBLEM_AT = "{where}: {said}."
EMPTY_SKIPPED = "{where} is empty, so it is skipped."
IN_FOLDER_NOT_READ = "In the folder, {place} {why}, so it was not read."
COULD_NOT_BE_READ_BECAUSE = "could not be read ({reason})"
STOPPED = "{said}; nothing was imported."

# A picture or file an entry names that cannot come along: the entry comes without it.
MEDIUM_NOT_IN_EXPORT = (
    "{where} names \u201c{name}\u201d, which is not in the export; the entry comes without it."
)
LINK_LEAVES_FOLDER = (
    "{where} links to \u201c{name}\u201d, outside the chosen folder, so it was not read; "
    "the entry comes without it."
)
ATTACHMENT_DAMAGED = (
    "{where}: \u201c{name}\u201d is damaged in the export, so it could not be read; "
    "the entry comes without it."
)
ATTACHMENT_WITHOUT_ENTRY = (
    "The export holds \u201c{name}\u201d for an entry it does not hold, so it was not brought."
)
MEDIUM_NOT_BROUGHT = "{where}: {said} The entry comes without it."
DAMAGED_IN_ZIP = (
    "\u201c{name}\u201d is damaged inside the zip, so it could not be read; nothing was attached."
)

# Our own Markdown export, brought back whole or not at all (importers/own_markdown.py).
OWN_MARKDOWN_DAMAGED = (
    "{what} is a TrustJournal export, but it is damaged near line {line}: a mark "
    "TrustJournal wrote in it for itself is missing, changed or out of order. Export it "
    "again and import that file; nothing was imported."
)
OWN_LINK_LEAVES = (
    "{where} links to \u201c{name}\u201d, outside the folder the export was written in, "
    "which TrustJournal never does. Export it again and import that file; nothing was "
    "imported."
)
OWN_FILE_NOT_BESIDE = (
    "{where}: {said} Put the folder of pictures and files beside the export back as it "
    "was written, and import again; nothing was imported."
)

# The import dialog's day for Markdown files without a date.
NOT_A_DAY = "'{text}' is not a day; write it as YYYY-MM-DD."


spoken(__name__)
