"""Our own JSON export brought back with its pictures and files (decision 0008: each
attachment is base64 in the export, named by its entry's id there): through the same
intake as "Attach…", with their names and captions; private entries' only when the export
held them. A damaged one, or one whose entry the export does not hold, is one line."""

from __future__ import annotations

import json
from pathlib import Path

from import_kit import fresh_journal
from round_trip_kit import NOTE, add_entry, attach, attached, everything, exported, pixels, png

from trustjournal.core.clock import ManualClock
from trustjournal.core.exchange.importing import Import
from trustjournal.core.exchange.texts.importing import summary_lines
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryFilter


def journal_with_pictures(journal: Journal) -> None:
    walk = add_entry(journal, 1, "A walk by the river.")
    attach(journal, walk, png(10), "river bank.png", caption="Where we sat by the lighthouse")
    attach(journal, walk, png(200, (30, 40)), "second.png")
    session = add_entry(journal, 2, "Notes from the session.")
    attach(journal, session, NOTE, "questions.txt", caption="For next time")
    secret = add_entry(journal, 3, "Only mine.", private=True)
    attach(journal, secret, png(90), "mine.png", caption="Not for anyone")
    add_entry(journal, 4, "No pictures today.")


def test_pictures_and_files_come_back_with_names_captions_and_bytes(
    journal: Journal, tmp_path: Path, clock: ManualClock
) -> None:
    journal_with_pictures(journal)
    path = exported(journal, tmp_path / "export.json", "json", everything())
    with fresh_journal(tmp_path / "other", clock) as other:
        summary = Import(other, "trustjournal", str(path)).run()
        assert (summary.new, summary.pictures, summary.files, summary.brought) == (4, 3, 1, 4)
        assert summary.left_out == []
        assert attached(other) == attached(journal)
        assert attached(other)["Day 3"] == [("mine.png", "Not for anyone", True)]
        for title in ("Day 1", "Day 2", "Day 3"):
            before, after = (_contents(j, title) for j in (journal, other))
            assert [pixels(d) if d[:4] == b"\x89PNG" else d for d in after] == [
                pixels(d) if d[:4] == b"\x89PNG" else d for d in before
            ]
        assert _contents(other, "Day 2") == [NOTE]
        assert len(other.entry_ids(EntryFilter(search="lighth"))) == 1  # captions are searched
        again = Import(other, "trustjournal", str(path)).run()
        assert (again.new, again.brought) == (0, 0)
        assert attached(other) == attached(journal)


def test_private_entries_left_out_of_the_export_bring_nothing_of_theirs(
    journal: Journal, tmp_path: Path, clock: ManualClock
) -> None:
    journal_with_pictures(journal)
    path = exported(journal, tmp_path / "export.json", "json", everything(include_private=False))
    with fresh_journal(tmp_path / "other", clock) as other:
        summary = Import(other, "trustjournal", str(path)).run()
        assert (summary.new, summary.brought) == (3, 3)
        assert "Day 3" not in attached(other)


def test_a_damaged_picture_and_one_without_its_entry_are_each_one_line(
    journal: Journal, tmp_path: Path, clock: ManualClock
) -> None:
    journal_with_pictures(journal)
    path = exported(journal, tmp_path / "export.json", "json", everything())
    document = json.loads(path.read_text(encoding="utf-8"))
    document["attachments"][0]["data"] = "not base64 at all!"
    stray = dict(document["attachments"][1], entry_id=999, name="stray.png")
    document["attachments"].append(stray)
    path.write_text(json.dumps(document), encoding="utf-8")
    with fresh_journal(tmp_path / "other", clock) as other:
        preview = Import(other, "trustjournal", str(path)).preview()
        assert preview.can_import
        summary = Import(other, "trustjournal", str(path)).run()
        assert summary.new == 4
        said = "\n".join(summary_lines(preview))
        assert "\u201criver bank.png\u201d is damaged in the export" in said
        assert "\u201cstray.png\u201d" in said
        assert len(summary.left_out) == 2
        assert summary.brought == 3
        assert [a[0] for a in attached(other)["Day 1"]] == ["second.png"]
        assert attached(other)["Day 2"] == [("questions.txt", "For next time", False)]


def _contents(journal: Journal, title: str) -> list[bytes]:
    (entry,) = [e for e in journal.entries(limit=100) if e.title == title]
    return [journal.attachments.content(a.id) for a in journal.attachments.of_entry(entry.id)]
