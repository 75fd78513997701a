"""An import indexes its entries once, at the end: the same search, nothing left changed.

`EntryStore.insert_many(index_at_end=True)` drops the trigger that indexes entry by
entry and fills the search index in one statement (half the cost of an import),
all inside the import's one transaction. These tests hold what must not change:
every entry is found as before, in the same order, the trigger and FTS5's
settings are back afterwards, a cancel or a kill leaves the journal as it was.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from testkit import PASSPHRASE

from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft, EntryFilter
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.stores.entries import EntryStore
from trustjournal.core.vault.stores.search_query import words_of
from trustjournal.core.vault.vault import Vault

NOW = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
WORDS = ("trust", "talked", "therapy", "évidemment", "walk", "garden", "ثقة", "quiet")


def drafts(count: int, start: int = 0) -> list[EntryDraft]:
    """Entries out of date order (as Daylio and Day One write them), words varied."""
    return [
        EntryDraft(
            day=dt.date(2024, 1, 1) + dt.timedelta(days=(i * 37) % 400),
            title=f"Entry {i}",
            body=" ".join(WORDS[(i + k) % len(WORDS)] for k in range(i % 5 + 1)) + f" w{i}",
            tags=(f"tag{i % 3}",),
        )
        for i in range(start, start + count)
    ]


def found(journal: Journal, search: str) -> list[int]:
    return journal.entry_ids(EntryFilter(search=search))


def trigger_sql(journal: Journal) -> str | None:
    row = journal.vault.database.query_one(
        "SELECT sql FROM sqlite_master WHERE name = 'entries_fts_after_insert'"
    )
    return None if row is None else str(row[0])


def fts_config(journal: Journal) -> list[tuple[object, ...]]:
    rows = journal.vault.database.query("SELECT k, v FROM entries_fts_config ORDER BY k")
    return [tuple(row) for row in rows]


@pytest.fixture
def twin(tmp_path: Path) -> Journal:
    vault, _code = Vault.create(tmp_path / "twin", PASSPHRASE, params=FLOOR)
    return Journal(vault)


def test_search_finds_the_same_entries_in_the_same_order(journal: Journal, twin: Journal) -> None:
    entries = drafts(300)
    EntryStore(journal.vault.database).insert_many(entries, NOW, index_at_end=True)
    for draft in entries:  # entry by entry, through the trigger
        EntryStore(twin.vault.database).insert(draft, NOW)
    searches = ["trust", "ther", "evidemment", "ثقة", "w17 ", "entry", "garden walk", "tal"]
    for search in searches:
        assert found(journal, search) == found(twin, search), search
    assert len(found(journal, "entry")) == 300
    for table in ("entries_fts", "search_terms"):
        rows = f"SELECT * FROM {table} ORDER BY 1"
        assert journal.vault.database.query(rows) == twin.vault.database.query(rows), table
    twin.close()


def test_the_index_is_whole_and_the_trigger_and_settings_are_back(journal: Journal) -> None:
    before_trigger, before_config = trigger_sql(journal), fts_config(journal)
    cache = journal.vault.database.query_one("PRAGMA cache_size")
    EntryStore(journal.vault.database).insert_many(drafts(200), NOW, index_at_end=True)
    journal.vault.database.connection.execute(
        "INSERT INTO entries_fts (entries_fts, rank) VALUES ('integrity-check', 0)"
    )
    assert trigger_sql(journal) == before_trigger is not None
    assert dict(fts_config(journal)).get("hashsize", 1048576) == 1048576
    assert {k for k, _v in fts_config(journal)} - {"hashsize"} == {k for k, _v in before_config}
    assert journal.vault.database.query_one("PRAGMA cache_size") == cache
    # A later entry, written the usual way, is indexed by the trigger again.
    new = journal.add_entry(EntryDraft(day=dt.date(2026, 1, 1), body="afterwards"))
    assert found(journal, "afterwards") == [new.id]


def test_an_import_into_a_journal_with_entries_indexes_only_the_new_ones(
    journal: Journal,
) -> None:
    store = EntryStore(journal.vault.database)
    old = store.insert_many(drafts(50), NOW)
    new = store.insert_many(drafts(50, start=50), NOW, index_at_end=True)
    assert sorted(found(journal, "entry")) == sorted(old + new)
    assert found(journal, "w7 ") == [old[7]] and found(journal, "w57 ") == [new[7]]


def test_a_cancel_leaves_the_index_trigger_and_settings_as_they_were(journal: Journal) -> None:
    before = (trigger_sql(journal), fts_config(journal))
    cache = journal.vault.database.query_one("PRAGMA cache_size")

    def cancel(_cursor: object, entry_id: int) -> None:
        if entry_id == 40:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        EntryStore(journal.vault.database).insert_many(
            drafts(100), NOW, on_inserted=cancel, index_at_end=True
        )
    assert (trigger_sql(journal), fts_config(journal)) == before
    assert journal.vault.database.query_one("PRAGMA cache_size") == cache
    assert journal.count() == 0 and found(journal, "entry") == []


KILLED_MID_IMPORT = textwrap.dedent(
    """
    import datetime as dt, os, sys
    from pathlib import Path
    sys.path[:0] = sys.argv[3:5]
    from test_import_indexing import drafts, NOW
    from trustjournal.core.vault.stores.entries import EntryStore
    from trustjournal.core.vault.vault import Vault
    vault = Vault.unlock(Path(sys.argv[1]), sys.argv[2])

    written = []

    def killed(_cursor, entry_id):
        written.append(entry_id)
        if len(written) == int(sys.argv[-1]):
            os._exit(9)  # no rollback, no cleanup: as a kill or a power cut would stop it

    EntryStore(vault.database).insert_many(drafts(3000), NOW, killed, index_at_end=True)
    """
)


@pytest.mark.parametrize("kill_at", [1, 3000])
def test_a_kill_mid_import_leaves_the_journal_as_it_was(
    journal: Journal, data_dir: Path, kill_at: int
) -> None:
    journal.add_entry(EntryDraft(day=dt.date(2025, 5, 1), body="before the import"))
    before = (trigger_sql(journal), fts_config(journal))
    journal.close()
    here = str(Path(__file__).parent)
    paths = [str(Path(__file__).parents[3]), str(kill_at)]  # tests/, for testkit
    child = subprocess.run(
        [sys.executable, "-c", KILLED_MID_IMPORT, str(data_dir), PASSPHRASE, here, *paths],
        capture_output=True,
        text=True,
        check=False,
    )
    assert child.returncode == 9, child.stderr
    reopened = Journal(Vault.unlock(data_dir, PASSPHRASE))
    assert reopened.count() == 1
    assert (trigger_sql(reopened), fts_config(reopened)) == before
    assert len(found(reopened, "before")) == 1
    reopened.add_entry(EntryDraft(day=dt.date(2026, 1, 1), body="afterwards"))
    assert len(found(reopened, "afterwards")) == 1
    reopened.close()


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_words_are_the_words_the_pattern_finds(text: str) -> None:
    # words_of splits ASCII text without a regular expression (imports fold every word)
    assert words_of(text) == {word.lower() for word in re.findall(r"[^\W_]+", text)}
