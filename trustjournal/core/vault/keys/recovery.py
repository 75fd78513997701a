"""Recovery codes: 160 random bits written as eight groups of four characters.

The alphabet is Crockford's base 32 (no I, L, O or U), so a code copied by
hand survives the usual slips: lower case, 0 for O, 1 for I or L, and any
spaces or dashes between groups are all read the same way.
"""

from __future__ import annotations

import secrets

from trustjournal.core import texts
from trustjournal.core.errors import WrongRecoveryCode

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_BITS = 160
GROUP_SIZE = 4
_CODE_LENGTH = CODE_BITS // 5
_READ_AS = {"O": "0", "I": "1", "L": "1"}


def new_recovery_code() -> str:
    """A fresh code, formatted for showing once: ``ABCD-EFGH-…`` (8 groups)."""
    value = secrets.randbits(CODE_BITS)
    chars = [ALPHABET[(value >> (5 * i)) & 31] for i in range(_CODE_LENGTH)]
    return format_code("".join(reversed(chars)))


def format_code(compact: str) -> str:
    groups = [compact[i : i + GROUP_SIZE] for i in range(0, len(compact), GROUP_SIZE)]
    return "-".join(groups)


def normalise_code(typed: str) -> bytes:
    """The canonical bytes of a code as typed by a person, or WrongRecoveryCode."""
    compact = "".join(ch for ch in typed.upper() if ch not in " -\t\r\n")
    compact = "".join(_READ_AS.get(ch, ch) for ch in compact)
    if len(compact) != _CODE_LENGTH or any(ch not in ALPHABET for ch in compact):
        raise WrongRecoveryCode(texts.RECOVERY_CODE_SHAPE)
    return compact.encode("ascii")
