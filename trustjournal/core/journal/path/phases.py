"""The two paths' phases and signposts as data, and the words each one reads as.

Ids never change once released (a checked signpost is kept by its id); the words are
read from the texts module when asked for, so they come in the chosen language.
"""

from __future__ import annotations

from trustjournal.core.journal.path import texts
from trustjournal.core.records.path import ALONE, PHASES_OF, TOGETHER, Signpost

# Who is writing (the prompts' role) says which path a journal starts on: either partner
# of a couple walks the path together; someone healing alone, or who has not said, the
# path on their own (whose phases suit anyone).
ROUTE_OF_ROLE: dict[str, str] = {"hurt": TOGETHER, "involved": TOGETHER}

_PHASE_WORDS: dict[str, tuple[str, str]] = {
    "atone": ("PHASE_ATONE", "ABOUT_ATONE"),
    "attune": ("PHASE_ATTUNE", "ABOUT_ATTUNE"),
    "attach": ("PHASE_ATTACH", "ABOUT_ATTACH"),
    "safety": ("PHASE_SAFETY", "ABOUT_SAFETY"),
    "grief": ("PHASE_GRIEF", "ABOUT_GRIEF"),
    "rebuilding": ("PHASE_REBUILDING", "ABOUT_REBUILDING"),
}

# Each phase's signposts: (id, the name of its sentence in texts), in the order shown.
_SIGNPOSTS: dict[str, tuple[tuple[str, str], ...]] = {
    "atone": (
        ("atone-contact-ended", "SIGN_ATONE_CONTACT_ENDED"),
        ("atone-questions-answered", "SIGN_ATONE_QUESTIONS"),
        ("atone-disclosure", "SIGN_ATONE_DISCLOSURE"),
        ("atone-no-new-discoveries", "SIGN_ATONE_NO_DISCOVERIES"),
        ("atone-hurt-heard", "SIGN_ATONE_HEARD"),
    ),
    "attune": (
        ("attune-no-flooding", "SIGN_ATTUNE_NO_FLOODING"),
        ("attune-fewer-triggers", "SIGN_ATTUNE_TRIGGERS"),
        ("attune-what-was-missing", "SIGN_ATTUNE_MISSING"),
        ("attune-turning-toward", "SIGN_ATTUNE_TURNING"),
        ("attune-repair", "SIGN_ATTUNE_REPAIR"),
    ),
    "attach": (
        ("attach-rituals", "SIGN_ATTACH_RITUALS"),
        ("attach-closeness", "SIGN_ATTACH_CLOSENESS"),
        ("attach-future", "SIGN_ATTACH_FUTURE"),
        ("attach-a-choice", "SIGN_ATTACH_CHOICE"),
    ),
    "safety": (
        ("safety-safe-place", "SIGN_SAFETY_PLACE"),
        ("safety-someone-to-call", "SIGN_SAFETY_PERSON"),
        ("safety-sleep-and-food", "SIGN_SAFETY_BASICS"),
        ("safety-calming", "SIGN_SAFETY_CALM"),
    ),
    "grief": (
        ("grief-losses-named", "SIGN_GRIEF_LOSSES"),
        ("grief-feeling-without-drowning", "SIGN_GRIEF_FEELING"),
        ("grief-my-story", "SIGN_GRIEF_STORY"),
        ("grief-not-my-fault", "SIGN_GRIEF_NOT_MY_FAULT"),
    ),
    "rebuilding": (
        ("rebuilding-own-life", "SIGN_REBUILDING_OWN_LIFE"),
        ("rebuilding-trusting-myself", "SIGN_REBUILDING_TRUST_SELF"),
        ("rebuilding-boundaries", "SIGN_REBUILDING_BOUNDARIES"),
        ("rebuilding-a-future", "SIGN_REBUILDING_FUTURE"),
    ),
}
_ROUTE_WORDS = {TOGETHER: "ROUTE_TOGETHER", ALONE: "ROUTE_ALONE"}


def route_of_role(role: str) -> str:
    return ROUTE_OF_ROLE.get(role, ALONE)


def route_of_phase(phase: str) -> str | None:
    return next((route for route, phases in PHASES_OF.items() if phase in phases), None)


def route_name(route: str) -> str:
    return str(getattr(texts, _ROUTE_WORDS[route]))


def phase_name(phase: str) -> str:
    return str(getattr(texts, _PHASE_WORDS[phase][0]))


def phase_explanation(phase: str) -> str:
    return str(getattr(texts, _PHASE_WORDS[phase][1]))


def signposts_of(route: str) -> tuple[Signpost, ...]:
    """Every signpost of `route`, phase by phase, in the chosen language."""
    return tuple(
        Signpost(id=sign_id, route=route, phase=phase, text=str(getattr(texts, words)))
        for phase in PHASES_OF[route]
        for sign_id, words in _SIGNPOSTS[phase]
    )


def route_of_signpost(signpost_id: str) -> str | None:
    for phase, signs in _SIGNPOSTS.items():
        if any(sign_id == signpost_id for sign_id, _ in signs):
            return route_of_phase(phase)
    return None


def signpost_text(signpost_id: str) -> str:
    words = next(w for signs in _SIGNPOSTS.values() for i, w in signs if i == signpost_id)
    return str(getattr(texts, words))
