"""The Disclosure page's words (docs/words.md): its cards' titles and hints. The warning,
what the delete says and every bad value's sentence are the core's
(core/journal/disclosure/texts.py). Short labels that belong to one widget stay beside it.
"""

from __future__ import annotations

from trustjournal.core.language.speaking import spoken
from trustjournal.core.texts import counted


def letters_deleted(count: int) -> str:
    """The line beside Undo after deleting letters."""
    return counted(count, "Letter deleted.", "{count} letters deleted.")


QUESTIONS_TITLE = "Questions to ask"
QUESTIONS_HINT = (
    "Park a question for the disclosure or a therapy session, and mark how far it has "
    "been answered."
)
TOPICS_TITLE = "No details, please"
TOPICS_HINT = (
    "Topics you would rather not hear details of, as a list to bring to the session. "
    "If your partner shared theirs with you, type them in and tick “From my partner's list”."
)
DAYS_TITLE = "Days"
DAYS_HINT = "The day a disclosure is planned for, the day it was held, and a private note after."
LEDGER_TITLE = "What was told when"
LEDGER_HINT = (
    "A sentence or two for each time something came out, and whether it was new. This "
    "shows the pieces without retelling the details."
)
CHECKLIST_TITLE = "Preparing (for the partner who broke trust)"
CHECKLIST_HINT = "Steps to prepare, facts only."
DELETE_TITLE = "Delete the preparation notes?"
# Unsent letters (letters.py, letter_dialog.py).
LETTERS_TITLE = "Unsent letters"
LETTERS_ABOUT = (
    "An unsent letter is a place to say everything, in your own words, without having to "
    "send it: what this did to you, what you want to make right, or what you want to say to "
    "yourself. It stays here as a draft. It goes into an export only if you choose that "
    "letter, and it never shows on the lock screen or in a reminder."
)
LETTERS_EMPTY = "No letters yet. Choose a kind of letter and start one when you are ready."
LETTER_HELP = (
    "Write as much or as little as you like, and come back to it whenever you want. "
    "Nobody receives this letter unless you decide to share it."
)
LETTER_DELETE_QUESTION = (
    "Delete this letter?\n\nYou can bring it back with Undo until you close or lock TrustJournal."
)
UNTITLED = "Untitled"
LETTER_ROW = "{kind}: {title} ({day})"

spoken(__name__)
