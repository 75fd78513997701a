"""A Day One export's photos, PDFs and recordings come along with their entries, through
the same intake as "Attach…" (cleaned of location, thumbnails made); one the export
lacks, or one that is damaged, is named and its entry comes without it."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from pictures_import_kit import (
    AUDIO,
    PDF,
    dayone_entry,
    dayone_folder,
    dayone_zip,
    gps_in,
    gps_jpeg,
)

from trustjournal.core.exchange.importers import media
from trustjournal.core.exchange.importing import Import
from trustjournal.core.exchange.texts.importing import done_lines, summary_lines
from trustjournal.core.journal.journal import Journal

FIRST = dayone_entry("# By the sea\n\nA calm walk.", "A1", photos=[gps_jpeg(30), gps_jpeg(90)])
SECOND = dayone_entry("Notes from the session.", "B2", pdfAttachments=[PDF], audios=[AUDIO])
PLAIN = dayone_entry("No pictures today.", "C3")


def export(
    folder: Path, zipped: bool, *entries: tuple[dict[str, object], dict[str, bytes]]
) -> Path:
    """The export in a folder of its own (the journal's vault lies beside it)."""
    (folder / "from").mkdir(exist_ok=True)
    if zipped:
        return dayone_zip(folder / "from" / "Export.zip", list(entries))
    return dayone_folder(folder / "from" / "Export", list(entries))


@pytest.mark.parametrize("zipped", [True, False], ids=["zip", "folder"])
def test_photos_pdfs_and_recordings_come_along_cleaned(
    journal: Journal, tmp_path: Path, zipped: bool
) -> None:
    source = export(tmp_path, zipped, FIRST, SECOND, PLAIN)
    summary = Import(journal, "dayone", str(source)).run()
    assert (summary.new, summary.pictures, summary.files, summary.brought) == (3, 2, 2, 4)
    assert summary.left_out == []
    by_title = {e.title or e.body: e for e in journal.entries(limit=10)}
    walk = by_title["By the sea"]
    assert walk.body == "A calm walk."  # Day One's links are taken out of the text
    photos = journal.attachments.of_entry(walk.id)
    assert [(a.media_type, a.width, a.height, a.has_thumbnail) for a in photos] == [
        ("image/jpeg", 64, 48, True)
    ] * 2
    assert all(gps_in(journal.attachments.content(a.id)) == {} for a in photos)
    session = journal.attachments.of_entry(by_title["Notes from the session."].id)
    assert sorted(a.media_type for a in session) == ["application/pdf", "audio/mp4"]
    assert journal.attachments.of_entry(by_title["No pictures today."].id) == []
    assert [p.name for p in source.parent.iterdir()] == [source.name]  # nothing unpacked


def test_the_preview_counts_pictures_and_reads_none(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = export(tmp_path, True, FIRST, SECOND, PLAIN)
    monkeypatch.setattr(
        zipfile.ZipExtFile, "read", refuse_to_read_pictures(zipfile.ZipExtFile.read)
    )
    summary = Import(journal, "dayone", str(source)).preview()
    assert (summary.new, summary.pictures, summary.files) == (3, 2, 2)
    lines = summary_lines(summary)
    assert "  2 pictures come with them, cleaned of their location on the way in." in lines
    assert "  2 other files (PDFs, recordings or the like) come with them." in lines
    assert journal.count() == 0


def refuse_to_read_pictures(read):  # type: ignore[no-untyped-def]
    def only_the_journal(self, *arguments):  # type: ignore[no-untyped-def]
        assert self.name == "Journal.json", f"the preview read {self.name}"
        return read(self, *arguments)

    return only_the_journal


def test_a_photo_missing_from_the_export_is_named_and_the_entry_comes(
    journal: Journal, tmp_path: Path
) -> None:
    item, files = FIRST
    kept = dict(list(files.items())[:1])  # the second photo is not in the zip
    source = export(tmp_path, True, (item, kept))
    preview = Import(journal, "dayone", str(source)).preview()
    missing = next(iter(set(files) - set(kept)))
    (said,) = preview.left_out
    assert said == (
        f"Entry 1 names \u201c{missing.rsplit('.', 1)[0]}\u201d, which is not in the export; "
        "the entry comes without it."
    )
    assert preview.can_import and (preview.pictures, preview.left_out_count) == (1, 1)
    summary = Import(journal, "dayone", str(source)).run()
    (entry,) = journal.entries(limit=5)
    assert len(journal.attachments.of_entry(entry.id)) == 1
    assert summary.left_out == [said]
    assert said in "\n".join(done_lines(summary, str(source)))


def test_a_damaged_photo_is_named_and_the_rest_comes(journal: Journal, tmp_path: Path) -> None:
    good = gps_jpeg(30)
    cut = gps_jpeg(90)[:300]
    item, files = dayone_entry("Two photos.", "D4", photos=[good, cut])
    source = export(tmp_path, True, (item, files), PLAIN)
    summary = Import(journal, "dayone", str(source)).run()
    assert summary.new == 2 and summary.brought == 1
    (said,) = summary.left_out
    damaged = next(place for place, data in files.items() if data == cut).rsplit("/")[1]
    assert said.startswith(f"Entry 1: \u201c{damaged}\u201d looks like a picture but is damaged")
    assert said.endswith("The entry comes without it.")
    assert "Traceback" not in said and "\n" not in said


def test_importing_again_brings_no_second_copy(journal: Journal, tmp_path: Path) -> None:
    source = export(tmp_path, True, FIRST)
    Import(journal, "dayone", str(source)).run()
    again = Import(journal, "dayone", str(source)).run()
    assert (again.new, again.duplicates, again.brought) == (0, 1, 0)
    (entry,) = journal.entries(limit=5)
    assert len(journal.attachments.of_entry(entry.id)) == 2


def test_an_entry_of_one_photo_and_no_words_is_imported(journal: Journal, tmp_path: Path) -> None:
    source = export(tmp_path, True, dayone_entry("", "E5", photos=[gps_jpeg(60)]))
    summary = Import(journal, "dayone", str(source)).run()
    assert (summary.new, summary.skipped, summary.brought) == (1, 0, 1)
    (entry,) = journal.entries(limit=5)
    assert (entry.title, entry.body) == ("", "")
    assert len(journal.attachments.of_entry(entry.id)) == 1


def odd_zip(path: Path, photo: bytes, member: Callable[[zipfile.ZipFile, str], None]) -> Path:
    """A Day One zip whose one photo's member is written by `member(archive, place)`."""
    item, files = dayone_entry("Odd photo.", "F6", photos=[photo])
    (place,) = files
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("Journal.json", json.dumps({"entries": [item]}))
        member(archive, place)
    return path


def test_a_folder_named_like_a_photo_is_said(journal: Journal, tmp_path: Path) -> None:
    path = odd_zip(tmp_path / "z.zip", gps_jpeg(), lambda a, place: a.writestr(place + "/", b""))
    summary = Import(journal, "dayone", str(path)).run()
    (said,) = summary.left_out
    assert said.startswith("Entry 1: \u201c") and "is a folder, not a file" in said
    assert summary.new == 1 and summary.brought == 0


def test_a_photo_damaged_inside_the_zip_is_said(journal: Journal, tmp_path: Path) -> None:
    photo = gps_jpeg()
    path = odd_zip(tmp_path / "z.zip", photo, lambda a, place: a.writestr(place, photo))
    data = path.read_bytes()
    at = data.index(photo) + len(photo) // 2
    path.write_bytes(data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1 :])  # CRC now wrong
    summary = Import(journal, "dayone", str(path)).run()
    (said,) = summary.left_out
    assert "is damaged inside the zip, so it could not be read" in said
    assert summary.new == 1 and summary.brought == 0


def test_a_photo_over_the_limit_is_said_before_it_is_unpacked(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(media, "MAX_FILE_BYTES", 100)  # the photo is about 800 bytes
    path = odd_zip(tmp_path / "z.zip", gps_jpeg(), lambda a, place: a.writestr(place, gps_jpeg()))
    summary = Import(journal, "dayone", str(path)).run()
    (said,) = summary.left_out
    assert "is larger than 0 MB, the most TrustJournal keeps in one attachment" in said
