"""The words of "Check in together", written for this app: warm, plain, never a verdict.

The together room's texts module (docs/words.md): every screen of the check-in takes its
words from here, as whole sentences with named placeholders (`{name}`), so the
translation work (issue 22) marks each once.
"""

from __future__ import annotations

from trustjournal.core.language.speaking import N_, _, spoken
from trustjournal.core.records.together import NEEDS_MET_KEY

TITLE = "Check in together"
INTRO = (
    "A calm, private check-in for the two of you, at this computer. Nothing leaves it. "
    "Your journal stays locked away the whole time, and when you finish it asks for the "
    "passphrase again."
)
HOW_IT_WORKS = (
    N_("First a few appreciations and what went well this week, said together."),
    N_(
        "Then each of you answers a few short questions privately, in turn. "
        "The first answers are hidden before the computer is handed over."
    ),
    N_(
        "Then you look at both answers side by side, talk about at most one thing, "
        "and each answer one closing question for the other."
    ),
)
KINDLY = (
    N_("Answer for yourself, not for your partner."),
    N_("Speak from \u201cI\u201d: what you feel and what you need."),
    N_("Listen to understand, not to answer."),
    N_("Either of you can pause or stop at any time, for any reason."),
    N_("No score is a verdict. It is a starting point for a kind conversation."),
)
NAMES_HINT = "First names help the screens say whose turn it is. They are not saved."
OWNER_NAME = "Your first name (optional)"
PARTNER_NAME = "Your partner's first name (optional)"
OWNER_DEFAULT = "You"
PARTNER_DEFAULT = "Your partner"

APPRECIATIONS_TITLE = "Start with what is good"
APPRECIATIONS_TEXT = (
    "Take turns to say a few things you appreciated about each other this week. "
    "Writing them down is up to you."
)
APPRECIATIONS_LABEL = "{name}: what I appreciated this week"
WENT_WELL_LABEL = "What went well this week, together"

TURN_TITLE = "{name}, this turn is yours"
FIRST_TURN = "Your turn first"
PARTNER_TURN = "Now it is your partner's turn"
TURN_TEXT = (
    "Answer just for yourself. Anything can be skipped. "
    "Your answers are hidden before the computer is handed over."
)
NEEDS_QUESTION = "Are my needs being met?"
NEEDS_LABELS = {"yes": N_("Yes"), "partly": N_("Partly"), "no": N_("Not yet")}
SCORE_QUESTIONS = {
    "safety": N_("How safe do I feel with us right now?"),
    "honesty": N_("How open and honest do things feel?"),
    "closeness": N_("How close and connected do I feel?"),
    "affection": N_("How welcome does gentle, non-sexual touch feel?"),
    "communication": N_("How well can we talk and listen, even about hard things?"),
    "sexual": N_("How safe and trusting does our sexual relationship feel?"),
}
SKIP = "Skip"
HELPED_LABEL = "One thing that helped lately"
NEED_MORE_LABEL = "One thing I need more of"
DONE_TURN = "Done: hide my answers"

HANDOVER_TITLE = "Hand the computer to {name}"
HANDOVER_TEXT = (
    "Hand the computer to your partner; your answers are hidden. "
    "Neither of you sees the other's answers until both have finished."
)
HANDOVER_READY = "{name} is ready"
BOTH_DONE_TITLE = "You have both answered"
BOTH_DONE_TEXT = (
    "Sit together, and take a breath. When you are both ready, show your answers side by "
    "side. Different answers are normal; they show where to be curious, not who is right."
)
SHOW_BOTH = "Show our answers"

SIDE_BY_SIDE_TITLE = "Your answers, side by side"
SKIPPED = "skipped"
# A skipped slider's description for a screen reader: how to answer after all.
SKIPPED_DESCRIPTION = "Skipped. Move the slider or untick Skip to answer."
AGREE_TITLE = "Where you see things alike"
AGREE_NONE = "Nothing lined up closely this time, and that is all right."
DIFFER_TITLE = "Where you see things most differently"
DIFFER_NONE = "No large differences this time."
STARTERS_TITLE = "Ways to begin talking"
ROW_LABELS = {NEEDS_MET_KEY: N_("Needs met")}

