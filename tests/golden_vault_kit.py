"""The golden vault: a small journal made by this version, committed, opened by every later one.

The schema, the key-file format and the backup format are promises: a journal
written years ago must still open. `python tests/golden_vault_kit.py` made the
files under tests/fixtures/golden-vault/ once; tests open copies of them and
compare what they hold with `EXPECTED_*` below. Never regenerate them to make a
test pass: a failure means a change broke old journals.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
GOLDEN_VAULT = FIXTURES / "golden-vault"
GOLDEN_BACKUP = FIXTURES / "golden-backup" / "TrustJournal-backup-2026-11-30-120000.tjbackup"
# Format version 2 (sealed with the journal's key), made from the golden vault by
# `make_sealed_backup()` when that format arrived; GOLDEN_BACKUP stays version 1.
GOLDEN_SEALED_BACKUP = (
    FIXTURES / "golden-backup-v2" / "TrustJournal-backup-2026-11-30-120000.tjbackup"
)
GOLDEN_PASSPHRASE = "golden fixture kept for every later version"
GOLDEN_RECOVERY_CODE_FILE = FIXTURES / "golden-recovery-code.txt"
MADE_AT = dt.datetime(2026, 11, 30, 12, 0, tzinfo=dt.UTC)

EXPECTED_ENTRIES = [
    {
        "day": dt.date(2026, 11, 2),
        "title": "The first entry",
        "body": "We talked for a long time.\n\nIt was **hard**, and we stayed.",
        "mood": 3,
        "emotions": ("exhausted", "hopeful"),
        "tags": ("therapy",),
        "activities": ("walk",),
        "private": False,
        "discuss": True,
    },
    {
        "day": dt.date(2026, 11, 20),
        "title": "Private — ünïcode ✓",
        "body": "Kept to myself. [[withhold]]Not for exports.[[/withhold]]",
        "mood": None,
        "emotions": (),
        "tags": (),
        "activities": (),
        "private": True,
        "discuss": False,
    },
]


def copy_of_golden_vault(target: Path) -> Path:
    shutil.copytree(GOLDEN_VAULT, target)
    return target


def make() -> None:  # pragma: no cover - run by hand, once
    from trustjournal.core.clock import ManualClock
    from trustjournal.core.journal.journal import Journal
    from trustjournal.core.records.entries import EntryDraft
    from trustjournal.core.records.trust import AgreementDraft, CheckinDraft, EventDraft
    from trustjournal.core.vault.backup.making import make_backup
    from trustjournal.core.vault.keys.keyfile import FLOOR
    from trustjournal.core.vault.vault import Vault

    vault, code = Vault.create(GOLDEN_VAULT, GOLDEN_PASSPHRASE, params=FLOOR)
    GOLDEN_RECOVERY_CODE_FILE.write_text(code + "\n")
    journal = Journal(vault, clock=ManualClock(MADE_AT))
    for fields in EXPECTED_ENTRIES:
        journal.add_entry(EntryDraft(**fields))  # type: ignore[arg-type]
    journal.checkins.add(
        CheckinDraft(
            day=dt.date(2026, 11, 9), scores={"safety": 4, "honesty": 6}, needs_met="partly"
        )
    )
    journal.events.add(EventDraft(day=dt.date(2026, 11, 3), kind="therapy", title="First session"))
    journal.agreements.add(AgreementDraft(title="Phones stay open", made=dt.date(2026, 11, 4)))
    journal.settings.set("theme", "dark")
    make_backup(vault, GOLDEN_BACKUP.parent, MADE_AT)
    journal.close()
    (GOLDEN_VAULT / "journal.lock").unlink()


def make_sealed_backup(scratch: Path) -> None:  # pragma: no cover - run by hand, once
    """The version-2 backup of a copy of the golden vault (the vault itself is never opened)."""
    from trustjournal.core.vault.backup.making import make_backup
    from trustjournal.core.vault.vault import Vault

    vault = Vault.unlock(copy_of_golden_vault(scratch), GOLDEN_PASSPHRASE)
    try:
        make_backup(vault, GOLDEN_SEALED_BACKUP.parent, MADE_AT)
    finally:
        vault.close()


if __name__ == "__main__":
    make()
