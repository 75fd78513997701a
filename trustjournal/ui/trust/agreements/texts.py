"""The Agreements page's words (docs/words.md): the page, the table, each status and its
history line, and the dialog's help. Its counted sentence (agreements due) is in
`ui/trust/texts.py`. Short labels that belong to one widget stay beside it.
"""

from __future__ import annotations

from trustjournal.core.language.speaking import N_, _, spoken

# The Agreements page (agreements/page.py, model.py, dialog.py).
AGREEMENTS_EMPTY = (
    "No agreements yet. When you and your partner agree on something that helps trust "
    "grow, you can write it down here."
)
AGREEMENT_NOTHING_CHOSEN = (
    "Choose an agreement to see its details, its status and how it has changed."
)
AGREEMENT_REVIEW_NOTE = "Its review date has come: a good moment to talk about how it is going."
AGREEMENT_HELP = "Agreements work best in plain, kind words that you both understand the same way."
# What transparency is (the core's ABOUT_ARRANGEMENTS in two sentences: the details beside
# the list are narrow, and one long sentence in a longer language made them too wide).
OFFERED_NOT_TAKEN = (
    "Transparency is offered, not taken: an arrangement holds while both of you say yes to it."
)
ENDS_WHEN_NOT_CHOSEN = (
    "One that nobody chooses any more should end, and ending it is not a failure."
)
# Making a transparency arrangement (agreements/arrangement_form.py), and each yes beside it.
ARRANGEMENT_YES_HELP = (
    "Each yes is kept with its day. Until both of you have said yes, the arrangement "
    "waits; a yes can also be recorded later, beside the agreement."
)
MY_YES_ON = "You said yes on {day}."
MY_YES_NOT_YET = "You have not said yes yet."
PARTNER_YES_ON = "Your partner said yes on {day}."
PARTNER_YES_NOT_YET = "Your partner has not said yes yet."
AGREEMENT_MADE_ON = "Made on {made}"
AGREEMENT_MADE_AND_REVIEW = "Made on {made}, to look at again on {review}"
# The table's columns, and each status as a word and as a line of the history.
AGREEMENT_COLUMNS = (N_("Agreement"), N_("Status"), N_("Made"), N_("Review"))
AGREEMENT_STATUS_LABELS = {
    "active": N_("Active"),
    "revised": N_("Revised"),
    "retired": N_("Retired"),
}
AGREEMENT_HISTORY_LINES = {
    "active": N_("Made active on {day}"),
    "revised": N_("Revised on {day}"),
    "retired": N_("Retired on {day}"),
}
# A review that has come, said in the table's tooltip, to a screen reader, and in the cell.
REVIEW_DUE_TIP = "Review date {day}: time to look at it together"
REVIEW_DUE_SPOKEN = "{day}, time to look at it together"
REVIEW_DUE_CELL = "{day} (review)"
NO_REVIEW_DATE = "No date set"


def agreement_status(status: str) -> str:
    """A status as a person reads it; a status this version does not know, as stored."""
    known = AGREEMENT_STATUS_LABELS.get(status)
    return _(known) if known else status


def agreement_history_line(status: str, day: str) -> str:
    line = AGREEMENT_HISTORY_LINES.get(status)
    return _(line).format(day=day) if line else f"{status}: {day}"


spoken(__name__)
