"""A Markdown folder is read only as regular files lying inside it (issue 20, item 6).

No link is followed (inside, outside, dangling, loops), no device or FIFO is opened
for reading or waited on, a file's size is checked before it is read and no more
than the limit plus one byte is ever read; each refused file is listed by its place
in the folder and why, never by its words. A zip member costs what was really read,
held once.
"""

from __future__ import annotations

import contextlib
import os
import signal
import tracemalloc
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustjournal.core.errors import InvalidInput
from trustjournal.core.exchange.importers import FORMATS, markdown_folder, model, reading
from trustjournal.core.exchange.importers.detect import detect
from trustjournal.core.exchange.importers.model import ImportedEntry, ImportOptions, Problem

OUTSIDE_WORDS = "root:x:0:0:the outside file's words"
SECONDS = 10


class Hung(Exception):
    """Not an OSError, so no reader's own `except OSError` swallows it and waits again."""


@contextlib.contextmanager
def bounded(seconds: int = SECONDS) -> Iterator[None]:
    """Fail instead of hanging: a read that waits on a FIFO is interrupted."""

    def stop(signum: int, frame: object) -> None:
        raise Hung(f"reading took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def read(folder: Path) -> list[ImportedEntry | Problem]:
    with bounded():
        return list(markdown_folder.read(str(folder), ImportOptions()))


def said(items: list[ImportedEntry | Problem]) -> list[str]:
    return [i.said for i in items if isinstance(i, Problem)]


def bodies(items: list[ImportedEntry | Problem]) -> list[str]:
    return [i.draft.body for i in items if isinstance(i, ImportedEntry)]


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "2024-05-01.md").write_text("A day of my own words.")
    (tmp_path / "outside.md").write_text(OUTSIDE_WORDS)
    return folder


def test_a_link_out_of_the_folder_is_listed_not_read(notes: Path) -> None:
    (notes / "passwd.md").symlink_to(notes.parent / "outside.md")
    items = read(notes)
    assert bodies(items) == ["A day of my own words."]
    assert said(items) == ["In the folder, passwd.md is a link, so it was not read."]
    assert all(i.stops is False for i in items if isinstance(i, Problem))


def test_a_link_to_a_device_is_never_read(notes: Path) -> None:
    (notes / "zero.md").symlink_to("/dev/zero")
    assert said(read(notes)) == ["In the folder, zero.md is a link, so it was not read."]


def test_a_fifo_never_blocks(notes: Path) -> None:
    os.mkfifo(notes / "2024-05-02.md")
    items = read(notes)
    assert said(items) == [
        "In the folder, 2024-05-02.md is not a regular file (a device, a pipe or a socket), "
        "so it was not read."
    ]
    assert bodies(items) == ["A day of my own words."]


def test_a_fifo_chosen_by_itself_is_refused_without_waiting(tmp_path: Path) -> None:
    pipe = tmp_path / "2024-05-02.md"
    os.mkfifo(pipe)
    (item,) = read(pipe)
    assert isinstance(item, Problem) and "is not a regular file" in item.said


@pytest.mark.parametrize("format_name", ["jrnl", "daylio", "jrnl-json", "dayone"])
def test_a_fifo_chosen_as_a_journal_is_refused_without_waiting(
    tmp_path: Path, format_name: str
) -> None:
    pipe = tmp_path / "journal.json"
    os.mkfifo(pipe)
    with bounded(), pytest.raises(InvalidInput, match="is not a regular file"):
        list(FORMATS[format_name].read(str(pipe), ImportOptions()))
    with bounded(), pytest.raises(InvalidInput, match="could not tell which journal"):
        detect(str(pipe))


def test_links_inside_dangling_and_in_loops_are_listed(notes: Path) -> None:
    (notes / "inside.md").symlink_to(notes / "2024-05-01.md")
    (notes / "dangling.md").symlink_to(notes / "gone.md")
    (notes / "a.md").symlink_to(notes / "b.md")
    (notes / "b.md").symlink_to(notes / "a.md")
    (notes / "sub").mkdir()
    (notes / "sub" / "up").symlink_to(notes)  # a folder loop, never walked
    (notes / "elsewhere").symlink_to(notes.parent)
    items = read(notes)
    assert bodies(items) == ["A day of my own words."]
    assert said(items) == [
        f"In the folder, {name} is a link, so it was not read."
        for name in ("a.md", "b.md", "dangling.md", "elsewhere", "inside.md", "sub/up")
    ]


def test_a_huge_sparse_file_is_refused_before_reading(notes: Path) -> None:
    huge = notes / "2024-05-03.md"
    with huge.open("wb") as out:
        out.truncate(model.MAX_FILE_BYTES + 1)  # sparse: no disk used
    items = read(notes)
    assert said(items) == [
        "The file 2024-05-03.md is larger than TrustJournal imports at once (512 MB)."
    ]


