"""Any name and caption an attachment can have survives our own JSON export and its
import: odd characters, spaces, separators (kept as the journal first kept them)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from import_kit import fresh_journal
from round_trip_kit import NOTE, add_entry, attach, everything, exported, png

from trustjournal.core.clock import ManualClock
from trustjournal.core.exchange.importing import Import
from trustjournal.core.journal.journal import Journal

# Each example builds an export and imports it: a few are enough to find a name that
# does not come back, and keep the test quick.
SETTINGS = settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
SEPARATORS = " /\\:.-_()[]%#?*\"'<>|\t\n~"
ODD = st.sampled_from([*SEPARATORS, "é", "ß", "🙂", "\u200b", "..", "CON"])
NAMES = st.lists(st.one_of(ODD, st.text(min_size=1, max_size=6)), min_size=1, max_size=8).map(
    "".join
)
CAPTIONS = st.text(max_size=40) | st.lists(ODD, max_size=10).map("".join)


@pytest.fixture(scope="module")
def journals(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Journal, Journal, Path]]:
    """A journal to export from and one to import into, used by every example."""
    folder = tmp_path_factory.mktemp("names")
    clock = ManualClock(dt.datetime(2026, 3, 14, 9, 30, tzinfo=dt.UTC))
    with (
        fresh_journal(folder / "from", clock) as source,
        fresh_journal(folder / "into", clock) as into,
    ):
        yield source, into, folder


@SETTINGS
@given(names=st.tuples(NAMES, NAMES), captions=st.tuples(CAPTIONS, CAPTIONS))
def test_names_and_captions_survive_the_json_round_trip(
    journals: tuple[Journal, Journal, Path], names: tuple[str, str], captions: tuple[str, str]
) -> None:
    source, into, folder = journals
    entry_id = add_entry(source, 1, "With its files.")
    attach(source, entry_id, png(40), names[0] + ".png", caption=captions[0])
    attach(source, entry_id, NOTE, names[1], caption=captions[1])
    kept = [(a.name, a.caption) for a in source.attachments.of_entry(entry_id)]
    path = exported(source, folder / "export.json", "json", everything())
    try:
        summary = Import(into, "trustjournal", str(path)).run()
        assert (summary.new, summary.brought, summary.left_out) == (1, 2, [])
        (came,) = summary_entries(into)
        assert [(a.name, a.caption) for a in into.attachments.of_entry(came)] == kept
    finally:
        source.delete_entry(entry_id)
        for other in summary_entries(into):
            into.delete_entry(other)


def summary_entries(journal: Journal) -> list[int]:
    return [entry.id for entry in journal.entries(limit=10)]
