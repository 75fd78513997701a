"""How easy a passphrase would be to guess, judged by zxcvbn, with a kind hint."""

from __future__ import annotations

from dataclasses import dataclass

from trustjournal.core import texts
from trustjournal.core.errors import WeakPassphrase
from trustjournal.core.language.speaking import N_, _

MINIMUM_SCORE = 3  # zxcvbn's "safely unguessable: moderate protection from offline attacks"
_LABELS = (N_("Very weak"), N_("Weak"), N_("Fair"), N_("Strong"), N_("Very strong"))
_MAX_LENGTH = 200  # zxcvbn slows down on very long input; past this length it is long enough


@dataclass(frozen=True)
class Strength:
    score: int
    label: str
    hint: str

    @property
    def acceptable(self) -> bool:
        return self.score >= MINIMUM_SCORE


def strength(passphrase: str) -> Strength:
    if not passphrase:
        return Strength(0, _(_LABELS[0]), _("Choose a passphrase only you know."))
    # Loaded here, when a new passphrase is judged: its word lists took 0.03-0.05 s of
    # CPU at the start of every command and of the app, which only unlock.
    from zxcvbn import zxcvbn

    result = zxcvbn(passphrase[:_MAX_LENGTH])
    score = int(result["score"])
    feedback = result.get("feedback", {})
    hint = feedback.get("warning") or " ".join(feedback.get("suggestions", []))
    if score >= MINIMUM_SCORE:
        hint = _("This passphrase would be hard to guess.")
    elif not hint:
        hint = _("Add more words, ideally ones that do not belong together.")
    return Strength(score, _(_LABELS[score]), hint)


def require_strong(passphrase: str) -> None:
    verdict = strength(passphrase)
    if not verdict.acceptable:
        raise WeakPassphrase(texts.EASY_TO_GUESS_WHY.format(hint=verdict.hint))
