"""Attachments live inside the encrypted database (decision 0007): nothing of them is
readable on disk, and backup, restore, a key change and doctor carry them as entries."""

from __future__ import annotations

import datetime as dt
import io
import uuid
from pathlib import Path

from golden_vault_kit import GOLDEN_PASSPHRASE, copy_of_golden_vault
from PIL import Image
from testkit import PASSPHRASE, files_containing

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft, EntryFilter
from trustjournal.core.vault import doctor
from trustjournal.core.vault.backup.making import make_backup
from trustjournal.core.vault.backup.restore import restore_backup
from trustjournal.core.vault.paths import VaultPaths
from trustjournal.core.vault.vault import Vault

NOW = dt.datetime(2026, 3, 14, 9, 30, tzinfo=dt.UTC)


def _picture_bytes() -> bytes:
    """A PNG with noisy pixels, so a slice of it is unlike anything else on disk."""
    picture = Image.effect_noise((64, 64), 90).convert("RGB")
    out = io.BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()


def _with_attachments(journal: Journal, canary: str) -> tuple[int, int]:
    entry_id = journal.add_entry(EntryDraft(day=dt.date(2026, 3, 1), body="kept")).id
    text = journal.attachments.attach_bytes(entry_id, f"letter {canary} end".encode(), "l.txt")
    picture = journal.attachments.attach_bytes(entry_id, _picture_bytes(), "noise.png")
    return text.id, picture.id


def test_no_canary_and_no_picture_bytes_are_readable_on_disk(
    journal: Journal, data_dir: Path
) -> None:
    canary = f"canary{uuid.uuid4().hex}"
    _text_id, picture_id = _with_attachments(journal, canary)
    kept = journal.attachments.content(picture_id)
    middle = kept[len(kept) // 2 : len(kept) // 2 + 48]
    journal.close()
    assert files_containing(canary, [data_dir]) == []
    assert all(middle not in path.read_bytes() for path in data_dir.rglob("*") if path.is_file())


def test_backup_restore_and_a_key_change_carry_attachments_whole(
    journal: Journal, data_dir: Path, tmp_path: Path
) -> None:
    canary = f"canary{uuid.uuid4().hex}"
    text_id, picture_id = _with_attachments(journal, canary)
    before = {i: journal.attachments.content(i) for i in (text_id, picture_id)}
    journal.vault.rotate_key(PASSPHRASE)
    assert {i: journal.attachments.content(i) for i in before} == before
    backup = make_backup(journal.vault, tmp_path / "drive", NOW)
    journal.close()
    assert files_containing(canary, [tmp_path / "drive", data_dir]) == []
    restore_backup(backup, tmp_path / "restored", PASSPHRASE, NOW)
    restored = Journal(Vault.unlock(tmp_path / "restored", PASSPHRASE), clock=ManualClock(NOW))
    try:
        assert {i: restored.attachments.content(i) for i in before} == before
        assert restored.attachments.thumbnail(picture_id) is not None
    finally:
        restored.close()


def test_doctor_finds_attachments_sound_and_says_when_bytes_are_missing(
    journal: Journal, data_dir: Path
) -> None:
    _with_attachments(journal, "canary")
    journal.close()
    assert all(finding.ok for finding in doctor.examine(VaultPaths(data_dir), PASSPHRASE))
    vault = Vault.unlock(data_dir, PASSPHRASE)
    with vault.database.transaction() as cursor:  # as a damaged page would lose them
        cursor.execute("DELETE FROM attachment_chunks WHERE seq = 0 AND blob_id = 1")
    vault.close()
    findings = doctor.examine(VaultPaths(data_dir), PASSPHRASE)
    assert any(not f.ok and "attachment bytes 1 incomplete" in f.text for f in findings)


def test_a_journal_from_before_attachments_gains_them_and_keeps_its_search(
    tmp_path: Path,
) -> None:
    folder = copy_of_golden_vault(tmp_path / "golden")
    journal = Journal(Vault.unlock(folder, GOLDEN_PASSPHRASE), clock=ManualClock(NOW))
    try:
        entry = journal.entry(journal.entry_ids()[0])
        attachment = journal.attachments.attach_bytes(entry.id, b"notes", "n.txt")
        journal.attachments.set_caption(attachment.id, "harbourlight")
        journal.update_entry(entry.id, entry.draft())
        assert journal.entry_ids(EntryFilter(search="harbourlight")) == [entry.id]
        first_word = entry.body.split()[0].strip(".,!?")
        assert entry.id in journal.entry_ids(EntryFilter(search=first_word))
    finally:
        journal.close()
