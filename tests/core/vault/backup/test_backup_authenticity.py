"""A backup's date and bytes are sealed with the journal's own key, and checked before use.

Anyone can recompute a plain SHA-256; only the journal's data key (unwrapped by the
passphrase or recovery code of the day) can seal a backup. A changed date, or one
changed byte anywhere, is refused in one sentence with nothing written.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest
from testkit import PASSPHRASE, snapshot

from trustjournal.core.errors import BackupDamaged
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft
from trustjournal.core.vault.backup import restore
from trustjournal.core.vault.backup.making import make_backup
from trustjournal.core.vault.backup.restore import restore_backup
from trustjournal.core.vault.vault import Vault, VaultPaths

MADE = dt.datetime(2026, 3, 14, 9, 30, tzinfo=dt.UTC)
FORGED = dt.datetime(2025, 12, 24, 18, 0, tzinfo=dt.UTC)


@pytest.fixture
def backup(created_vault: tuple[Path, str], tmp_path: Path) -> Path:
    folder, _ = created_vault
    journal = Journal(Vault.unlock(folder, PASSPHRASE))
    try:
        for number in range(30):
            journal.add_entry(EntryDraft(day=dt.date(2026, 3, 1), body=f"words {number} " * 50))
        return make_backup(journal.vault, tmp_path / "drive", MADE)
    finally:
        journal.close()


def _parts(path: Path) -> tuple[dict[str, object], bytes, bytes]:
    """The header document, the database part and the 32-byte seal at the end."""
    data = path.read_bytes()
    length = int.from_bytes(data[8:12], "big")
    header = json.loads(data[12 : 12 + length])
    return header, data[12 + length : -32], data[-32:]


def _reseal_with_sha256(path: Path, header: dict[str, object], database: bytes) -> None:
    """What anyone can do: write the parts back with a freshly computed plain SHA-256."""
    raw = json.dumps(header, sort_keys=True).encode("utf-8")
    front = b"TJBACKUP" + len(raw).to_bytes(4, "big") + raw + database
    path.write_bytes(front + hashlib.sha256(front).digest())


def _assert_refused_changing_nothing(forged: Path, folder: Path, tmp_path: Path) -> None:
    target = tmp_path / "target"
    for into in (target, folder):
        before = snapshot(into) if into.exists() else {}
        with pytest.raises(BackupDamaged) as raised:
            restore_backup(forged, into, PASSPHRASE, MADE, replace=True)
        assert len(str(raised.value).splitlines()) == 1
        assert (snapshot(into) if into.exists() else {}) == before
    assert not VaultPaths(target).exists()


def test_a_forged_date_with_a_recomputed_digest_is_refused(
    backup: Path, created_vault: tuple[Path, str], tmp_path: Path
) -> None:
    header, database, _seal = _parts(backup)
    header["made_at"] = FORGED.isoformat()
    _reseal_with_sha256(backup, header, database)
    _assert_refused_changing_nothing(backup, created_vault[0], tmp_path)


def test_a_tampered_backup_is_refused_before_anything_is_unpacked(
    backup: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    unpacked: list[Path] = []
    monkeypatch.setattr(restore, "_unpack", lambda _backup, target, *_rest: unpacked.append(target))
    header, database, _seal = _parts(backup)
    header["made_at"] = FORGED.isoformat()
    _reseal_with_sha256(backup, header, database)
    with pytest.raises(BackupDamaged):
        restore_backup(backup, tmp_path / "target", PASSPHRASE, MADE)
    assert unpacked == []
    assert not (tmp_path / "target").exists()


def test_a_new_backups_date_is_checked_and_reported(backup: Path, tmp_path: Path) -> None:
    restored = restore_backup(backup, tmp_path / "target", PASSPHRASE, MADE)
    assert restored.made_at == MADE
    assert restored.date_checked


def test_a_backup_passed_off_as_the_old_format_says_its_date_is_unchecked(
    backup: Path, tmp_path: Path
) -> None:
    """Made to look like a version-1 file, its date restores, but never as a checked one."""
    header, database, _seal = _parts(backup)
    header["version"] = 1
    header["made_at"] = FORGED.isoformat()
    _reseal_with_sha256(backup, header, database)
    restored = restore_backup(backup, tmp_path / "target", PASSPHRASE, MADE)
    assert restored.made_at == FORGED
    assert not restored.date_checked
    assert "could not be checked" in restored.date_note


@pytest.mark.parametrize("where", ["first", "middle", "last"])
def test_one_byte_changed_in_the_database_part_is_refused_by_the_seal(
    backup: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    """SQLCipher's own page check would refuse it too; here the file's seal must, alone."""
    monkeypatch.setattr(restore, "check_database", lambda *_args: None)
    header, database, seal = _parts(backup)
    changed = bytearray(database)
    changed[{"first": 0, "middle": len(changed) // 2, "last": len(changed) - 1}[where]] ^= 0x01
    raw = json.dumps(header, sort_keys=True).encode("utf-8")
    backup.write_bytes(b"TJBACKUP" + len(raw).to_bytes(4, "big") + raw + bytes(changed) + seal)
    with pytest.raises(BackupDamaged):
        restore_backup(backup, tmp_path / "target", PASSPHRASE, MADE)
    assert not (tmp_path / "target").exists()


def test_one_byte_changed_in_the_seal_is_refused(backup: Path, tmp_path: Path) -> None:
    data = bytearray(backup.read_bytes())
    data[-1] ^= 0x80
    backup.write_bytes(bytes(data))
    with pytest.raises(BackupDamaged):
        restore_backup(backup, tmp_path / "target", PASSPHRASE, MADE)
