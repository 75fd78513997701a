"""Importing into a journal: summary first, all or nothing, twice is once, cancel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from import_kit import FIXTURES, fresh_journal, jrnl_file, own_export

from trustjournal.core.changes import Topic
from trustjournal.core.clock import to_iso
from trustjournal.core.errors import InvalidInput
from trustjournal.core.exchange.importing import Import, ImportCancelled
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft, EntryFilter

JRNL = FIXTURES / "jrnl" / "journal.txt"


def test_preview_says_what_is_there_and_writes_nothing(journal: Journal) -> None:
    summary = Import(journal, "jrnl", str(JRNL)).preview()
    assert (summary.new, summary.duplicates) == (5, 0)
    assert (summary.first_day, summary.last_day) == (dt.date(2024, 3, 9), dt.date(2024, 3, 31))
    assert summary.tags == {"therapy", "self-care", "starred", "ثقة", "c++", "work/life"}
    assert journal.count() == 0


def test_import_writes_every_entry_and_tells_the_views(journal: Journal) -> None:
    heard = []
    journal.changes.subscribe(lambda change: heard.append(change))
    written = Import(journal, "daylio", str(FIXTURES / "daylio" / "daylio_export.csv")).run()
    assert written.new == 5 and written.moods == 5
    entries = journal.entries(limit=10)
    assert sorted(e.mood or 0 for e in entries) == [1, 2, 3, 4, 5]
    assert [c.topic for c in heard] == [Topic.ENTRIES]
    assert set(heard[0].ids) == {e.id for e in entries}


def test_the_journal_is_the_door_importing_writes_through(journal: Journal) -> None:
    """One transaction, one change for all the entries, and what it remembers of the source."""
    heard = []
    journal.changes.subscribe(lambda change: heard.append(change))
    drafts = [
        (f"key {i}", EntryDraft(day=dt.date(2024, 1, i + 1), body=f"day {i}")) for i in range(3)
    ]
    assert not journal.imported_from("a diary")
    written = journal.import_entries("a diary", iter(drafts))
    assert len(written) == 3 and journal.count() == 3
    assert [(c.topic, c.ids) for c in heard] == [(Topic.ENTRIES, written)]
    assert journal.imported_from("a diary") and not journal.imported_from("another")
    assert journal.was_imported("a diary", "key 2") and not journal.was_imported("a diary", "key 3")
    first = journal.entry(written[0])
    assert journal.holds(first.id, to_iso(first.created_at))


def test_the_journal_checks_what_is_imported_like_any_change(journal: Journal) -> None:
    """An entry the importer let through unchecked still cannot reach the journal."""
    good = ("fine", EntryDraft(day=dt.date(2024, 1, 1), body="fine", tags=(" Trust  Talk ",)))
    bad = ("bad", EntryDraft(day=dt.date(2024, 1, 2), body="a mood of 9", mood=9))
    with pytest.raises(InvalidInput, match="A mood goes from 1 to 5"):
        journal.import_entries("a diary", iter([good, bad]))
    assert journal.count() == 0 and not journal.imported_from("a diary")
    (written,) = journal.import_entries("a diary", iter([good]))
    assert journal.entry(written).tags == ("trust talk",)


def test_an_import_of_several_batches_keeps_each_entry_with_its_own_links_and_key(
    journal: Journal,
) -> None:
    """Entries are written a batch at a time (ids taken as SQLite gives them): each entry
    keeps its own emotions, tags, activities and source key, after entries already there."""
    before = [journal.add_entry(EntryDraft(day=dt.date(2020, 1, i), body="mine")) for i in (1, 2)]
    journal.delete_entry(before[1].id)  # the highest id is free again, as SQLite would see it

    def draft(i: int) -> EntryDraft:
        return EntryDraft(
            day=dt.date(2024, 1, 1) + dt.timedelta(days=i % 300),
            title=f"Entry {i}",
            body=f"words w{i}",
            emotions=(("hopeful", "anxious", "accepted")[i % 3],),
            tags=(f"tag{i % 7}", f"n{i}"),
            activities=(("cuddling",) if i % 2 else ()),
        )

    count = 1_234
    written = journal.import_entries("a diary", ((f"key {i}", draft(i)) for i in range(count)))
    assert list(written) == list(range(before[0].id + 1, before[0].id + 1 + count))
    for i in (0, 499, 500, 501, 999, 1_000, count - 1):
        entry, expected = journal.entry(written[i]), draft(i)
        assert (entry.title, entry.day, entry.emotions, set(entry.tags), entry.activities) == (
            expected.title,
            expected.day,
            expected.emotions,
            set(expected.tags),
            expected.activities,
        )
        assert journal.entry_ids(EntryFilter(tags=(f"n{i}",))) == [written[i]]
    journal.delete_entry(written[777])  # its key goes with it, and no other
    assert not journal.was_imported("a diary", "key 777")
    assert journal.was_imported("a diary", "key 776") and journal.was_imported("a diary", "key 778")
    assert journal.count() == count  # the 1,233 left and the first entry of mine


def test_an_import_written_off_the_gui_thread_is_announced_after(journal: Journal) -> None:
    heard = []
    journal.changes.subscribe(lambda change: heard.append(change))
    importing = Import(journal, "jrnl", str(JRNL))
    importing.run(announce=False)
    assert heard == [] and journal.count() == 5
    importing.announce()
    assert [(c.topic, set(c.ids)) for c in heard] == [(Topic.ENTRIES, set(importing.written))]


def test_twice_is_once_and_the_summary_says_so(journal: Journal) -> None:
    Import(journal, "jrnl", str(JRNL)).run()
    again = Import(journal, "jrnl", str(JRNL))
    summary = again.preview()
    assert (summary.new, summary.duplicates) == (0, 5)
    assert again.run().new == 0
    assert journal.count() == 5
    # jrnl's JSON export of the same journal: only the entries not seen yet are added
    from_json = Import(journal, "jrnl-json", str(FIXTURES / "jrnl" / "export.json")).run()
    assert (from_json.new, from_json.duplicates, from_json.skipped) == (1, 1, 1)  # 1 empty


def test_a_deleted_import_leaves_no_trace_and_comes_back_on_reimport(journal: Journal) -> None:
    Import(journal, "dayone", str(FIXTURES / "dayone")).run()
    first = journal.entries(limit=10)[0]
    journal.delete_entry(first.id)
    assert Import(journal, "dayone", str(FIXTURES / "dayone")).run().new == 1


def test_a_bad_entry_at_the_end_means_nothing_was_imported(
    journal: Journal, tmp_path: Path
) -> None:
    path = jrnl_file(tmp_path, 250, last="\n[9999-12-31 10:00] From a placeholder year\n")
    with pytest.raises(InvalidInput, match=r"Entry 251 \(line 751\) is dated 9999-12-31"):
        Import(journal, "jrnl", str(path)).run()
    assert journal.count() == 0
    assert journal.tags_in_use() == []


def test_an_unknown_emotion_in_our_own_export_names_the_entry(
    journal: Journal, tmp_path: Path
) -> None:
    journal.add_entry(EntryDraft(day=dt.date(2026, 3, 1), body="one", emotions=("hopeful",)))
    journal.add_entry(EntryDraft(day=dt.date(2026, 3, 2), body="two", emotions=("safe",)))
    path = tmp_path / "export.json"
    path.write_text(own_export(journal).replace('"safe"', '"invented"'), encoding="utf-8")
    with fresh_journal(tmp_path / "other", journal.clock) as fresh:
        with pytest.raises(InvalidInput, match=r"^Entry 2: 'invented' is not in the emotion list"):
            Import(fresh, "trustjournal", str(path)).run()
        assert fresh.count() == 0


def test_cancel_while_writing_writes_nothing(journal: Journal, tmp_path: Path) -> None:
    path = jrnl_file(tmp_path, 450)
    seen: list[int] = []
    with pytest.raises(ImportCancelled):
        Import(journal, "jrnl", str(path)).run(
            total=450, progress=lambda done, _total: seen.append(done), cancelled=lambda: bool(seen)
        )
    assert seen == [100]
    assert journal.count() == 0


def test_cancel_while_reading(journal: Journal, tmp_path: Path) -> None:
    path = jrnl_file(tmp_path, 250)
    with pytest.raises(ImportCancelled):
        Import(journal, "jrnl", str(path)).preview(cancelled=lambda: True)


def test_progress_while_reading_counts_entries(journal: Journal, tmp_path: Path) -> None:
    seen: list[tuple[int, int | None]] = []
    Import(journal, "jrnl", str(jrnl_file(tmp_path, 250))).preview(
        progress=lambda done, total: seen.append((done, total))
    )
    assert seen == [(100, None), (200, None)]


def test_the_source_is_left_exactly_as_it_was(journal: Journal) -> None:
    before = JRNL.read_bytes(), JRNL.stat().st_mtime_ns
    Import(journal, "auto", str(JRNL)).run()
    assert (JRNL.read_bytes(), JRNL.stat().st_mtime_ns) == before
