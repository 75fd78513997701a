"""A Markdown export keeps its pictures and files in a folder beside it, linked relatively,
written whole or not at all."""

from __future__ import annotations

import errno
import re
from pathlib import Path
from urllib.parse import quote, unquote

import pytest
from export_pictures_kit import LETTER, entry_with_attachments, gps_in

from trustjournal.core.exchange.export import ExportNotWritten, export_to_file
from trustjournal.core.exchange.markdown import names_beside, percent_encoded
from trustjournal.core.exchange.model import ExportAttachment, ExportOptions, Filters
from trustjournal.core.journal.journal import Journal
from trustjournal.core.language import speaking
from trustjournal.core.vault import files

LINK = re.compile(r"\]\(([^)]+)\)")


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """The person's folder for the export (the journal lives in tmp_path/vault)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def exported(journal: Journal, folder: Path, options: ExportOptions | None = None) -> str:
    export_to_file(journal, options or ExportOptions(), "md", folder / "notes.md")
    return (folder / "notes.md").read_text("utf-8")


def test_pictures_and_files_go_in_a_folder_beside_with_relative_links(
    journal: Journal, out: Path
) -> None:
    entry_with_attachments(journal, "Beach", caption="The sea", file_name="letter.pdf")
    text = exported(journal, out)
    assert "![The sea](notes%20files/beach.jpg)" in text
    assert "[File: letter.pdf, 120 KB](notes%20files/letter.pdf)" in text
    beside = out / "notes files"
    assert sorted(p.name for p in beside.iterdir()) == ["beach.jpg", "letter.pdf"]
    assert (beside / "letter.pdf").read_bytes() == LETTER
    picture = (beside / "beach.jpg").read_bytes()
    assert picture.startswith(b"\xff\xd8") and gps_in(picture) == {}
    for link in LINK.findall(text):  # every link finds its file from the export's folder
        assert (out / unquote(link)).is_file()
    assert sorted(p.name for p in out.iterdir()) == ["notes files", "notes.md"]


def test_odd_names_and_separators_are_saved_out_safely(journal: Journal, out: Path) -> None:
    entry_with_attachments(journal, "One", picture_name="../../up/a:b?.jpg", file_name="Notes")
    entry_with_attachments(journal, "Two", picture_name="A:B?.JPG", file_name="notes")
    text = exported(journal, out)
    beside = out / "notes files"
    names = sorted(p.name for p in beside.iterdir())
    assert len(names) == 4 and all("/" not in n and "\\" not in n for n in names)
    assert len({n.casefold() for n in names}) == 4  # none overwrote another, in any case
    for link in LINK.findall(text):
        assert (out / unquote(link)).resolve().parent == beside.resolve()
    assert sorted(p.name for p in out.iterdir()) == ["notes files", "notes.md"]


def test_names_from_anywhere_become_one_file_name_each() -> None:
    def attachment(name: str) -> ExportAttachment:
        return ExportAttachment(entry_id=1, name=name, media_type="text/plain", size=1)

    names = names_beside([attachment(n) for n in ("../x/y.txt", "y.txt", "C:\\y.txt", ".")])
    assert names == ["_x_y.txt", "y.txt", "C__y.txt", "attachment"]


def test_a_private_entrys_files_stay_home(journal: Journal, out: Path) -> None:
    entry_with_attachments(journal, "Mine", private=True, file_name="letter.pdf")
    text = exported(journal, out)
    assert "letter.pdf" not in text and "beach.jpg" not in text
    assert [p.name for p in out.iterdir()] == ["notes.md"]
    exported(journal, out, ExportOptions(filters=Filters(include_private=True)))
    assert (out / "notes files" / "letter.pdf").is_file()


def test_pictures_left_out_makes_no_folder(journal: Journal, out: Path) -> None:
    entry_with_attachments(journal, "Beach", file_name="letter.pdf")
    text = exported(journal, out, ExportOptions(pictures=False))
    assert "beach.jpg" not in text and [p.name for p in out.iterdir()] == ["notes.md"]


def test_a_full_disk_midway_leaves_no_half_folder_and_says_so(
    journal: Journal, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry_with_attachments(journal, "Beach", file_name="letter.pdf")
    real = files._write_new_file
    written: list[Path] = []

    def filling(path: Path, data: bytes) -> None:
        if written:
            raise OSError(errno.ENOSPC, "No space left on device")
        written.append(path)
        real(path, data)

    monkeypatch.setattr(files, "_write_new_file", filling)
    with pytest.raises(ExportNotWritten) as refused:
        exported(journal, out)
    assert str(refused.value) == (
        f"The export's pictures and files could not be written to {out / 'notes files'}"
        " (no space left on device). Nothing was saved."
    )
    assert list(out.iterdir()) == []


def test_a_new_export_replaces_the_folder_of_the_last_whole(journal: Journal, out: Path) -> None:
    entry_with_attachments(journal, "Beach", file_name="old.txt")
    exported(journal, out)
    journal.attachments.remove(journal.attachments.of_entries([1])[1][1].id)
    exported(journal, out)
    assert [p.name for p in (out / "notes files").iterdir()] == ["beach.jpg"]
    assert sorted(p.name for p in out.iterdir()) == ["notes files", "notes.md"]


def test_a_folder_a_killed_export_left_is_removed_by_the_next(tmp_path: Path) -> None:
    left = tmp_path / ".notes files.k2j4h5g6.tmp"
    left.mkdir()
    (left / "beach.jpg").write_bytes(b"a picture from the export that was killed")
    assert files.remove_stale_temporaries(tmp_path / "notes files") == [left]
    assert not left.exists()


def test_a_file_where_the_folder_goes_is_refused_plainly(journal: Journal, out: Path) -> None:
    entry_with_attachments(journal, "Beach")
    (out / "notes files").write_text("mine")
    with pytest.raises(ExportNotWritten, match="is a file, so the export's pictures"):
        exported(journal, out)
    assert (out / "notes files").read_text() == "mine"
    assert not (out / "notes.md").exists()


def test_a_link_is_percent_encoded_as_a_browser_reads_it() -> None:
    path = "notes files/Día (2) [x]#1?.jpg"
    assert (
        percent_encoded(path)
        == quote(path, safe="/")
        == ("notes%20files/D%C3%ADa%20%282%29%20%5Bx%5D%231%3F.jpg")
    )


def test_in_german_the_folder_and_the_file_line_are_german(journal: Journal, out: Path) -> None:
    entry_with_attachments(journal, "Brief", file_name="letter.pdf")
    translations = speaking.load("de")
    assert translations is not None
    with speaking.speaking(translations):
        text = exported(journal, out)
    assert "[Datei: letter.pdf, 120 KB](notes%20Dateien/letter.pdf)" in text
    assert (out / "notes Dateien" / "letter.pdf").read_bytes() == LETTER
