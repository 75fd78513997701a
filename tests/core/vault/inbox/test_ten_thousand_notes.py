"""10,000 notes waiting: counted by name without opening, all opened and kept in one review."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest
from inbox_kit import note, review

from trustjournal.core.vault.inbox import capture_key, inbox, sealing
from trustjournal.core.vault.inbox import texts as inbox_texts
from trustjournal.core.vault.paths import VaultPaths

MANY = 10_000


def plant_notes(folder: Path, count: int) -> None:
    """`count` sealed notes, as capture writes them but without a sync each (test speed)."""
    paths = VaultPaths(folder)
    key = capture_key.read_public_key(paths)
    paths.inbox.mkdir(mode=0o700, exist_ok=True)
    for number in range(count):
        sealed = sealing.seal(note(f"note {number}"), key.public_key, key.vault_id)
        (paths.inbox / (secrets.token_hex(16) + inbox.SUFFIX)).write_bytes(sealed)


@pytest.mark.slow
def test_ten_thousand_waiting_notes_are_counted_opened_and_kept(
    created_vault: tuple[Path, str],
) -> None:
    folder, _code = created_vault
    plant_notes(folder, MANY)
    assert len(inbox.waiting_names(folder)) == MANY
    assert "10000 notes" in inbox_texts.notes_wait(MANY)
    journal, notes = review(folder)
    try:
        intake = notes.open()
        assert len(intake.notes) == MANY and intake.set_aside == ()
        notes.keep(intake.notes)
        assert journal.count() == MANY
        assert inbox.waiting_names(folder) == []
    finally:
        journal.close()