TALK_TITLE = "One thing to talk about"
TALK_TEXT = "Choose at most one thing. One of you speaks, the other listens; then swap if you like."
TALK_LABEL = "The one thing (optional)"
SPEAKER_TITLE = "When you speak"
SPEAKER_REMINDERS = (
    N_("Speak from \u201cI\u201d: \u201cI feel\u2026 when\u2026 I need\u2026\u201d"),
    N_("Keep to this one thing."),
    N_("Pause when you need to."),
)
LISTENER_TITLE = "When you listen"
LISTENER_REMINDERS = (
    N_("Listen to understand, not to answer."),
    N_("No defending for now; your turn can come later."),
    N_("Reflect back what you heard: \u201cWhat I hear is\u2026\u201d"),
)
TRY_TITLE = "One small thing each of you wants to try"
TRY_LABEL = "{name}: something small I want to try"
MAKE_AGREEMENT = "Make it an agreement"
AGREEMENT_CHOSEN = "Will be added to your agreements when you save"
AGREEMENT_DETAILS = "From a check-in together."

CLOSING_TITLE = "A closing question"
CLOSING_QUESTION = "What could I do this week to help you feel cared for?"
CLOSING_TEXT = (
    "Ask each other, in turn. The one who is asked answers here, in their own words, so the "
    "other knows what would help."
)
CLOSING_LABEL = "{name}:"
CLOSING_PLACEHOLDER = "What would help me feel cared for this week"

FINISH_TITLE = "Keep this check-in?"
FINISH_TEXT = (
    "Saving keeps this check-in in this journal, each person's answers marked as theirs. "
    "Either way, the journal locks when you finish."
)
CONSENT_QUESTION = "{name}, may your answers appear in exports made for therapy?"
CONSENT_TO_PARTNER = "To the partner: may your answers appear in exports made for therapy?"
CONSENT_YES = "Yes, they may"
CONSENT_NO = "No, keep them out"
SAVE = "Save to the journal"
DISCARD = "Finish without saving"
SAVED_TITLE = "Saved"
SAVED_TEXT = "Thank you both for taking this time. The journal will lock when you close this."
STOPPED_TITLE = "Stopped"
STOPPED_TEXT = (
    "Nothing from this check-in was saved. Stopping is always all right. "
    "The journal will lock when you close this."
)
CLOSE = "Close"

PAUSE = "Pause"
STOP = "Stop"
UNSAFE = "I don't feel safe to continue"
PAUSED_TITLE = "Paused"
PAUSED_TEXT = (
    "Take the time you need. Nothing is shown until you continue, and nothing is saved "
    "unless you choose to save at the end."
)
CONTINUE = "Continue"
BREATHE = "Breathe and ground for a moment"

SUPPORT_TITLE = "You were right to stop"
SUPPORT_TEXT = (
    N_("Nothing from this check-in was saved, and no one can see the answers."),
    N_(
        "This app is not an emergency service. If you are in danger, call your local "
        "emergency number now."
    ),
    N_(
        "When you can, reach out to someone you trust: a friend, a family member, a counsellor "
        "or a support service you choose. You deserve to feel safe."
    ),
)
OWNER_CHECK_TITLE = "Before you begin"
OWNER_CHECK_TEXT = (
    "Only the journal's owner can start a check-in together. Type the passphrase; the "
    "journal then locks away until you finish."
)
OWNER_CHECK_START = "Start"


def turn_title(name: str, first: bool) -> str:
    """Whose turn it is, by name when one was given."""
    if name:
        return _(TURN_TITLE).format(name=name)
    return _(FIRST_TURN) if first else _(PARTNER_TURN)


def partner_called(name: str) -> str:
    return name or _("your partner")


def handover_title(name: str) -> str:
    return _(HANDOVER_TITLE).format(name=partner_called(name))


def handover_ready(name: str) -> str:
    called = partner_called(name)
    return _(HANDOVER_READY).format(name=called[0].upper() + called[1:])


def consent_question(name: str) -> str:
    return _(CONSENT_QUESTION).format(name=name) if name else _(CONSENT_TO_PARTNER)


# A score out of ten beside a slider and in the answers side by side.
SCORE_OF = "{score} of {most}"
# A needs-met choice to a screen reader: the question, then the answer.
NEEDS_CHOICE = "{question} {answer}"
CONSENT_CHOICE = "Therapy exports: {answer}"
# Where the two answers to "Are my needs being met?" differ, as a line side by side.
# One of the largest differences, with each person's answer (joined by "; " when more).
DIFFERENCE = "{what} ({first_name}: {first}, {second_name}: {second})"
SKIP_SPOKEN = "Skip {dimension}"  # a Skip tick box, to a screen reader


def said(items: tuple[str, ...]) -> list[str]:
    """Marked sentences (a list of reminders, the steps) in the language of the moment."""
    return [_(item) for item in items]


def needs_label(answer: str) -> str:
    return _(NEEDS_LABELS[answer])


def score_question(key: str) -> str:
    return _(SCORE_QUESTIONS[key])


spoken(__name__)
