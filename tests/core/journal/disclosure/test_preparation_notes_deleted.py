"""Delete the preparation notes: one action takes the checklist, the topics typed in from
a partner's list and the disclosure letter drafts; afterwards a canary they held is
nowhere in the database file (decrypted page by page, freed pages and the search index
included) nor in a backup made afterwards. What the person kept is still there."""

from __future__ import annotations

import secrets
from pathlib import Path

from plain_pages_kit import joined, plain_pages
from testkit import PASSPHRASE

from trustjournal.core.changes import Action, Change, Topic
from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.disclosure import texts
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.disclosure import FROM_PARTNER
from trustjournal.core.records.entries import EntryFilter
from trustjournal.core.vault.backup import file_format as backup_format
from trustjournal.core.vault.backup.making import make_backup
from trustjournal.core.vault.paths import VaultPaths
from trustjournal.core.vault.vault import Vault


def _prepare(journal: Journal, canary: str, kept: str) -> None:
    journal.disclosure.add_step(f"Write the dates down, {canary}")
    journal.disclosure.add_topic(f"No details about {canary}", source=FROM_PARTNER)
    journal.letters.write("disclosure", "Draft", f"Dear, {canary} " * 40)
    journal.disclosure.add_topic(f"My own topic {kept}")
    journal.disclosure.ask(f"When did {kept} start?")


def _database_plain(folder: Path, data_key: bytes) -> bytes:
    return plain_pages(VaultPaths(folder).database.read_bytes(), data_key)


def test_deleting_the_preparation_notes_leaves_no_trace_in_the_file_or_a_later_backup(
    data_dir: Path, journal: Journal, clock: ManualClock, tmp_path: Path
) -> None:
    canary, kept = "Canary" + secrets.token_hex(8), "Kept" + secrets.token_hex(8)
    _prepare(journal, canary, kept)
    data_key = journal.vault.data_key()
    journal.close()
    # The reading is sound: before the delete, both words are in the decrypted pages.
    before = _database_plain(data_dir, data_key)
    assert canary.encode() in before and kept.encode() in before

    journal = Journal(Vault.unlock(data_dir, PASSPHRASE), clock=clock)
    seen: list[Change] = []
    journal.changes.subscribe(seen.append)
    cleared = journal.disclosure.delete_preparation()
    assert (cleared.checklist, cleared.topics, cleared.letters) == (1, 1, 1)
    assert Change(Topic.DISCLOSURE, Action.DELETED) in seen
    assert journal.count(EntryFilter(search=canary)) == 0
    backup = make_backup(journal.vault, tmp_path / "backups", clock.now())
    header = backup_format.read_header(backup)
    in_backup = plain_pages(
        joined(backup_format.database_chunks(backup, data_key, header)), data_key
    )
    assert [t.text for t in journal.disclosure.topics()] == [f"My own topic {kept}"]
    assert journal.disclosure.checklist() == [] and journal.letters.listed() == []
    journal.close()

    after = _database_plain(data_dir, data_key)
    assert canary.encode() not in after
    assert kept.encode() in after
    assert canary.encode() not in in_backup
    assert kept.encode() in in_backup
    # The write-ahead log was folded into the file at close: nothing of it is left over.
    database = VaultPaths(data_dir).database
    wal = database.with_name(database.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_the_delete_says_what_it_cannot_remove(journal: Journal) -> None:
    assert "Backups made before" in texts.DELETE_EXPLAINED
    assert "rotate out" in texts.EARLIER_BACKUPS_KEEP
    assert journal.disclosure.delete_preparation().total == 0
