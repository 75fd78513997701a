"""The Timeline's words (docs/words.md): the chart's tooltips, the zoom and the series it
shows, the moments under it and the trends beside, and the moment dialog. Its counted
tooltips are in `ui/trust/texts.py`.
"""

from __future__ import annotations

from trustjournal.core.language.speaking import N_, _, pgettext, spoken

# The Timeline (timeline/): the chart's tooltips, the moments under it, the trends beside.
TIP_CHECKIN_ON = "Check-in on {day}"
TIP_SCORE = "{dimension}: {score} of 10"
TIP_NEEDS = {
    "yes": N_("Needs met: yes"),
    "partly": N_("Needs met: partly"),
    "no": N_("Needs met: not yet"),
}
TIP_TOGETHER_ON = "Checked in together on {day}"
TOGETHER_WHOSE = {
    "together_owner": N_("Your answers"),
    "together_partner": N_("Your partner's answers"),
}
EVENT_ON_DAY = "{kind} on {day}"
NO_EVENTS = "No moments noted in this period. Add one whenever something matters to you."
EVENT_HEADERS = (N_("Day"), N_("Kind"), N_("Title"))
# A trigger's strength and minutes to calm, short enough for a table cell, after its title.
EVENT_STRENGTH = "{intensity} of 10"
EVENT_MINUTES = "{minutes} min"
EVENT_STRENGTH_AND_MINUTES = "{intensity} of 10, {minutes} min"
EVENT_TITLE_WITH_DETAILS = "{title} ({details})"
MOOD_ONE_TO_FIVE = "Mood (1 to 5)"
NO_TRIGGERS = "No triggers noted in this period."
TRENDS_NOTHING_YET = "Trends appear here once there are check-ins or moods in this period."
TREND_TIPS = (
    "",
    N_("The average in this view"),
    N_("Compared with the period of the same length just before"),
    N_("The moving average at the end of this view"),
)
TRIGGER_COLUMNS = (N_("Month"), N_("Triggers"), N_("Strength"), N_("Minutes"))
TRIGGER_TIPS = (
    "",
    N_("How many triggers you noted"),
    N_("Average strength, 0 to 10"),
    N_("Average minutes until calmer"),
)
CHANGE_FIRST = "first period"
CHANGE_SAME = "about the same"
CHANGE_UP = "up {change}"
CHANGE_DOWN = "down {change}"


def trend_columns() -> list[str]:
    """The trends table's headers. "Change" there is a noun (how much it moved), not the
    button that edits a contact, so it has a sense of its own (German „Veränderung“)."""
    return ["", _("Average"), pgettext("trend column", "Change"), _("Recent")]


def said(words: tuple[str, ...]) -> list[str]:
    """A row of marked words (table headers, their tips) in the language of the moment."""
    return [_(word) if word else "" for word in words]


TIMELINE_ZOOMS = {
    "month": N_("Month"),
    "quarter": N_("Quarter"),
    "year": N_("Year"),
    "all": N_("All"),
}
TIMELINE_ZOOM_TIPS = {
    "month": N_("Show a month"),
    "quarter": N_("Show a quarter"),
    "year": N_("Show a year"),
    "all": N_("Show everything"),
}
TIMELINE_MOOD = "Mood"
TIMELINE_TREND = "Trend"
TIMELINE_MOMENTS = "Moments"
# The questionnaire totals' tick box, and what shows under the tick boxes while it is on.
TIMELINE_SCORES = "Questionnaire totals"
SCORES_SCALE = (
    "Each questionnaire is a dotted line of its own, its range spread over the left scale "
    "from 0 to 10."
)
NO_SCORES = (
    "No questionnaire totals yet. A total your therapist gives you can be recorded with "
    "'trustjournal score add'."
)
SHOW_SERIES = "Show {series}"  # a series' tick box, to a screen reader
TIMELINE_RANGE = "{first} to {last}"
DELETE_MOMENT_QUESTION = "Delete this moment from your timeline?\n\n“{title}”"

# A moment on the timeline (timeline/event_dialog.py).
NOT_NOTED = "Not noted"
HARD_DATE_CHECK = "A hard date for me: plan for it in “When it's hard”"
TRIGGER_HELP = (
    "For a trigger, if you like, note how strong it felt and how long it took to feel "
    "calmer. Over time this can show triggers softening."
)
# After a number in a spin box: how strong, how long until calmer.
OF_TEN_SUFFIX = " of 10"
MINUTES_SUFFIX = " minutes"


spoken(__name__)
