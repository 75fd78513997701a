"""The words of "When it's hard" (docs/words.md): the place's paragraphs, the grounding
steps, the offer after a painful entry, the help in the hard-date dialog, and the question
after a visit from a trigger.

Written to be calm and plain: nothing here diagnoses, and the emergency line names no
country's number. Whole sentences with named placeholders; each counted sentence is a
function taking the count, so the translation work (issue 22) marks each once.
"""

from __future__ import annotations

from trustjournal.core.language.speaking import N_, _, spoken
from trustjournal.core.texts import counted

# The place itself (page.py).
INTRO = (
    "Something may be hard right now, or soon. There is no right way to do this: stay as "
    "long as you like, and take only what helps."
)
EMERGENCY = (
    "TrustJournal is not an emergency service. If you are in danger, or you might hurt "
    "yourself, please call your local emergency number now."
)
PROFESSIONAL = "A therapist or a helpline you trust can be with you in ways an app cannot."
CONTACTS_LOCKED = "Your own support contacts show here once your journal is open."
NO_CONTACTS = (
    "People you can reach when it is hard: a friend, your therapist, a helpline you trust."
)
NO_HARD_DATES = (
    "The day of discovery, and any day you mark, can have a plan written ahead, on a calmer day."
)
AFTER_TRIGGER = "You logged something painful a moment ago. Take your time here."

# The grounding exercise (grounding.py), one step a screen.
GROUNDING_STEPS: tuple[str, ...] = (
    N_(
        "Let your feet rest on the floor and feel it holding you. You are here, right now, "
        "and this moment is one you can get through."
    ),
    N_(
        "Look around slowly and name five things you can see. Small things count: a cup, "
        "a shadow, the colour of a wall."
    ),
    N_(
        "Notice four things you can touch or feel: your clothes, the chair under you, "
        "the air on your hands, something cool or warm."
    ),
    N_("Listen for three sounds. Near or far, loud or soft. Just let them be there."),
    N_("Find two things you can smell, or two smells you like and can remember."),
    N_("Notice one thing you can taste, or take a slow sip of water."),
    N_(
        "Take one more slow breath. Whatever you feel is allowed. You have been through "
        "hard moments before, and you made it through them. Well done for pausing."
    ),
)

# Offered after a painful entry or trigger (offer.py).
OFFER_TEXT = (
    "That sounds like it hurt a lot. Would a few calm minutes help? \u201cWhen it's hard\u201d "
    "has a breathing pacer, a grounding exercise and the people you can reach."
)

# The hard-date dialog (dialogs.py).
PLAN_HELP = (
    "Write this on a calmer day, for the day itself. A few words are enough, and every "
    "part can stay empty."
)
MOMENT_HELP = "This date follows its moment on the timeline; change the day there."


def helped_ask(minutes: int) -> str:
    """After a visit that began at a trigger: keep the time it took as minutes to calm?"""
    return counted(
        minutes,
        "You spent about 1 minute here. Keep that as the time it took to feel calmer?",
        "You spent about {count} minutes here. Keep that as the time it took to feel calmer?",
    )


# The hard date dialog's plan, as lines under the date (dialogs.py, page.py and Today).
PLAN_WILL_DO = "I will: {text}"
PLAN_CAN_REACH = "I can reach: {text}"
PLAN_FROM_PARTNER = "From my partner: {text}"
NO_PLAN_YET = "No plan written yet."
HARD_DATE_ROW = "{title} · {day}"
# A row's link to a screen reader: what it does, and to which contact or date.
ROW_ACTION = "{action}: {title}"
# The pacer (pacer.py): the rhythm's words and the seconds left of this part of a breath.
BREATH_NOW = "{what}  ·  {seconds}"
PACER_READY = "Choose a rhythm and press Start. Any key stops it."
# The breathing rhythms and their words, which core/journal/care/breathing.py names: marked
# here so they are extracted (tests/ui/trust/hard_days holds the two lists the same).
BREATHING_WORDS = (
    N_("Breathe in"),
    N_("Hold"),
    N_("Breathe out"),
    N_("Even and slow: in 4, out 4"),
    N_("A longer breath out: in 4, out 6"),
    N_("Square: in 4, hold 4, out 4, hold 4"),
)
OFFER_TITLE = "When it's hard"
OFFER_OPEN = "Open \u201cWhen it's hard\u201d"


def grounding_step(step: int) -> str:
    return _(GROUNDING_STEPS[step])


def breath_count(what: str, seconds: int) -> str:
    """The pacer under "Reduce motion": what to do and how long still, in words."""
    return counted(seconds, "{what}: 1 more second", "{what}: {count} more seconds", what=what)


spoken(__name__)
