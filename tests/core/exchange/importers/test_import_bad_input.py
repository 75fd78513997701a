"""Every kind of bad input is one plain sentence, and nothing is written."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from import_kit import FIXTURES

from trustjournal.core.errors import InvalidInput
from trustjournal.core.exchange.importers import model
from trustjournal.core.exchange.importing import Import
from trustjournal.core.journal.journal import Journal


def refused(journal: Journal, format_name: str, path: Path) -> str:
    with pytest.raises(InvalidInput) as caught:
        Import(journal, format_name, str(path)).run()
    assert journal.count() == 0
    message = str(caught.value)
    assert "\n" not in message and "Traceback" not in message
    return message


def dayone_zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(FIXTURES / "dayone" / "Journal.json", "Journal.json")
        archive.writestr("photos/a.jpeg", bytes(range(256)) * 400)
    return buffer.getvalue()


def test_a_truncated_zip(journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "Export.zip"
    path.write_bytes(dayone_zip_bytes()[:-300])
    assert "damaged or incomplete" in refused(journal, "dayone", path)


def small_bomb(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """With the limit lowered to 1 MB, a zip whose journal unpacks to 4 MB of spaces."""
    monkeypatch.setattr(model, "MAX_UNPACKED_BYTES", 1024 * 1024)
    path = folder / "Export.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Journal.json", b'{"entries": [' + b" " * (4 * 1024 * 1024) + b"]}")
    return path


def test_a_zip_bomb_is_refused_by_what_it_unpacks_to(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = small_bomb(tmp_path, monkeypatch)
    assert "would unpack to more than 1 MB" in refused(journal, "dayone", path)


def test_a_zip_bomb_whose_header_lies_is_stopped_while_reading(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = small_bomb(tmp_path, monkeypatch)
    original = zipfile.ZipFile.infolist

    def lying(self: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
        infos = original(self)
        for info in infos:
            info.file_size = 10  # what a crafted header would claim
        return infos

    monkeypatch.setattr(zipfile.ZipFile, "infolist", lying)
    # zipfile stops at the size the header claims and then finds the checksum wrong; had
    # it gone on, the budget would stop it. Either way: one sentence, nothing written.
    message = refused(journal, "dayone", path)
    assert "damaged or incomplete" in message or "would unpack to more than 1 MB" in message


def test_csv_with_the_wrong_columns(journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "moods.csv"
    path.write_text("date,mood,note\n2024-01-01,good,fine\n")
    assert "does not have Daylio's columns" in refused(journal, "daylio", path)


def test_a_csv_row_with_too_few_columns(journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "moods.csv"
    text = (FIXTURES / "daylio" / "daylio_export.csv").read_text() + "2024-01-01,1 January\n"
    path.write_text(text)
    assert refused(journal, "daylio", path).startswith("Entry 6 (line 7) has 2 columns")


def test_invalid_utf8_names_its_line(journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "journal.txt"
    path.write_bytes(b"[2024-01-01 10:00] Fine\nok\n\n[2024-01-02 10:00] Not\n caf\xe9\n")
    assert refused(journal, "jrnl", path).startswith(
        "Line 5 of the jrnl journal journal.txt is not UTF-8"
    )


@pytest.mark.parametrize(
    ("format_name", "name", "content"),
    [
        ("jrnl", "j.txt", "[0999-01-01 10:00] Too early\n"),
        ("jrnl-json", "j.json", '{"entries": [{"date": "2400-01-01", "time": "10:00"}]}'),
        (
            "daylio",
            "d.csv",
            ",".join(
                ["full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note"]
            )
            + "\n1850-01-01,1 January,Tuesday,10:00 am,rad,,,\n",
        ),
        ("markdown", "2500-01-01.md", "From the future"),
    ],
)
def test_dates_out_of_range(
    journal: Journal, tmp_path: Path, format_name: str, name: str, content: str
) -> None:
    path = tmp_path / name
    path.write_text(content)
    assert "outside the years 1900-2199" in refused(journal, format_name, path)


def test_dates_that_do_not_exist(journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "j.txt"
    path.write_text("[2024-01-01 10:00] Fine\n\n[2023-02-30 10:00] No such day\n")
    assert refused(journal, "jrnl", path) == (
        "Line 3 starts an entry with a date or time that does not exist; correct it in the "
        "journal and try again; nothing was imported."
    )


def test_a_50_mb_single_entry(journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "j.txt"
    with path.open("w") as out:
        out.write("[2024-01-01 10:00] One long entry\n")
        line = "words " * 20 + "\n"
        for _ in range(50 * 1024 * 1024 // len(line)):
            out.write(line)
    assert "is longer than TrustJournal takes for one entry" in refused(journal, "jrnl", path)


def test_a_huge_note_in_a_csv(journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    header = (FIXTURES / "daylio" / "daylio_export.csv").read_text().splitlines()[0]
    path.write_text(f'{header}\n2024-01-01,1 January,Monday,10:00 am,rad,,,"{"x" * 6_000_000}"\n')
    assert "longer than TrustJournal takes" in refused(journal, "daylio", path)


def test_a_folder_of_too_many_files(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(model, "MAX_FOLDER_FILES", 30)
    for i in range(31):
        (tmp_path / f"2024-01-{i % 28 + 1:02d}-{i}.md").write_text("note")
    assert "holds more than 30 files" in refused(journal, "markdown", tmp_path)


def test_a_binary_file_named_md(journal: Journal, tmp_path: Path) -> None:
    (tmp_path / "2024-01-01.md").write_text("fine")
    (tmp_path / "2024-01-02.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert "looks like a binary file" in refused(journal, "markdown", tmp_path)


def test_json_that_is_not_json(journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "j.json"
    path.write_text('{"entries": [\n{"date": ')
    assert "is not valid JSON (line 2)" in refused(journal, "jrnl-json", path)


def test_a_missing_path(journal: Journal, tmp_path: Path) -> None:
    assert "There is no file or folder at" in refused(journal, "jrnl", tmp_path / "gone.txt")


def test_auto_that_cannot_tell(journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "photo.bin"
    path.write_bytes(b"\x00\x01\x02")
    assert "could not tell which journal" in refused(journal, "auto", path)
