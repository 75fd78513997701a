"""The review at unlock: waiting notes open with their time and first line, kept ones become
entries once, discarded ones leave nothing, and a file that does not open is set aside
with its reason, never taken for damage of the journal."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from inbox_kit import MOMENT, bodies, capture, review

from trustjournal.core.vault.inbox import inbox, sealing, texts
from trustjournal.core.vault.paths import VaultPaths


@pytest.fixture
def folder(created_vault: tuple[Path, str]) -> Path:
    return created_vault[0]


def test_a_waiting_note_shows_its_time_and_first_line(folder: Path) -> None:
    capture(folder, "\n  first words  \nmore words", mood=2, tags=("car park",))
    journal, notes = review(folder)
    try:
        (waiting,) = notes.open().notes
        assert waiting.note.first_line == "first words"
        assert waiting.note.written_at == MOMENT
        assert len(waiting.id) == inbox.ID_LENGTH
    finally:
        journal.close()


def test_kept_notes_become_entries_and_their_files_go(folder: Path) -> None:
    capture(folder, "kept one", mood=2, tags=("car park",))
    capture(folder, "kept two")
    journal, notes = review(folder)
    try:
        notes.keep(notes.open().notes)
        assert bodies(journal) == ["kept one", "kept two"]
        entry = next(e for e in journal.entries_by_id(journal.entry_ids()) if e.mood)
        assert (entry.mood, entry.tags, entry.day) == (2, ("car park",), MOMENT.astimezone().date())
        assert inbox.waiting_names(folder) == []
        assert notes.open().notes == ()
    finally:
        journal.close()


def test_keeping_some_leaves_the_others_waiting(folder: Path) -> None:
    for text in ("one", "two", "three"):
        capture(folder, text)
    journal, notes = review(folder)
    try:
        waiting = notes.open().notes
        chosen = [n for n in waiting if n.note.text == "two"]
        notes.keep(chosen)
        assert bodies(journal) == ["two"]
        assert sorted(n.note.text for n in notes.open().notes) == ["one", "three"]
    finally:
        journal.close()


def test_discarded_notes_leave_no_entry_and_no_file(folder: Path) -> None:
    capture(folder, "let it go")
    journal, notes = review(folder)
    try:
        notes.discard(notes.open().notes)
        assert bodies(journal) == []
        assert inbox.waiting_names(folder) == []
    finally:
        journal.close()


def test_a_note_kept_before_a_crash_removed_its_file_is_not_kept_twice(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    capture(folder, "only once")
    journal, notes = review(folder)
    try:
        monkeypatch.setattr(inbox, "remove", lambda *_: None)  # the crash: files stay
        notes.keep(notes.open().notes)
        monkeypatch.undo()
        assert notes.open().notes == ()  # recognised as kept, and its file removed
        assert inbox.waiting_names(folder) == []
        assert bodies(journal) == ["only once"]
    finally:
        journal.close()


def _stopped_after(files: int) -> Callable[[], bool]:
    """Asked before each file: stops once `files` have been overwritten."""
    asked = iter(range(1_000))
    return lambda: next(asked) >= files


def test_keeping_with_the_removal_stopped_part_way_keeps_each_note_once(folder: Path) -> None:
    for text in ("one", "two", "three"):
        capture(folder, text)
    journal, notes = review(folder)
    try:
        waiting = notes.open().notes
        notes.keep_entries(waiting)
        notes.remove_files(waiting, _stopped_after(1))  # as a lock stops it
        assert len(inbox.waiting_names(folder)) == 3  # one zeroed, two still sealed
        assert notes.open().notes == ()  # the zeroed file and the kept ones removed
        assert inbox.waiting_names(folder) == []
        assert bodies(journal) == ["one", "three", "two"]
    finally:
        journal.close()


def test_discarding_with_the_removal_stopped_shows_the_rest_again(folder: Path) -> None:
    capture(folder, "first to go")
    capture(folder, "second to go")
    journal, notes = review(folder)
    try:
        waiting = notes.open().notes
        notes.remove_files(waiting, _stopped_after(1))
        (left,) = notes.open().notes
        assert left.note.text == waiting[1].note.text
        assert bodies(journal) == []
    finally:
        journal.close()


def test_removing_overwrites_the_bytes_before_the_file_goes(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = capture(folder)
    seen: list[bytes] = []
    original_unlink = Path.unlink

    def unlink(self: Path, missing_ok: bool = False) -> None:
        if self == path:
            seen.append(self.read_bytes())
        original_unlink(self, missing_ok)

    journal, notes = review(folder)
    try:
        monkeypatch.setattr(Path, "unlink", unlink)
        notes.discard(notes.open().notes)
    finally:
        journal.close()
    assert seen and set(seen[0]) == {0}


def _plant(folder: Path, kind: str) -> Path:
    paths = VaultPaths(folder)
    paths.inbox.mkdir(exist_ok=True)
    target = paths.inbox / ("c0" * 16 + inbox.SUFFIX)
    good = capture(folder, "a good note").read_bytes()
    if kind == "folder":
        target.mkdir()
    elif kind == "link":
        target.symlink_to(paths.keyfile)
    elif kind == "pipe":
        os.mkfifo(target)
    elif kind == "truncated":
        target.write_bytes(good[:300])
    elif kind == "tampered":
        target.write_bytes(good[:-1] + bytes([good[-1] ^ 1]))
    elif kind == "empty":
        target.write_bytes(b"")
    elif kind == "too large":
        target.write_bytes(good[:100] + bytes(sealing.MOST_FILE_BYTES))
    elif kind == "stranger":
        (paths.inbox / "holiday.jpg").write_bytes(b"\xff\xd8" + bytes(3000))
        return paths.inbox / "holiday.jpg"
    return target


@pytest.mark.parametrize(
    ("kind", "reason"),
    [
        ("folder", texts.WHY_NOT_A_FILE),
        ("link", texts.WHY_NOT_A_FILE),
        ("pipe", texts.WHY_NOT_A_FILE),
        ("truncated", texts.WHY_TRUNCATED),
        ("empty", texts.WHY_TRUNCATED),
        ("tampered", texts.WHY_TAMPERED),
        ("too large", texts.WHY_TOO_LARGE),
        ("stranger", texts.WHY_NOT_A_NOTE),
    ],
)
def test_a_file_that_does_not_open_is_set_aside_and_explained(
    folder: Path, kind: str, reason: str
) -> None:
    planted = _plant(folder, kind)
    keyfile_before = VaultPaths(folder).keyfile.read_bytes()
    journal, notes = review(folder)
    try:
        intake = notes.open()
        assert [n.note.text for n in intake.notes] == ["a good note"]
        (aside,) = intake.set_aside
        assert (aside.name, aside.reason) == (planted.name, reason)
        assert planted.name in aside.sentence
        assert aside.moved_to.parent == VaultPaths(folder).inbox_aside
        assert inbox.set_aside_names(VaultPaths(folder)) == [aside.moved_to.name]
        assert notes.open().set_aside == ()  # said once; it stays aside
    finally:
        journal.close()
    assert VaultPaths(folder).keyfile.read_bytes() == keyfile_before  # a link is never followed


def test_a_note_of_another_journal_is_set_aside_as_such(folder: Path, tmp_path: Path) -> None:
    from testkit import PASSPHRASE

    from trustjournal.core.vault.keys.keyfile import FLOOR
    from trustjournal.core.vault.vault import Vault

    other = tmp_path / "other"
    Vault.create(other, PASSPHRASE, params=FLOOR)[0].close()
    stray = capture(other, "not for you")
    VaultPaths(folder).inbox.mkdir(exist_ok=True)
    stray.rename(VaultPaths(folder).inbox / stray.name)
    journal, notes = review(folder)
    try:
        intake = notes.open()
        assert intake.notes == ()
        assert [a.reason for a in intake.set_aside] == [texts.WHY_OTHER_KEY]
    finally:
        journal.close()


def test_notes_written_while_locked_keep_no_time_in_their_file(folder: Path) -> None:
    path = capture(folder)
    status = path.stat()
    assert status.st_mtime == 0  # (its change time the file system keeps)
    assert stat.S_IMODE(status.st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
