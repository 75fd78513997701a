"""How strong a protected PDF's password is: the passphrase's zxcvbn hint, a lower bar.

A protected PDF can be tried offline as fast as a computer can, so a password a
person could guess in minutes protects nothing. The journal's passphrase must be
"Strong"; a PDF password must be at least "Fair" (a one-word or one-character
password is refused), since it guards one export for a while, not the journal.
"""

from __future__ import annotations

from trustjournal.core.errors import InvalidInput
from trustjournal.core.exchange.texts import export as texts
from trustjournal.core.vault.keys.strength import Strength, strength

MINIMUM_PDF_SCORE = 2  # zxcvbn's "somewhat guessable": refuses "Very weak" and "Weak"


class WeakPdfPassword(InvalidInput):
    """The password for a protected PDF would be easy to guess."""


def pdf_password_strength(password: str) -> Strength:
    """The same verdict and hint as for the passphrase."""
    return strength(password)


def acceptable_pdf_password(password: str) -> bool:
    return bool(password) and strength(password).score >= MINIMUM_PDF_SCORE


def require_pdf_password(password: str) -> None:
    """Refuse an empty password or one of the weakest, in one sentence saying what to do."""
    if not password:
        raise WeakPdfPassword(texts.EMPTY_PDF_LOCK)
    verdict = strength(password)
    if verdict.score < MINIMUM_PDF_SCORE:
        raise WeakPdfPassword(texts.EASY_PDF_LOCK.format(hint=verdict.hint.rstrip(".")))
