"""The export model carries the exported entries' pictures and files, and only theirs."""

from __future__ import annotations

from pathlib import Path

import pytest
from export_pictures_kit import LETTER, entry_with_attachments, gps_in, gps_jpeg

from trustjournal.core.exchange.build import build_export
from trustjournal.core.exchange.export import export_to_file, reads_files
from trustjournal.core.exchange.model import ExportOptions, Filters
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft


def test_an_exported_entry_carries_its_pictures_and_files(journal: Journal) -> None:
    entry_id = entry_with_attachments(
        journal, "Beach day", caption="The sea", file_name="letter.pdf"
    )
    document = build_export(journal, ExportOptions())
    picture, letter = document.attachments_of(entry_id)
    assert (picture.name, picture.media_type, picture.caption) == (
        "beach.jpg",
        "image/jpeg",
        "The sea",
    )
    assert (picture.width, picture.height) == (120, 80)
    assert picture.is_picture and picture.data.startswith(b"\xff\xd8")
    assert gps_in(picture.data) == {}  # the kept bytes, cleaned on the way in
    assert (letter.name, letter.size, letter.data, letter.is_picture) == (
        "letter.pdf",
        len(LETTER),
        LETTER,
        False,
    )


def test_a_private_entrys_attachments_go_only_with_private_entries(journal: Journal) -> None:
    shared = entry_with_attachments(journal, "Shared")
    private = entry_with_attachments(journal, "Mine alone", private=True, file_name="a.txt")
    without = build_export(journal, ExportOptions())
    assert {a.entry_id for a in without.attachments} == {shared}
    with_private = build_export(journal, ExportOptions(filters=Filters(include_private=True)))
    assert [a.entry_id for a in with_private.attachments] == [shared, private, private]


def test_pictures_left_out_leaves_every_picture_and_file_out(journal: Journal) -> None:
    entry_with_attachments(journal, "Beach day", file_name="letter.pdf")
    document = build_export(journal, ExportOptions(pictures=False))
    assert document.entries and document.attachments == ()


def test_entries_left_out_take_their_attachments_with_them(journal: Journal) -> None:
    entry_with_attachments(journal, "Beach day")
    assert build_export(journal, ExportOptions(entries=False)).attachments == ()
    flagged_only = ExportOptions(filters=Filters(flagged_only=True))
    assert build_export(journal, flagged_only).attachments == ()


def test_a_caption_and_a_name_are_redacted_like_the_words(journal: Journal) -> None:
    entry_with_attachments(journal, "Beach", picture_name="Sam.jpg", caption="Sam and me")
    (picture,) = build_export(journal, ExportOptions(redact=("Sam",))).attachments
    assert "Sam" not in picture.caption and "Sam" not in picture.name


def test_the_attachments_are_read_with_one_query_for_all_entries(journal: Journal) -> None:
    for number in range(3):
        entry_with_attachments(journal, f"Day {number}")
    calls: list[list[int]] = []
    kept = journal.attachments
    real = kept.of_entries

    def counted(entry_ids: list[int]) -> dict[int, list[object]]:
        calls.append(entry_ids)
        return real(entry_ids)  # type: ignore[return-value]

    kept.of_entries = counted  # type: ignore[method-assign]
    kept.of_entry = None  # type: ignore[assignment,method-assign]  # never one entry at a time
    document = build_export(journal, ExportOptions())
    assert len(document.attachments) == 3 and len(calls) == 1 and len(calls[0]) == 3


def test_the_preview_carries_thumbnails_not_the_pictures(journal: Journal) -> None:
    entry = journal.add_entry(EntryDraft(day=journal.clock.today(), title="Big", body="x"))
    journal.attachments.attach_bytes(entry.id, gps_jpeg(1600, 800), "big.jpg")
    journal.attachments.attach_bytes(entry.id, LETTER, "letter.pdf")
    picture, letter = build_export(journal, ExportOptions(), small_pictures=True).attachments
    assert (picture.width, picture.height, picture.media_type) == (320, 160, "image/jpeg")
    assert len(picture.data) < 20_000 and gps_in(picture.data) == {}
    assert letter.data == LETTER  # a file is no picture: listed by name, its bytes as kept


def test_a_plain_text_export_names_pictures_and_files_and_reads_none(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry_with_attachments(journal, "Beach", caption="The sea, at last", file_name="letter.pdf")
    read: list[int] = []

    def spy(attachment_id: int) -> bytes:
        read.append(attachment_id)
        return b""

    monkeypatch.setattr(journal.attachments, "content", spy)
    monkeypatch.setattr(journal.attachments, "thumbnail", spy)
    path = tmp_path / "notes.txt"
    export_to_file(journal, ExportOptions(), "txt", path)
    assert read == []  # not one picture's or file's bytes read from the vault
    text = path.read_text(encoding="utf-8")
    assert "Picture: beach.jpg\n  The sea, at last\nFile: letter.pdf, 120 KB\n" in text
    assert [reads_files(fmt) for fmt in ("txt", "pdf", "md", "html", "json")] == [
        False,
        *[True] * 4,
    ]
