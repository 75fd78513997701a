"""doctor --repair on a damaged database: nothing touched, this journal's newest backup named."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from testkit import PASSPHRASE

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.backups import FOLDER, back_up_now
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft
from trustjournal.core.vault import doctor
from trustjournal.core.vault.backup.making import make_backup
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.paths import VaultPaths
from trustjournal.core.vault.vault import Vault, vault_id_in


def test_repair_names_the_newest_backup_and_touches_nothing(
    created_vault: tuple[Path, str], tmp_path: Path
) -> None:
    folder, _ = created_vault
    drive = tmp_path / "drive"
    journal = Journal(Vault.unlock(folder, PASSPHRASE), clock=ManualClock())
    journal.settings.set(FOLDER, str(drive))
    for number in range(40):
        journal.add_entry(EntryDraft(day=dt.date(2026, 1, 1), body=f"{number} " + "words " * 400))
    written = back_up_now(journal)
    journal.close()
    database = VaultPaths(folder).database
    data = bytearray(database.read_bytes())
    data[len(data) - 3000] ^= 0x40  # the last page: entry text, far from the settings
    database.write_bytes(bytes(data))
    findings = doctor.examine(VaultPaths(folder), PASSPHRASE, repair=True)
    assert not findings[-1].ok
    assert str(written) in findings[-1].text
    assert "--replace" in findings[-1].text
    assert any("page" in finding.text for finding in findings if not finding.ok)
    assert database.read_bytes() == bytes(data)


def test_repair_names_this_journals_newest_backup_in_a_shared_folder(
    created_vault: tuple[Path, str], tmp_path: Path
) -> None:
    folder, _ = created_vault
    drive = tmp_path / "drive"
    journal = Journal(Vault.unlock(folder, PASSPHRASE), clock=ManualClock())
    journal.settings.set(FOLDER, str(drive))
    ours = make_backup(journal.vault, drive, dt.datetime(2026, 3, 1, tzinfo=dt.UTC))
    data_key = journal.vault.data_key()
    journal.close()
    vault_id = vault_id_in(folder)
    assert vault_id is not None
    other, _code = Vault.create(tmp_path / "other", PASSPHRASE, params=FLOOR)
    make_backup(other, drive, dt.datetime(2026, 3, 2, tzinfo=dt.UTC))  # newer, not ours
    other.close()
    assert doctor.newest_backup(VaultPaths(folder), data_key, vault_id) == ours
