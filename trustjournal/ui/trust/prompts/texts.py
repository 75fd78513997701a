"""The Prompts page's words (docs/words.md): whom a prompt is for and which phase, the
sentence under the filters (one whole sentence for each way they can be set), a row of
the list and the details beside it. The prompts themselves are content, not words here.
"""

from __future__ import annotations

from trustjournal.core.language.speaking import N_, _, spoken

# The Prompts page (prompts/page.py, dialog.py): whom a prompt is for and which phase,
# as a choice in a list and as words in a sentence.
PROMPT_ROLE_CHOICES = (
    (None, N_("Every prompt")),
    ("hurt", N_("For the partner who was hurt")),
    ("involved", N_("For the partner who broke trust")),
    ("individual", N_("For healing on your own")),
    ("any", N_("For anyone")),
)
PROMPT_AUDIENCE_WORDS = {
    "hurt": N_("for the partner who was hurt"),
    "involved": N_("for the partner who broke trust"),
    "individual": N_("for healing on your own"),
    "any": N_("for anyone"),
}
# The phases of the recovery path a prompt can be for (core/journal/path): the path
# together's three, then the path on one's own; the page follows the person's own phase.
PROMPT_PHASE_CHOICES = (
    (None, N_("Any phase")),
    ("atone", N_("Atone (together)")),
    ("attune", N_("Attune (together)")),
    ("attach", N_("Attach (together)")),
    ("safety", N_("Safety (on your own)")),
    ("grief", N_("Grief (on your own)")),
    ("rebuilding", N_("Rebuilding (on your own)")),
)
PROMPT_PHASE_WORDS = {
    "atone": N_("for the atone phase"),
    "attune": N_("for the attune phase"),
    "attach": N_("for the attach phase"),
    "safety": N_("for the safety phase"),
    "grief": N_("for the grief phase"),
    "rebuilding": N_("for the rebuilding phase"),
}
# What the filters show, one whole sentence for each way they can be set; {whom} and
# {stage} are the words above. "Settled": whom as Settings say, the phase as the path is.
PROMPTS_FILTER_NOTES = {
    (True, False, False): N_("Showing prompts {whom}."),
    (True, False, True): N_("Showing prompts {whom}, as you chose in Settings."),
    (False, True, False): N_("Showing prompts {stage} (with the ones for any phase)."),
    (False, True, True): N_(
        "Showing prompts {stage} (with the ones for any phase), where your path is now."
    ),
    (True, True, False): N_("Showing prompts {whom} and {stage} (with the ones for any phase)."),
    (True, True, True): N_(
        "Showing prompts {whom} and {stage} (with the ones for any phase), as you chose in "
        "Settings and where your path is now."
    ),
}
PROMPTS_FILTER_NOTE_ALL = (
    "Showing every prompt. In Settings you can say who is writing and roughly where you "
    "are, and this page will follow."
)
PROMPTS_FILTER_NOTE_EVERY = (  # every prompt shown after Settings said whom: some are for others
    "Showing every prompt. Those written for someone else say whom they are for."
)
PROMPTS_NOTHING_FOUND = "No prompts match. Try other words, or another theme."
PROMPT_NOT_YET = "You have not written from this prompt yet."
PROMPT_WRITTEN_ON = "You wrote from it on {day}."
PROMPT_REMOVE_QUESTION = (
    "Remove this prompt of yours?\n\nWhat you wrote from it stays in your journal."
)
# A row of the list: the prompt, a line for whom when not the person, a line when written.
PROMPT_ROW_OWN = "Yours · {prompt}"
PROMPT_ROW_FOR = "({whom})"
PROMPT_ROW_WRITTEN = "✓ Written {day}"
PROMPT_ROW_WRITTEN_SPOKEN = "answered: Written {day}"
# The details' line under a prompt: whose it is, and its theme.
PROMPT_META_OWN = "Your own prompt"
PROMPT_META_OWN_THEME = "Your own prompt · {theme}"
PROMPT_META = "A prompt {whom}"
PROMPT_META_THEME = "A prompt {whom} · {theme}"


def prompt_audience(audience: str) -> str:
    return _(PROMPT_AUDIENCE_WORDS[audience])


def prompts_filter_note(role: str | None, phase: str | None, from_settings: bool) -> str:
    """The sentence under the filters once whom or which phase is chosen."""
    note = _(PROMPTS_FILTER_NOTES[(role is not None, phase is not None, from_settings)])
    whom = prompt_audience(role) if role is not None else ""
    stage = _(PROMPT_PHASE_WORDS[phase]) if phase is not None else ""
    return note.format(whom=whom, stage=stage)


def prompt_meta(own: bool, audience: str, theme: str) -> str:
    if own:
        return _(PROMPT_META_OWN_THEME).format(theme=theme) if theme else _(PROMPT_META_OWN)
    whom = prompt_audience(audience)
    if theme:
        return _(PROMPT_META_THEME).format(whom=whom, theme=theme)
    return _(PROMPT_META).format(whom=whom)


spoken(__name__)
