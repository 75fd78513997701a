"""Pictures linked from Markdown files come along when they lie inside the chosen folder;
a link that leaves it (../, an absolute path, a link on disk pointing out) is refused and
named, a missing or odd file is named, and a web address stays text, never fetched."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pictures_import_kit import gps_in, gps_jpeg

from trustjournal.core.exchange.importers import media
from trustjournal.core.exchange.importing import Import
from trustjournal.core.journal.attachments.intake import AttachmentRefused
from trustjournal.core.journal.journal import Journal

SECRET = gps_jpeg(250)  # lies outside the chosen folder: must never come in

NOTE = """# By the sea

![beach](pics/beach.jpg)
![again](<pics/my beach.jpg>) and ![same](pics/my%20beach.jpg "the same file")
![up](../secret.jpg)
![root](/etc/hostname)
![gone](pics/missing.jpg)
![web](https://example.org/sea.jpg)
![link](pics/link.jpg)
![folder](pics/folder.jpg)
![pipe](pics/pipe.jpg)
![through](linked/secret.jpg)
"""


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    """A folder of notes with pictures inside, and a picture outside it reached by every
    way out: ../, an absolute path, a link to a file and a link to a folder."""
    (tmp_path / "secret.jpg").write_bytes(SECRET)
    folder = tmp_path / "notes"
    (folder / "pics" / "folder.jpg").mkdir(parents=True)
    (folder / "sub").mkdir()
    (folder / "pics" / "beach.jpg").write_bytes(gps_jpeg(20))
    (folder / "pics" / "my beach.jpg").write_bytes(gps_jpeg(120))
    (folder / "pics" / "link.jpg").symlink_to(tmp_path / "secret.jpg")
    (folder / "linked").symlink_to(tmp_path, target_is_directory=True)
    os.mkfifo(folder / "pics" / "pipe.jpg")
    (folder / "2024-03-09.md").write_text(NOTE, encoding="utf-8")
    (folder / "sub" / "2024-03-10.md").write_text("From below ![](../pics/beach.jpg)\n")
    return folder


def test_pictures_inside_come_along_and_the_ways_out_are_named(
    journal: Journal, notes: Path
) -> None:
    preview = Import(journal, "markdown", str(notes)).preview()
    assert (preview.new, preview.pictures, preview.files) == (2, 3, 0)
    said = "\n".join(preview.left_out)
    assert preview.left_out == [
        "File 1 (2024-03-09.md) links to \u201c../secret.jpg\u201d, outside the chosen folder, "
        "so it was not read; the entry comes without it.",
        "File 1 (2024-03-09.md) links to \u201c/etc/hostname\u201d, outside the chosen folder, "
        "so it was not read; the entry comes without it.",
        "File 1 (2024-03-09.md): \u201cpics/missing.jpg\u201d could not be found; nothing was "
        "attached. The entry comes without it.",
        "File 1 (2024-03-09.md): \u201cpics/link.jpg\u201d is a link to another file. Attach the "
        "file it points to instead; nothing was attached. The entry comes without it.",
        "File 1 (2024-03-09.md): \u201cpics/folder.jpg\u201d is a folder, not a file; nothing was "
        "attached. The entry comes without it.",
        "File 1 (2024-03-09.md): \u201cpics/pipe.jpg\u201d is not an ordinary file (a pipe, a "
        "device or a socket); nothing was attached. The entry comes without it.",
        "File 1 (2024-03-09.md): \u201clinked/secret.jpg\u201d is a link to another file. Attach "
        "the file it points to instead; nothing was attached. The entry comes without it.",
    ], said
    summary = Import(journal, "markdown", str(notes)).run()
    assert summary.brought == 3 and summary.left_out == preview.left_out
    by_title = {e.title: e for e in journal.entries(limit=5)}
    sea = by_title["By the sea"]
    kept = journal.attachments.of_entry(sea.id)
    assert [a.name for a in kept] == ["beach.jpg", "my beach.jpg"]
    contents = [journal.attachments.content(a.id) for a in kept]
    assert all(gps_in(data) == {} for data in contents)  # cleaned by the intake
    # Brought pictures leave the text; what could not come stays, as the person wrote it.
    assert "pics/beach.jpg" not in sea.body and "my%20beach" not in sea.body
    assert "![up](../secret.jpg)" in sea.body
    assert "![web](https://example.org/sea.jpg)" in sea.body
    below = by_title[""]
    assert [a.name for a in journal.attachments.of_entry(below.id)] == ["beach.jpg"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its mode")
def test_an_unreadable_picture_is_named(journal: Journal, tmp_path: Path) -> None:
    (tmp_path / "pics").mkdir()
    locked = tmp_path / "pics" / "a.jpg"
    locked.write_bytes(gps_jpeg())
    locked.chmod(0)
    (tmp_path / "2024-03-09.md").write_text("Words ![](pics/a.jpg)\n")
    summary = Import(journal, "markdown", str(tmp_path / "2024-03-09.md")).run()
    assert summary.new == 1 and summary.brought == 0
    assert summary.left_out == [
        "File 1 (2024-03-09.md): \u201cpics/a.jpg\u201d could not be read (check that you may "
        "open it); nothing was attached. The entry comes without it."
    ]


def test_a_link_swapped_in_after_the_preview_is_not_followed(journal: Journal, notes: Path) -> None:
    importing = Import(journal, "markdown", str(notes))
    importing.preview()
    beach = notes / "pics" / "beach.jpg"
    beach.unlink()
    beach.symlink_to(notes.parent / "secret.jpg")
    summary = importing.run()
    assert summary.brought == 1  # "my beach.jpg" only
    assert any("\u201cpics/beach.jpg\u201d is a link" in said for said in summary.left_out)


SEGMENTS = st.sampled_from(
    [
        "..",
        ".",
        "",
        "pics",
        "beach.jpg",
        "link.jpg",
        "linked",
        "secret.jpg",
        "%2e%2e",
        "%2F",
        "..%2F..",
        "\\",
        "C:",
        "file:",
        "~",
        "sub",
        "\x00",
        " ",
        "//",
    ]
)


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(parts=st.lists(SEGMENTS, max_size=6), beside=st.sampled_from([(), ("sub",)]))
def test_no_link_target_resolves_outside_the_folder(
    notes: Path, parts: list[str], beside: tuple[str, ...]
) -> None:
    target = "/".join(parts)
    found = media.inside(target, beside)
    if not isinstance(found, tuple):
        return
    assert all(part not in ("", ".", "..") and "/" not in part for part in found)
    lexical = Path(os.path.normpath(notes.joinpath(*found)))
    assert lexical.is_relative_to(notes)
    try:
        data = media.FolderShelf(notes).read("/".join(found))
    except AttachmentRefused:
        return
    assert data != SECRET
