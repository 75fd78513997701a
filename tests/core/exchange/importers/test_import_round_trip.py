"""A journal of 10,000 entries through our own JSON into a new journal: field for field."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from pathlib import Path

import pytest
from import_kit import fresh_journal, own_export

from trustjournal.core.exchange.importing import Import
from trustjournal.core.journal import vocabulary
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import Entry, EntryDraft
from trustjournal.core.vault.stores.entries import EntryStore

COUNT = 10_000
WORDS = ["trust", "walk", "kitchen", "שלום", "🌱", "café", "night", "honest", "@tag", "#x"]


def drafts(count: int) -> list[EntryDraft]:
    rng = random.Random(7)
    feelings = sorted(vocabulary.emotions())
    return [
        EntryDraft(
            day=dt.date(2015, 1, 1) + dt.timedelta(days=i // 3),
            title=" ".join(rng.choices(WORDS, k=rng.randint(0, 4))),
            body="\n".join(" ".join(rng.choices(WORDS, k=12)) for _ in range(rng.randint(0, 3))),
            mood=rng.choice([None, 1, 2, 3, 4, 5]),
            emotions=tuple(sorted(set(rng.choices(feelings, k=rng.randint(0, 3))))),
            tags=tuple(sorted({f"tag {rng.randint(1, 50)}" for _ in range(rng.randint(0, 2))})),
            activities=tuple(sorted({"a walk together"} if i % 4 == 0 else set())),
            private=i % 7 == 0,
            discuss=i % 11 == 0,
        )
        for i in range(count)
    ]


def comparable(entry: Entry) -> tuple[object, ...]:
    fields = dataclasses.asdict(entry.draft())
    fields.update({k: tuple(sorted(v)) for k, v in fields.items() if isinstance(v, tuple)})
    return tuple(sorted(fields.items()))


@pytest.mark.slow
def test_ten_thousand_entries_round_trip_field_for_field(journal: Journal, tmp_path: Path) -> None:
    EntryStore(journal.vault.database).insert_many(drafts(COUNT), journal.clock.now())
    path = tmp_path / "export.json"
    path.write_text(own_export(journal), encoding="utf-8")
    before = sorted((comparable(e) for e in journal.entries(limit=20_000)), key=repr)
    with fresh_journal(tmp_path / "new", journal.clock) as fresh:
        written = Import(fresh, "auto", str(path)).run()
        assert written.new == COUNT
        after = sorted((comparable(e) for e in fresh.entries(limit=20_000)), key=repr)
        assert after == before
        assert Import(fresh, "trustjournal", str(path)).preview().duplicates == COUNT
