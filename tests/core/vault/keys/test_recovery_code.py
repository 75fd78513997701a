"""Recovery codes: enough entropy, easy to copy by hand, forgiving of the usual slips."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trustjournal.core.errors import WrongRecoveryCode
from trustjournal.core.vault.keys.recovery import (
    ALPHABET,
    CODE_BITS,
    new_recovery_code,
    normalise_code,
)


def test_a_code_is_eight_groups_of_four() -> None:
    assert re.fullmatch(r"([0-9A-Z]{4}-){7}[0-9A-Z]{4}", new_recovery_code())


def test_a_code_carries_at_least_128_random_bits() -> None:
    assert CODE_BITS >= 128
    assert len(ALPHABET) == 32
    codes = {new_recovery_code() for _ in range(200)}
    assert len(codes) == 200


def test_typing_slips_read_the_same() -> None:
    code = "ABCD-EFGH-0123-4567-89JK-MNPQ-RSTV-WXYZ"
    sloppy = " abcd efgh o123 4567 89jk mnpq rstv wxyz "
    assert normalise_code(sloppy) == normalise_code(code)
    assert normalise_code("ABCD-EFGH-I1L1-4567-89JK-MNPQ-RSTV-WXYZ") == normalise_code(
        "ABCD-EFGH-1111-4567-89JK-MNPQ-RSTV-WXYZ"
    )


@pytest.mark.parametrize("typed", ["", "ABCD", "ABCD-EFGH-0123-4567-89JK-MNPQ-RSTV-WXY!"])
def test_malformed_codes_are_refused_plainly(typed: str) -> None:
    with pytest.raises(WrongRecoveryCode, match="eight groups"):
        normalise_code(typed)


@given(st.text(max_size=60))
def test_any_text_is_a_code_or_a_plain_refusal(typed: str) -> None:
    try:
        compact = normalise_code(typed)
    except WrongRecoveryCode:
        return
    assert len(compact) == CODE_BITS // 5


@given(st.integers(min_value=0, max_value=200))
def test_fresh_codes_always_normalise(_: int) -> None:
    assert len(normalise_code(new_recovery_code())) == CODE_BITS // 5
