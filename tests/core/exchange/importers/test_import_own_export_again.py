"""Our own JSON export brought back: twice is once here too.

Every entry in an export carries its id and the moment it was created (to the
microsecond), which together name it; importing the export into the journal it
came from adds nothing, and into another journal adds it once, however often.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from import_kit import FIXTURES, fresh_journal, own_export

from trustjournal.core.clock import ManualClock
from trustjournal.core.exchange.importing import Import
from trustjournal.core.exchange.texts.importing import summary_lines
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft

OLD_EXPORT = FIXTURES / "trustjournal" / "export-version-1.json"


def written_export(journal: Journal, folder: Path) -> Path:
    for number in range(3):
        journal.add_entry(EntryDraft(day=dt.date(2025, 4, number + 1), body=f"Day {number}"))
    path = folder / "export.json"
    path.write_text(own_export(journal), encoding="utf-8")
    return path


def test_into_the_journal_it_came_from_adds_nothing(journal: Journal, tmp_path: Path) -> None:
    path = written_export(journal, tmp_path)
    summary = Import(journal, "trustjournal", str(path)).run()
    assert (summary.new, summary.duplicates) == (0, 3)
    assert journal.count() == 3
    assert "3 entries are already in your journal and will be skipped." in "\n".join(
        summary_lines(summary)
    )


def test_an_entry_deleted_since_the_export_comes_back_once(
    journal: Journal, tmp_path: Path
) -> None:
    path = written_export(journal, tmp_path)
    gone = journal.entries(limit=1)[0]
    journal.delete_entry(gone.id)
    assert Import(journal, "trustjournal", str(path)).run().new == 1
    assert Import(journal, "trustjournal", str(path)).run().new == 0
    assert sorted(e.body for e in journal.entries()) == ["Day 0", "Day 1", "Day 2"]


def test_an_edited_entry_is_still_the_same_entry(journal: Journal, tmp_path: Path) -> None:
    path = written_export(journal, tmp_path)
    first = journal.entries(limit=1)[0]
    journal.update_entry(first.id, EntryDraft(day=first.day, body="changed since"))
    assert Import(journal, "trustjournal", str(path)).run().new == 0


def test_into_another_journal_twice_is_once(journal: Journal, tmp_path: Path) -> None:
    path = written_export(journal, tmp_path)
    later = ManualClock(dt.datetime(2026, 5, 2, 8, 0, 0, 1, tzinfo=dt.UTC))
    with fresh_journal(tmp_path / "other", later) as other:
        other.add_entry(EntryDraft(day=dt.date(2025, 4, 1), body="its own"))  # id 1 too
        assert Import(other, "trustjournal", str(path)).run().new == 3
        again = Import(other, "trustjournal", str(path)).preview()
        assert (again.new, again.duplicates) == (0, 3)
        assert other.count() == 4


def test_an_export_written_by_an_earlier_release_still_imports(
    tmp_path: Path, clock: ManualClock
) -> None:
    with fresh_journal(tmp_path / "j", clock) as fresh:
        summary = Import(fresh, "trustjournal", str(OLD_EXPORT)).run()
        assert summary.new == 2
        again = Import(fresh, "trustjournal", str(OLD_EXPORT)).run()
        assert (again.new, again.duplicates) == (0, 2)
        bodies = sorted(e.body for e in fresh.entries())
        assert bodies == ["A long walk and a longer talk.", "We kept the agreement."]
