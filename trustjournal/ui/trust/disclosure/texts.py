"""The Disclosure page's words (docs/words.md): its cards' titles and hints. The warning,
what the delete says and every bad value's sentence are the core's
(core/journal/disclosure/texts.py). Short labels that belong to one widget stay beside it.
"""

from __future__ import annotations

from trustjournal.core.language.speaking import spoken

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

spoken(__name__)
