"""The capture key pair: made at creation and for older journals, its public half beside the
journal (0600, with the vault id) checked at every unlock, and renewed by a key change
while notes sealed to the old pair still open."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from inbox_kit import bodies, capture, note, opened, review
from testkit import PASSPHRASE

from trustjournal.core.errors import TrustJournalError
from trustjournal.core.vault.inbox import capture_key, sealing, texts
from trustjournal.core.vault.inbox.inbox import open_inbox
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.paths import VaultPaths
from trustjournal.core.vault.vault import Vault


def test_creating_a_journal_makes_the_pair(created_vault: tuple[Path, str]) -> None:
    folder, _code = created_vault
    paths = VaultPaths(folder)
    assert stat.S_IMODE(paths.capture_key.stat().st_mode) == 0o600
    document = json.loads(paths.capture_key.read_text())
    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        assert document["vault_id"] == vault.keyfile.vault_id
        assert capture_key.read_public_key(paths).public_key == capture_key.current_public_key(
            vault.database
        )
        assert not vault.capture_key_mended
    finally:
        vault.close()


def test_a_journal_made_before_sealed_notes_gets_a_pair_at_unlock(
    created_vault: tuple[Path, str],
) -> None:
    folder, _code = created_vault
    vault = Vault.unlock(folder, PASSPHRASE)
    vault.database.query("DELETE FROM capture_keys")
    vault.close()
    VaultPaths(folder).capture_key.unlink()
    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        assert capture_key.current_public_key(vault.database) is not None
        assert not vault.capture_key_mended  # a first pair is no news
    finally:
        vault.close()
    capture(folder)  # and notes can be sealed to it


@pytest.mark.parametrize("damage", ["empty", "truncated", "another journal", "missing"])
def test_a_changed_public_key_is_put_right_at_unlock_and_said(
    created_vault: tuple[Path, str], damage: str
) -> None:
    folder, _code = created_vault
    paths = VaultPaths(folder)
    good = paths.capture_key.read_bytes()
    _spoil(paths, damage)
    vault = Vault.unlock(folder, PASSPHRASE)
    vault.close()
    assert vault.capture_key_mended
    assert paths.capture_key.read_bytes() == good
    assert stat.S_IMODE(paths.capture_key.stat().st_mode) == 0o600


@pytest.mark.parametrize(
    ("damage", "sentence"),
    [
        ("empty", texts.KEY_UNUSABLE),
        ("truncated", texts.KEY_UNUSABLE),
        ("missing", texts.KEY_UNUSABLE),
        ("another journal", texts.KEY_OF_ANOTHER),
    ],
)
def test_capture_refuses_a_spoiled_public_key_and_writes_nothing(
    created_vault: tuple[Path, str], damage: str, sentence: str
) -> None:
    folder, _code = created_vault
    paths = VaultPaths(folder)
    _spoil(paths, damage)
    with pytest.raises(TrustJournalError) as refused:
        capture(folder)
    assert str(refused.value) == sentence
    assert not paths.inbox.exists() or list(paths.inbox.iterdir()) == []


def _spoil(paths: VaultPaths, damage: str) -> None:
    if damage == "empty":
        paths.capture_key.write_bytes(b"")
    elif damage == "truncated":
        paths.capture_key.write_bytes(paths.capture_key.read_bytes()[:60])
    elif damage == "missing":
        paths.capture_key.unlink()
    else:
        other = paths.folder.parent / "other"
        Vault.create(other, PASSPHRASE, params=FLOOR)[0].close()
        paths.capture_key.write_bytes(VaultPaths(other).capture_key.read_bytes())


def test_a_key_change_makes_a_new_pair_and_old_notes_still_open(
    created_vault: tuple[Path, str],
) -> None:
    folder, _code = created_vault
    paths = VaultPaths(folder)
    capture(folder, "sealed before the key change")
    before = paths.capture_key.read_bytes()
    vault = Vault.unlock(folder, PASSPHRASE)
    vault.rotate_key(PASSPHRASE)
    vault.close()
    assert paths.capture_key.read_bytes() != before
    capture(folder, "sealed after the key change")
    journal, notes = review(folder)
    try:
        intake = notes.open()
        assert sorted(n.note.text for n in intake.notes) == [
            "sealed after the key change",
            "sealed before the key change",
        ]
        notes.keep(intake.notes)
        assert bodies(journal) == ["sealed after the key change", "sealed before the key change"]
        # The inbox holds none sealed to the old pair: its private half is gone.
        assert len(capture_key.private_keys(journal.vault.database)) == 1
    finally:
        journal.close()


def test_a_note_sealed_to_a_retired_key_says_old_key(created_vault: tuple[Path, str]) -> None:
    folder, _code = created_vault
    paths = VaultPaths(folder)
    old = capture_key.read_public_key(paths)
    vault = Vault.unlock(folder, PASSPHRASE)
    vault.rotate_key(PASSPHRASE)
    vault.close()
    journal, notes = review(folder)
    notes.discard(notes.open().notes)  # retires the old private key: nothing needs it
    stale = sealing.seal(note("late"), old.public_key, old.vault_id)
    paths.inbox.mkdir(exist_ok=True)
    (paths.inbox / ("ab" * 16 + ".tjnote")).write_bytes(stale)
    try:
        intake = open_inbox(paths, journal.vault.database, journal.vault.keyfile.vault_id)
        assert [a.reason for a in intake.set_aside] == [texts.WHY_OLD_KEY]
    finally:
        journal.close()


def test_the_journal_opens_with_notes_waiting_while_another_process_held_it(
    created_vault: tuple[Path, str],
) -> None:
    """Decided: a note sealed while the journal is open waits for the next unlock."""
    folder, _code = created_vault
    journal = opened(folder)
    try:
        capture(folder, "written while the app was open")
        assert bodies(journal) == []
    finally:
        journal.close()
    journal, notes = review(folder)
    try:
        assert [n.note.text for n in notes.open().notes] == ["written while the app was open"]
    finally:
        journal.close()


def test_the_golden_journal_from_before_sealed_notes_gets_its_pair(tmp_path: Path) -> None:
    """A journal written by an older version (schema 6), migrated at its first unlock."""
    from golden_vault_kit import GOLDEN_PASSPHRASE, copy_of_golden_vault

    folder = copy_of_golden_vault(tmp_path / "golden")
    assert not VaultPaths(folder).capture_key.exists()
    vault = Vault.unlock(folder, GOLDEN_PASSPHRASE)
    vault.close()
    assert not vault.capture_key_mended
    capture(folder, "the first note of an old journal")
    vault = Vault.unlock(folder, GOLDEN_PASSPHRASE)
    try:
        intake = open_inbox(VaultPaths(folder), vault.database, vault.keyfile.vault_id)
        assert [n.note.text for n in intake.notes] == ["the first note of an old journal"]
    finally:
        vault.close()


def test_the_fingerprint_names_the_key_and_its_journal_in_four_groups() -> None:
    """What a capture window shows, so a person can see where a note goes: the same for
    the same key and journal, different when either differs, readable aloud."""
    key = bytes(range(sealing.PUBLIC_BYTES))
    fingerprint = capture_key.PublicKey("journal-a", key).fingerprint
    groups = fingerprint.split(" ")
    assert len(groups) == 4 and all(len(group) == 4 for group in groups)
    assert set("".join(groups)) <= set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")  # no I, L, O, U
    assert capture_key.PublicKey("journal-a", key).fingerprint == fingerprint
    assert capture_key.PublicKey("journal-b", key).fingerprint != fingerprint
    other = bytes(reversed(key))
    assert capture_key.PublicKey("journal-a", other).fingerprint != fingerprint
