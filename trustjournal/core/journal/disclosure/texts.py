"""The words of the disclosure workspace, the letters and transparency arrangements
(docs/words.md): the warning before anyone writes, what "Delete the preparation notes"
did and cannot do, the names of things, and the sentence each bad value gets. Plain and
warm; nothing pushes toward telling or staying. The module ends with `spoken(__name__)`.
"""

from __future__ import annotations

from trustjournal.core.language.speaking import spoken
from trustjournal.core.texts import counted


def notes_deleted(count: int) -> str:
    """What "Delete the preparation notes" removed, counted."""
    return counted(count, "Deleted 1 preparation note.", "Deleted {count} preparation notes.")


# Shown before anyone writes in the workspace.
WARNING = (
    "Before you write anything here: a full written disclosure kept on a computer is a "
    "risk. It can be found, it can come up in legal matters, and children can come across "
    "it. Many therapists keep the disclosure itself in the session and destroy what was "
    "written afterwards. This space is for preparing: questions, topics, days, and a "
    "sentence or two of what was told."
)
# What "Delete the preparation notes" says it removes, and what it cannot.
DELETE_EXPLAINED = (
    "This deletes the preparation checklist, the topics typed in from your partner's "
    "list and the disclosure letter drafts, from the journal and its search, and from "
    "every backup made from now on. Backups made before today still hold them until they "
    "rotate out; delete those files yourself if you need them gone sooner."
)
NOTHING_TO_DELETE = "There were no preparation notes to delete."
EARLIER_BACKUPS_KEEP = (
    "Backups made before now still hold them until they rotate out; delete those files "
    "yourself if you need them gone sooner."
)
# What transparency is, said wherever arrangements are.
ABOUT_ARRANGEMENTS = (
    "Transparency is offered, not taken: an arrangement holds while both of you say yes "
    "to it. One that nobody chooses any more should end, and ending it is not a failure."
)
REVIEW_QUESTION = "Is this arrangement still wanted, by both of you?"

# How far a question is answered.
QUESTION_OPEN = "Still open"
QUESTION_PARTLY = "Partly answered"
QUESTION_ANSWERED = "Answered"

# Kinds of letter.
LETTER_IMPACT = "Impact letter"
LETTER_AMENDS = "Amends or restitution letter"
LETTER_SELF = "A letter to yourself"
LETTER_DISCLOSURE = "Disclosure letter draft"

# Kinds of transparency arrangement.
ARRANGEMENT_LOCATION = "Location sharing"
ARRANGEMENT_PHONE = "Phone openness"
ARRANGEMENT_CALLS = "Daily check-in calls"
ARRANGEMENT_PASSWORDS = "Passwords shared"

# Where an arrangement stands, after its kind's name.
ARRANGEMENT_SUMMARY = "{name}: {state}"
STATE_WAITING = "Waiting for a yes from both of you"
STATE_NOT_YET = "Starts on {day}"
STATE_RUNNING = "Runs until {day}"
STATE_PAUSED = "Paused since {day}"
STATE_ENDED = "Ended on {day}"

# Bad values: one plain sentence each, and nothing stored.
NEEDS_WORDS = "{what} needs a few words. Nothing was stored."
WHAT_QUESTION = "A question"
WHAT_TOPIC = "A topic"
WHAT_STEP = "A step of the checklist"
WHAT_TOLD = "What was told"
TOLD_TOO_LONG = (
    "Keep what was told to a sentence or two (at most {limit} characters): the ledger "
    "says what was told and when, not the details. Nothing was stored."
)
HELD_NOT_YET = "A disclosure cannot be held on a day that has not come yet. Nothing was stored."
NEEDS_AN_END = (
    "An arrangement needs an end: the day it ends, or how many days it runs. Nothing was stored."
)
END_AND_LENGTH = "Give the day it ends or how many days it runs, not both. Nothing was stored."
LENGTH_RANGE = "An arrangement runs from 1 to {most} days. Nothing was stored."
ENDS_BEFORE_START = "An arrangement cannot end before it starts. Nothing was stored."
STARTS_BEFORE_FIRST = (
    "An arrangement cannot start before your journal's first day ({first}). Nothing was stored."
)
NOT_AN_ARRANGEMENT = "Agreement {id} is not a transparency arrangement."
ALREADY_AN_ARRANGEMENT = "This agreement is already a transparency arrangement. Nothing was stored."
ALREADY_ENDED = "This arrangement ended on {day}; make a new one if you both want it again."
KEEP_NEEDS_REVIEW = "To keep an arrangement, give the day to look at it again. Nothing was stored."

spoken(__name__)
