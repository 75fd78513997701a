"""The journal room's words (docs/words.md): the editor's privacy choices and what it says
about saving and withheld passages, the list's empty states and its rows as a screen reader
hears them, the calendar's days, and the sentences that count something (one function per
message taking the count). Short labels that belong to one widget stay beside it.
"""

from __future__ import annotations

from trustjournal.core.language.speaking import spoken
from trustjournal.core.texts import counted


def word_count(words: int) -> str:
    """Under the editor: how long the entry is."""
    return counted(words, "1 word", "{count} words")


def attachments_mark(count: int) -> str:
    """A row of the list (and what a screen reader says of it): the entry's pictures and files."""
    return counted(count, "1 attachment", "{count} attachments")


def entries_deleted(count: int) -> str:
    """The undo bar after deleting entries."""
    return counted(count, "Entry deleted.", "{count} entries deleted.")


# The editor's privacy choices (editor/entry_editor.py), and the paragraph its "?" shows.
PRIVATE_NAME = "Private entry"
DISCUSS_NAME = "Bring to therapy"
WITHHOLD_NAME = "Keep words out of exports"
# The details' tab when the editor is narrow; the short name when the whole one leaves the
# three tabs no room (200 % text), the whole one still in its tooltip.
DETAILS_TAB = "Feelings and tags"
DETAILS_TAB_SHORT = "Feelings"
PRIVATE_HELP = "The whole entry stays out of exports unless you choose to include it."
DISCUSS_HELP = "Marks this entry to talk about in therapy; an export can show just these."
PRIVACY_EXPLAINED = (
    "Private entry: the whole entry stays out of exports unless you choose to include it. "
    "Bring to therapy: marks it to talk about in therapy; an export can show just these. "
    "Keep words out of exports (below the text): the words you select stay in your journal, "
    "and every export shows “[passage withheld]” in their place. "
    "Nothing here changes who can open the journal: only your passphrase does."
)
WITHHOLD_TIP = "Marks the selected text so every export shows [passage withheld] instead ({keys})"
# What the editor says under the text.
SELECT_FIRST = "Select the words to keep out of exports first."
SHARED_AGAIN = "These words will be in exports again."
KEPT_OUT = "Kept out of exports: they show as [passage withheld]."
NOT_SAVED = "Not saved: {reason}"
SAVED = "Saved"
EDITING = "Editing…"

WITHHELD_TIP = "Kept out of exports: every export shows [passage withheld] here"
# The mood steps (editor/mood.py), to a screen reader and as a tooltip; {label} is the
# mood's word.
MOOD_STEP_SPOKEN = "Mood {mood}: {label}"
MOOD_STEP_TIP = "Mood {mood} of 5: {label} (press {mood})"
# The emotion chips (editor/emotions.py), to a screen reader; {name} is the emotion.
EMOTION_FAMILY = "{family} emotions"
EMOTION_CHIP = "Emotion: {name}"
EMOTION_OFTEN = "Often felt: {name}"
EMOTION_REMOVE = "Remove {name}"

# A row of the entry list (entry_model.py, delegate.py, mood_style.py), as shown and as a
# screen reader says it, in parts joined by ". "; {label} is the mood's word.
UNTITLED = "Untitled entry"
PRIVATE_MARK = "Private"
SPOKEN_PRIVATE = "private"
SPOKEN_FEELING = "feeling {emotions}"
NO_MOOD = "no mood noted"
MOOD_WORDS = "mood {mood} of 5, {label}"

# A day of the calendar (calendar.py), to a screen reader and as a tooltip.
DAY_NO_ENTRIES = "{day}: no entries"
DAY_MOODS_FROM = "{day}: moods from {low} to {high} of 5"
DAY_MOOD = "{day}: {mood}"

# The filters (filters.py): an emotion with its family, and a mood with its word.
EMOTION_IN_FAMILY = "{emotion}  ({family})"
MOOD_CHOICE = "{mood} · {label}"

# The list's empty states and the question before deleting (page.py).
EMPTY_JOURNAL = "Nothing written yet.\nPress Ctrl+N whenever you are ready to write."
NOTHING_MATCHES = "No entries match.\nTry fewer words, or clear the filters."
DELETE_QUESTION = (
    "Delete this entry?\n\nYou can bring it back with Undo until you close or lock TrustJournal."
)


spoken(__name__)
