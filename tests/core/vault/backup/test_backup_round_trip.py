"""10,000 entries through backup and restore: the same entries, field for field, no canary."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from pathlib import Path

import pytest
from testkit import PASSPHRASE, files_containing

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft
from trustjournal.core.vault.backup.making import make_backup
from trustjournal.core.vault.backup.restore import restore_backup
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.stores.entries import EntryStore
from trustjournal.core.vault.vault import Vault

COUNT = 10_000
NOW = dt.datetime(2026, 3, 14, 9, 30, tzinfo=dt.UTC)


@pytest.mark.slow
def test_ten_thousand_entries_round_trip_with_no_canary_in_the_backup(tmp_path: Path) -> None:
    rng = random.Random(11)
    canaries = [f"canary{uuid.uuid4().hex}" for _ in range(50)]
    drafts = [
        EntryDraft(
            day=dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(2000)),
            title=f"entry {number} {canaries[number % 50] if number % 200 == 0 else ''}",
            body=" ".join(
                rng.choices(["trust", "walk", "hard", "day", canaries[number % 50]], k=60)
            ),
            mood=rng.choice([None, 1, 2, 3, 4, 5]),
            emotions=tuple(rng.sample(["hopeful", "calm", "hurt", "safe"], rng.randint(0, 2))),
            tags=(f"tag{number % 13}",),
            private=number % 9 == 0,
        )
        for number in range(COUNT)
    ]
    source = tmp_path / "source"
    vault, _code = Vault.create(source, PASSPHRASE, params=FLOOR)
    EntryStore(vault.database).insert_many(drafts, NOW)
    journal = Journal(vault, clock=ManualClock(NOW))
    before = journal.entries_by_id(journal.entry_ids())
    written = make_backup(vault, tmp_path / "drive", NOW)
    journal.close()
    assert files_containing(canaries[0], [tmp_path / "drive"]) == []
    assert all(canary.encode() not in written.read_bytes() for canary in canaries)

    restore_backup(written, tmp_path / "restored", PASSPHRASE, NOW)
    restored = Journal(Vault.unlock(tmp_path / "restored", PASSPHRASE))
    try:
        assert len(before) == COUNT
        assert restored.entries_by_id(restored.entry_ids()) == before
        assert restored.count() == COUNT
    finally:
        restored.close()