def test_a_file_that_grows_after_its_size_was_checked_is_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "2024-05-01.md"
    path.write_bytes(b"x" * 3000)
    monkeypatch.setattr(model, "MAX_FILE_BYTES", 1000)
    monkeypatch.setattr(reading, "_CHUNK", 64)
    real_fstat = os.fstat

    def smaller(handle: int) -> os.stat_result:  # the size seen before it grew
        found = real_fstat(handle)
        return os.stat_result((found.st_mode, *found[1:6], 10, *found[7:]))

    def stat_smaller(path: object, **how: bool) -> os.stat_result:
        found = real_stat(path, **how)  # type: ignore[call-overload]
        return os.stat_result((found.st_mode, *found[1:6], 10, *found[7:]))

    real_stat = os.stat
    monkeypatch.setattr(os, "fstat", smaller)
    monkeypatch.setattr(os, "stat", stat_smaller)
    reads: list[int] = []
    real_read = os.read

    def counted(handle: int, size: int) -> bytes:
        reads.append(size)
        return real_read(handle, size)

    monkeypatch.setattr(os, "read", counted)
    with pytest.raises(InvalidInput, match="larger than TrustJournal imports at once"):
        reading.read_file(path, "the file")
    assert 0 < sum(reads) <= 1000 + 64  # the limit and one chunk past it, never the whole


def test_a_zip_member_is_held_once_while_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    size = 8 * 1024 * 1024
    path = tmp_path / "Export.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Journal.json", b" " * size)
    with reading.open_zip(path, "the zip") as archive:
        budget = reading.ZipBudget("the zip")
        tracemalloc.start()
        try:
            data = budget.read(archive, archive.getinfo("Journal.json"))
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert len(data) == size
    assert peak < 1.5 * size  # the parts joined at the end held every byte twice


def test_a_zip_member_is_held_to_the_file_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(model, "MAX_FILE_BYTES", 1024 * 1024)
    path = tmp_path / "Export.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Journal.json", b" " * (16 * 1024 * 1024))
    with reading.open_zip(path, "the zip") as archive:
        budget = reading.ZipBudget("the zip")
        tracemalloc.start()
        try:
            with pytest.raises(InvalidInput):
                budget.read(archive, archive.infolist()[0])
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert peak < 4 * 1024 * 1024


# -- fuzz: any mix of files, links, devices, FIFOs and huge files ----------------------

KINDS = st.sampled_from(
    ["file", "link-in", "link-out", "link-dangling", "link-loop", "device", "fifo", "huge"]
)


def make(folder: Path, outside: Path, number: int, kind: str) -> Path:
    path = folder / f"2024-01-{number + 1:02d}.md"
    if kind == "file":
        path.write_text(f"own words {number}")
    elif kind == "link-in":
        path.symlink_to(folder / "2024-01-01.md")
    elif kind == "link-out":
        path.symlink_to(outside)
    elif kind == "link-dangling":
        path.symlink_to(folder / "nowhere.md")
    elif kind == "link-loop":
        path.symlink_to(path)
    elif kind == "device":
        path.symlink_to("/dev/zero") if number % 2 else path.symlink_to("/dev/urandom")
    elif kind == "fifo":
        os.mkfifo(path)
    else:
        with path.open("wb") as out:
            out.truncate(model.MAX_FILE_BYTES + 1 + number)
    return path


@pytest.fixture(scope="module")
def fuzz_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("folder_fuzz")


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(kinds=st.lists(KINDS, min_size=1, max_size=12), nested=st.booleans())
def test_fuzz_the_folder_reader(fuzz_root: Path, kinds: list[str], nested: bool) -> None:
    folder = fuzz_root / f"run{len(list(fuzz_root.iterdir()))}"
    (folder / "deeper").mkdir(parents=True)
    outside = fuzz_root / "outside.md"
    outside.write_text(OUTSIDE_WORDS)
    where = folder / "deeper" if nested else folder
    made = {make(where, outside, n, kind).name: kind for n, kind in enumerate(kinds)}
    items = read(folder)
    entries = [i for i in items if isinstance(i, ImportedEntry)]
    problems = said(items)
    assert len(entries) + len(problems) == len(made)  # one entry or one listing each
    assert all(OUTSIDE_WORDS not in e.draft.body for e in entries)
    assert sorted(e.draft.body for e in entries) == sorted(
        f"own words {n}" for n, kind in enumerate(kinds) if kind == "file"
    )
    for text in problems:
        assert "own words" not in text and "root:" not in text and "\n" not in text
        assert text[0].isupper()
