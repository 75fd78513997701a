"""Helpers for import tests: a second journal to import into, and our own JSON export."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from testkit import PASSPHRASE

from trustjournal.core.clock import Clock
from trustjournal.core.exchange.build import build_export
from trustjournal.core.exchange.json_format import write_json
from trustjournal.core.exchange.model import ExportOptions, Filters
from trustjournal.core.journal.journal import Journal
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.vault import Vault

FIXTURES = Path(__file__).parent / "fixtures" / "import"


@contextlib.contextmanager
def fresh_journal(folder: Path, clock: Clock) -> Iterator[Journal]:
    vault, _code = Vault.create(folder, PASSPHRASE, params=FLOOR)
    journal = Journal(vault, clock=clock)
    try:
        yield journal
    finally:
        journal.close()


def own_export(journal: Journal) -> str:
    """Every entry, private ones too, as TrustJournal's JSON export."""
    options = ExportOptions(
        date_from=dt.date(1900, 1, 1),
        date_to=dt.date(2199, 12, 31),
        filters=Filters(include_private=True),
        summary=False,
    )
    return write_json(build_export(journal, options))


def jrnl_file(folder: Path, count: int, last: str = "") -> Path:
    """A jrnl journal of `count` short entries, with `last` appended."""
    path = folder / "many.txt"
    lines = [f"[2024-01-01 10:{i % 60:02d}] Entry {i}\nWords {i}.\n" for i in range(count)]
    path.write_text("\n".join(lines) + last, encoding="utf-8")
    return path
