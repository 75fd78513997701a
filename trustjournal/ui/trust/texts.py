"""The trust rooms' words (docs/words.md): the guided check-in's questions and notes, and
the sentences that count something, one function per message taking the count, so the
translation work (issue 22) marks each once; sentences shared by more than one trust room
belong here too. "Check in together"
and "When it's hard" keep their many words in their own `together/texts.py` and
`hard_days/texts.py`. Short labels that belong to one widget stay beside it.
"""

from __future__ import annotations

import datetime as dt

from trustjournal.core.language.speaking import N_, _, spoken
from trustjournal.core.texts import counted
from trustjournal.ui.widgets.dates import number, weekday_day_and_month

# The guided check-in (checkin_dialog.py): what each part of trust asks, for anyone and
# then as the person's role words it, and the kind notes of its summary.
EXPLANATIONS = {
    "safety": N_("How safe and secure do you feel, in your relationship and at home, right now?"),
    "honesty": N_(
        "How open and truthful do things feel: being told things, and being able to ask?"
    ),
    "communication": N_("How well can you talk and listen to each other, even about hard things?"),
    "respect": N_("How respected and valued do you feel in the way you are treated?"),
    "closeness": N_("How emotionally close and connected do you feel?"),
    "affection": N_(
        "How welcome does gentle, non-sexual touch feel: a hug, holding hands, cuddling?"
    ),
    "sexual": N_(
        "How safe and trusting does your sexual relationship feel? Skipping this is fine."
    ),
    "overall": N_("Taking everything together, how does trust feel today?"),
}
# The same questions in the words of whoever is writing (the role chosen at onboarding or in
# Settings); anything not listed here keeps the words above.
EXPLANATIONS_BY_ROLE = {
    "involved": {
        "safety": N_(
            "How safe and steady does your relationship feel, for both of you, right now?"
        ),
        "honesty": N_(
            "How open and truthful are you being: offering things before being asked, "
            "and answering fully when asked?"
        ),
        "overall": N_("Taking everything together, how does the trust between you feel today?"),
    },
    "individual": {
        "safety": N_("How safe and secure do you feel in your life and at home, right now?"),
        "honesty": N_(
            "How much can you trust what the people close to you say, and your own sense of things?"
        ),
        "communication": N_(
            "How well can you say what you need, and be heard by people close to you?"
        ),
        "respect": N_("How respected and valued do you feel, by others and by yourself?"),
        "closeness": N_("How connected do you feel to people who are good for you?"),
        "affection": N_(
            "How welcome does gentle, safe touch feel: a hug from a friend, a held hand?"
        ),
        "sexual": N_("How safe does your sexuality feel to you right now? Skipping this is fine."),
        "overall": N_("Taking everything together, how does trusting others feel today?"),
    },
}


def explanation(name: str, role: str) -> str:
    return _(EXPLANATIONS_BY_ROLE.get(role, {}).get(name, EXPLANATIONS[name]))


# A score slider's name for screen readers, in the check-in and in "Check in together".
SCALE_NAME = "{dimension}, from 0 (not at all) to 10 (fully)"


def scale_name(dimension: str) -> str:
    return _(SCALE_NAME).format(dimension=dimension)


FIRST_TIME = "This is your first check-in. Thank you for taking the time to notice how you are."
LOWER_NOTE = (
    "Some answers are lower than last time. Ups and downs are part of rebuilding trust; "
    "they are not a failure."
)
SKIP_NOTE = "Skipped, and that is fine."
NOT_ANSWERED = "Not answered yet: move the slider, or skip this one."


# The agreements page's banner (agreements/page.py).
def agreements_due(count: int) -> str:
    return counted(
        count,
        "One agreement is ready to be looked at again together, whenever you are both ready.",
        "{count} agreements are ready to be looked at again together, whenever you are both ready.",
    )


def prompts_found(count: int) -> str:
    """How many prompts the prompts page lists."""
    return counted(count, "1 prompt", "{count} prompts")


def mood_on_day(day: str, mood: float, label: str, count: int) -> str:
    """The timeline's tooltip for a day's mood."""
    return counted(
        count,
        "Mood on {day}: {mood} of 5 ({label}), 1 entry",
        "Mood on {day}: {mood} of 5 ({label}), {count} entries",
        day=day,
        mood=number(mood),
        label=label,
    )


def together_average(whose: str, value: float, count: int) -> str:
    """The timeline's tooltip line for one person's answers in a check-in done together."""
    return counted(
        count,
        "{whose}: {value} of 10 on average ({count} question)",
        "{whose}: {value} of 10 on average ({count} questions)",
        whose=whose,
        value=number(value),
    )


# Today (today/page.py and today/care.py): the days since the discovery, and the care
# words around a hard date's anniversary.
def days_since_discovery(days: int) -> str:
    return counted(
        days,
        "{count} day since the discovery. Healing keeps its own pace; be gentle with yourself.",
        "{count} days since the discovery. Healing keeps its own pace; be gentle with yourself.",
    )


def years_ago_today(years: int, title: str) -> str:
    return counted(
        years,
        "{title}: a year ago today. Whatever you feel today is allowed.",
        "{title}: {count} years ago today. Whatever you feel today is allowed.",
        title=title,
    )


def years_on(years: int, title: str, when: str) -> str:
    """`when` is `day_ahead`'s words: "tomorrow", "on Friday 20 March"."""
    return counted(
        years,
        "{title}: a year on, {when}. Days like this can bring a lot back; "
        "it is all right to go gently.",
        "{title}: {count} years on, {when}. Days like this can bring a lot back; "
        "it is all right to go gently.",
        title=title,
        when=when,
    )


def day_ahead(days: int, day: dt.date) -> str:
    """When a hard date comes: a day ahead is tomorrow, later ones are named."""
    return counted(days, "tomorrow", "on {day}", day=weekday_day_and_month(day))


# The guided check-in's steps and summary (checkin_dialog.py).
STEP_OF = "Step {number} of {count}"
SCORE_OF_TEN = "{score} of 10"
NEEDS_LABELS = {"yes": N_("Yes"), "partly": N_("Partly"), "no": N_("Not yet")}
COMPARED_WITH = "Compared with your check-in on {day}:"
SUMMARY_SKIPPED = "{dimension}: skipped, and that is fine."
SUMMARY_SCORE = "{dimension}: {score}"
SUMMARY_SAME = "{dimension}: {score}, the same as last time"
SUMMARY_NEEDS = "Are my needs being met? {answer}"
SUMMARY_NEEDS_SKIPPED = "Are my needs being met? Skipped, and that is fine."
SUMMARY_NOTE = "Your note: {note}"


def needs_label(answer: str) -> str:
    return _(NEEDS_LABELS[answer])


def summary_change(dimension: str, score: int, before: int) -> str:
    """A score against the last check-in's, higher or lower by how much."""
    change = score - before
    if change > 0:
        return counted(
            change,
            "{dimension}: {score}, 1 higher than last time ({before})",
            "{dimension}: {score}, {count} higher than last time ({before})",
            dimension=dimension,
            score=score,
            before=before,
        )
    return counted(
        -change,
        "{dimension}: {score}, 1 lower than last time ({before})",
        "{dimension}: {score}, {count} lower than last time ({before})",
        dimension=dimension,
        score=score,
        before=before,
    )


spoken(__name__)
