"""The sealed note's bytes: they open to what was written, say little by their size, and
refuse to open when any byte changed or the context differs (decision 0006)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from inbox_kit import note

from trustjournal.core.vault.inbox import sealing

VAULT_ID = "0123456789abcdef0123456789abcdef"
PRIVATE, PUBLIC = sealing.new_key_pair()
SEALED = sealing.seal(note("the canary", mood=2, tags=("work",)), PUBLIC, VAULT_ID)


def test_a_sealed_note_opens_to_what_was_written() -> None:
    written = note("line one\nline two", mood=4, tags=("car", "3am"))
    opened = sealing.open_sealed(sealing.seal(written, PUBLIC, VAULT_ID), PRIVATE, VAULT_ID)
    assert opened == written
    assert opened.first_line == "line one"


def test_the_text_is_not_in_the_sealed_bytes() -> None:
    assert b"canary" not in SEALED and b"work" not in SEALED


@pytest.mark.parametrize(
    ("length", "size"), [(1, 1024), (900, 1024), (1200, 4096), (20_000, 65536)]
)
def test_notes_are_padded_to_steps(length: int, size: int) -> None:
    sealed = sealing.seal(note("x" * length), PUBLIC, VAULT_ID)
    assert len(sealed) == sealing.HEADER_BYTES + size + sealing.TAG_BYTES


def test_two_notes_of_one_step_have_the_same_size() -> None:
    short = sealing.seal(note("ok"), PUBLIC, VAULT_ID)
    longer = sealing.seal(note("a" * 700), PUBLIC, VAULT_ID)
    assert len(short) == len(longer)


def test_a_note_past_the_largest_step_is_refused() -> None:
    with pytest.raises(sealing.NoteTooLarge):
        sealing.seal(note("x" * 5_000_000), PUBLIC, VAULT_ID)


def test_the_largest_note_that_fits_opens() -> None:
    text = "x" * (sealing.MOST_NOTE_BYTES - 200)
    sealed = sealing.seal(note(text), PUBLIC, VAULT_ID)
    assert sealing.open_sealed(sealed, PRIVATE, VAULT_ID).text == text


def test_another_journals_id_does_not_open_it() -> None:
    with pytest.raises(sealing.NotANote) as refused:
        sealing.open_sealed(SEALED, PRIVATE, "another journal")
    assert refused.value.reason == sealing.TAMPERED


def test_another_private_key_does_not_open_it() -> None:
    other, _public = sealing.new_key_pair()
    with pytest.raises(sealing.NotANote):
        sealing.open_sealed(SEALED, other, VAULT_ID)


@pytest.mark.parametrize("keep", [0, 3, 40, 500, len(SEALED) - 1])
def test_a_truncated_note_says_so(keep: int) -> None:
    with pytest.raises(sealing.NotANote) as refused:
        sealing.open_sealed(SEALED[:keep], PRIVATE, VAULT_ID)
    assert refused.value.reason == sealing.TRUNCATED


def test_bytes_that_are_no_note_say_so() -> None:
    with pytest.raises(sealing.NotANote) as refused:
        sealing.open_sealed(b"%PDF-1.7" + bytes(2000), PRIVATE, VAULT_ID)
    assert refused.value.reason == sealing.NOT_OURS


def test_a_note_sealed_with_a_mood_out_of_range_does_not_open() -> None:
    forged = sealing.seal(note("x", mood=9), PUBLIC, VAULT_ID)
    with pytest.raises(sealing.NotANote):
        sealing.open_sealed(forged, PRIVATE, VAULT_ID)


@settings(max_examples=300, deadline=None)
@given(at=st.integers(min_value=0, max_value=len(SEALED) - 1), flip=st.integers(1, 255))
def test_any_byte_changed_refuses_to_open(at: int, flip: int) -> None:
    changed = bytearray(SEALED)
    changed[at] ^= flip
    with pytest.raises(sealing.NotANote):
        sealing.open_sealed(bytes(changed), PRIVATE, VAULT_ID)
