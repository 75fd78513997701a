"""Our own Markdown export comes back whole (issue 26, item 6; decision 0008): each entry
with its day, title, text (headings, blank lines, kept line breaks and Markdown's own
characters exactly as written), privacy and created moment, its pictures and files with
their names and captions from the folder beside, and nothing read twice."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from import_kit import fresh_journal
from pictures_import_kit import PDF
from round_trip_kit import NOTE, attach, attached, everything, exported, pixels, png

from trustjournal.core.clock import ManualClock
from trustjournal.core.exchange.importers.detect import detect
from trustjournal.core.exchange.importing import Import
from trustjournal.core.exchange.model import ExportOptions
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft

BODIES = {
    "A *walk* [by] the #river <b>": "# What I saw\n\nWater, *birds* and _light_.\nA second line\n",
    "Notes: 1. `two` \\three": (
        "  starts indented\n#### four deep\n##### five\n###### six\n### three\n\n\n"
        "line ending in two spaces  \nline ending in a backslash\\\n---\n"
        "<!-- journal-entry 0123456789abcdef 1 2025-06-01 x {} -->\n"
        "```\n# not a heading in code\n  keep  \n```\ntrailing  \n\n"
    ),
    "": "No title, only words | and ~pipes~ & <angles>.",
    "Only a picture": "",
}
# Another journal's clock: its entries' ids and created moments are not the exported ones.
LATER = ManualClock(dt.datetime(2026, 5, 2, 8, 0, 0, 1, tzinfo=dt.UTC))


def written_journal(journal: Journal) -> None:
    """Entries with Markdown's own characters, pictures with captions, a .txt and a .pdf,
    and a private entry with a picture of its own."""
    ids = [
        journal.add_entry(EntryDraft(day=dt.date(2025, 6, day), title=title, body=body)).id
        for day, (title, body) in enumerate(BODIES.items(), start=1)
    ]
    attach(journal, ids[0], png(10), "river bank.png", caption="Where we sat -> by the *sea*")
    attach(journal, ids[0], png(200, (30, 40)), "river bank.png")  # the same name again
    attach(journal, ids[1], NOTE, "questions.txt", caption="For next time")
    attach(journal, ids[1], PDF, "letter [1].pdf")
    attach(journal, ids[3], png(60), "alone.png")
    feeling = EntryDraft(
        day=dt.date(2025, 6, 8), title="Calmer", body="Slept.", mood=4, tags=("sleep",)
    )
    journal.add_entry(feeling)  # its mood and tag are a details line in the export
    draft = EntryDraft(day=dt.date(2025, 6, 9), title="Only mine", body="Kept.", private=True)
    attach(journal, journal.add_entry(draft).id, png(90), "mine.png", caption="Not yours")


def with_summary() -> ExportOptions:
    return dataclasses.replace(everything(), summary=True)


def words(journal: Journal) -> list[tuple[dt.date, str, str, bool]]:
    found = [(e.day, e.title, e.body, e.private) for e in journal.entries(limit=100)]
    return sorted(found)


def contents(journal: Journal) -> list[list[object]]:
    """Every entry's attachments' bytes (a PNG's pixels: the intake writes it anew)."""
    kept = journal.attachments
    return [
        [
            pixels(data) if data[:4] == b"\x89PNG" else data
            for data in (kept.content(a.id) for a in kept.of_entry(e.id))
        ]
        for e in sorted(journal.entries(limit=100), key=lambda e: e.day)
    ]


def test_every_entry_comes_back_whole_with_its_pictures_and_files(
    journal: Journal, tmp_path: Path, clock: ManualClock
) -> None:
    written_journal(journal)
    path = exported(journal, tmp_path / "notes.md", "md", with_summary())
    assert "## Summary" in path.read_text(encoding="utf-8")
    assert detect(str(path)) == "markdown"
    with fresh_journal(tmp_path / "other", clock) as other:
        preview = Import(other, "auto", str(path)).preview()
        assert (preview.new, preview.pictures, preview.files, preview.problems) == (6, 4, 2, [])
        summary = Import(other, "auto", str(path)).run()
        assert (summary.new, summary.brought, summary.left_out) == (6, 6, [])
        assert words(other) == words(journal)
        assert (summary.moods, summary.tags) == (0, set())  # prose in Markdown: left out
        assert attached(other) == attached(journal)
        assert contents(other) == contents(journal)
        assert [a[0] for a in attached(other)["A *walk* [by] the #river <b>"]] == [
            "river bank.png",
            "river bank.png",
        ]
        again = Import(other, "auto", str(path)).run()
        assert (again.new, again.duplicates, again.brought) == (0, 6, 0)
    home = Import(journal, "markdown", str(path)).preview()
    assert (home.new, home.duplicates) == (0, 6)  # the journal it came from has them all


def test_private_entries_left_out_of_the_export_stay_out(
    journal: Journal, tmp_path: Path, clock: ManualClock
) -> None:
    written_journal(journal)
    path = exported(journal, tmp_path / "notes.md", "md", everything(include_private=False))
    with fresh_journal(tmp_path / "other", clock) as other:
        summary = Import(other, "markdown", str(path)).run()
        assert (summary.new, summary.brought) == (5, 5)
        assert "Only mine" not in attached(other)
        assert not any(private for *_rest, private in words(other))


def test_the_folder_holding_the_export_gives_its_entries_and_no_file_as_an_entry(
    journal: Journal, tmp_path: Path, clock: ManualClock
) -> None:
    """questions.txt lies in "notes files/": the folder import reads .txt files as
    entries, but never the export's own pictures and files, nor anything else in the
    folder beside it; a note of one's own beside the export is read."""
    written_journal(journal)
    folder = tmp_path / "exported"
    folder.mkdir()
    exported(journal, folder / "notes.md", "md", everything())
    (folder / "2025-07-01.md").write_text("# Later\n\nA note of my own.\n", encoding="utf-8")
    (folder / "notes.json").write_text("{}", encoding="utf-8")  # another export beside
    (folder / "notes files" / "stray.txt").write_text("Not linked.", encoding="utf-8")
    assert detect(str(folder)) == "markdown"
    with fresh_journal(tmp_path / "other", clock) as other:
        summary = Import(other, "auto", str(folder)).run()
        assert (summary.new, summary.brought, summary.problems) == (7, 6, [])
        assert attached(other)["Notes: 1. `two` \\three"] == [
            ("questions.txt", "For next time", False),
            ("letter [1].pdf", "", False),
        ]
        assert "Later" in attached(other)


@pytest.mark.parametrize("first, second", [("json", "md"), ("md", "json")])
def test_one_journal_through_both_our_formats_comes_once(
    journal: Journal, tmp_path: Path, first: str, second: str
) -> None:
    """Our JSON and Markdown exports name an entry alike (id@created): brought into a
    third journal through one and then the other, each entry comes once, pictures too."""
    written_journal(journal)
    paths = {
        fmt: exported(journal, tmp_path / f"notes.{fmt}", fmt, everything())
        for fmt in ("json", "md")
    }
    with fresh_journal(tmp_path / "other", LATER) as other:
        brought = Import(other, "auto", str(paths[first])).run()
        assert (brought.new, brought.duplicates) == (6, 0)
        again = Import(other, "auto", str(paths[second])).run()
        assert (again.new, again.duplicates, again.brought) == (0, 6, 0)
        assert words(other) == words(journal) and other.count() == 6


def test_a_note_beside_our_export_is_still_its_own_after_the_json(
    journal: Journal, tmp_path: Path
) -> None:
    """A folder holding our Markdown export and a note of one's own, after the same
    journal's JSON: the export's entries are there already, the note is new."""
    written_journal(journal)
    folder = tmp_path / "exported"
    folder.mkdir()
    exported(journal, folder / "notes.md", "md", everything())
    (folder / "2025-07-01.md").write_text("# Later\n\nA note of my own.\n", encoding="utf-8")
    as_json = exported(journal, tmp_path / "notes.json", "json", everything())
    with fresh_journal(tmp_path / "other", LATER) as other:
        assert Import(other, "auto", str(as_json)).run().new == 6
        summary = Import(other, "auto", str(folder)).run()
        assert (summary.new, summary.duplicates) == (1, 6)
        again = Import(other, "auto", str(folder)).preview()
        assert (again.new, again.duplicates) == (0, 7)
