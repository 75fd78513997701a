"""Pruning keeps to this journal's own backups, and a wrong clock cannot make it lose one.

Every test here goes through `write_backup(journal, prune=True)`, the path the app
takes at lock, at quit and from Settings, with an injected clock: no real waiting.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from testkit import PASSPHRASE

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.backups import write_backup
from trustjournal.core.journal.journal import Journal
from trustjournal.core.vault.backup import file_format as backup_format
from trustjournal.core.vault.backup.making import list_backups
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.vault import Vault

# 30 days from a Sunday to a Monday: the last 7 days (Tue 24 to Mon 30) and the newest of
# each of the last 4 ISO weeks (Mon 30, Sun 29, Sun 22, Sun 15). Ending on a Monday, an
# eighth daily backup (Mon 23) would show; ending on a Sunday it could not.
FIRST_DAY = dt.date(2026, 3, 1)
DAYS = 30
KEPT_DAYS = {dt.date(2026, 3, day) for day in (15, 22, 24, 25, 26, 27, 28, 29, 30)}


def _journal(folder: Path, clock: ManualClock) -> Journal:
    vault, _code = Vault.create(folder, PASSPHRASE, params=FLOOR)
    return Journal(vault, clock=clock)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(dt.datetime(2026, 3, 14, 20, 0, tzinfo=dt.UTC))


@pytest.fixture
def journal(tmp_path: Path, clock: ManualClock) -> Iterator[Journal]:
    opened = _journal(tmp_path / "vault", clock)
    yield opened
    opened.close()


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=dt.UTC)


def _names(folder: Path) -> set[str]:
    return {path.name for path in folder.iterdir()} if folder.exists() else set()


def _name(moment: dt.datetime) -> str:
    return backup_format.backup_name(moment)


def _back_up(journal: Journal, clock: ManualClock, moment: dt.datetime, drive: Path) -> Path:
    clock.set(moment)
    return write_backup(journal, drive, prune=True).path


def test_two_journals_sharing_a_folder_for_30_days_each_keep_their_own(
    tmp_path: Path,
) -> None:
    drive = tmp_path / "shared-drive"
    clock_a, clock_b = ManualClock(_at(FIRST_DAY, 20)), ManualClock(_at(FIRST_DAY, 21))
    first, second = _journal(tmp_path / "a", clock_a), _journal(tmp_path / "b", clock_b)
    made_a: dict[dt.date, list[str]] = {}
    made_b: dict[dt.date, list[str]] = {}
    try:
        for number in range(DAYS):
            day = FIRST_DAY + dt.timedelta(days=number)
            # A backs up at 20:00, and a second time at 20:30 every third day; B at 21:00,
            # always newer than A's that day, as the backup that pruned by name alone kept.
            for minute in (0, 30) if number % 3 == 0 else (0,):
                theirs = _names(drive) - {name for names in made_a.values() for name in names}
                made_a.setdefault(day, []).append(
                    _back_up(first, clock_a, _at(day, 20, minute), drive).name
                )
                assert theirs <= _names(drive), f"A removed B's backups on {day}"
            theirs = _names(drive) - {name for names in made_b.values() for name in names}
            made_b.setdefault(day, []).append(_back_up(second, clock_b, _at(day, 21), drive).name)
            assert theirs <= _names(drive), f"B removed A's backups on {day}"
    finally:
        first.close()
        second.close()
    expected_a = {made_a[day][-1] for day in KEPT_DAYS}  # the newest of each kept day
    expected_b = {made_b[day][-1] for day in KEPT_DAYS}
    assert _names(drive) == expected_a | expected_b
    assert len(expected_a) == len(expected_b) == 9  # 7 daily, and 2 more weeks' newest


def test_a_clock_set_back_never_deletes_the_backup_just_made(
    journal: Journal, clock: ManualClock, tmp_path: Path
) -> None:
    drive = tmp_path / "drive"
    for number in range(30):  # to Saturday 14 March
        _back_up(journal, clock, _at(dt.date(2026, 2, 13) + dt.timedelta(days=number), 20), drive)
    before = _names(drive)
    assert len(before) == 9  # Sunday 8 to Saturday 14, and Sundays 1 March and 22 February
    back_then = dt.date(2026, 1, 1)
    for number in range(10):
        made = _back_up(journal, clock, _at(back_then + dt.timedelta(days=number), 20), drive)
        assert made.exists(), "the backup just made was pruned"
        assert before <= _names(drive), "a backup from before the clock moved was deleted"
    # The backups made since rotate among themselves: Sunday 4 to Saturday 10 January.
    assert len(_names(drive) - before) == 7


def test_a_backup_named_in_the_far_future_holds_no_slot_and_is_kept(
    journal: Journal, clock: ManualClock, tmp_path: Path
) -> None:
    drive = tmp_path / "drive"
    first_day = dt.date(2026, 2, 15)
    first = _back_up(journal, clock, _at(first_day, 20), drive)
    far_future = drive / _name(_at(dt.date(2099, 1, 1), 12))
    shutil.copyfile(first, far_future)  # the journal's own backup, under a wrong name
    for number in range(1, 28):  # to Saturday 14 March
        _back_up(journal, clock, _at(first_day + dt.timedelta(days=number), 20), drive)
    assert far_future.exists()
    kept_days = {
        time.date()
        for time in map(backup_format.time_in_name, drive.iterdir())
        if time is not None and time.year == 2026
    }
    last_seven = {dt.date(2026, 3, 14) - dt.timedelta(days=n) for n in range(7)}
    weeks_before = {dt.date(2026, 3, 1), dt.date(2026, 2, 22)}  # their Sundays
    assert kept_days == last_seven | weeks_before, "a backup from the future took a place"


def test_files_that_cannot_be_read_as_this_journals_are_never_deleted(
    journal: Journal, clock: ManualClock, tmp_path: Path
) -> None:
    drive = tmp_path / "drive"
    old = _back_up(journal, clock, _at(dt.date(2026, 1, 1), 20), drive)
    strangers = {
        "garbage": b"not a backup at all",
        "cut short": old.read_bytes()[:40],
        "empty": b"",
        "huge header": backup_format.MAGIC + (10**9).to_bytes(4, "big"),
    }
    for number, data in enumerate(strangers.values()):
        (drive / _name(_at(dt.date(2025, 1, 1 + number), 8))).write_bytes(data)
    if sys.platform != "win32":
        os.mkfifo(drive / _name(_at(dt.date(2025, 3, 1), 8)))  # opening it would hang
    before = _names(drive)
    for number in range(40):
        _back_up(journal, clock, _at(dt.date(2026, 2, 1) + dt.timedelta(days=number), 20), drive)
    assert not old.exists()  # this journal's own, long since rotated out
    assert before - {old.name} <= _names(drive)


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
@pytest.mark.parametrize(
    "last_day",
    [dt.date(2026, 3, 23) + dt.timedelta(days=n) for n in range(7)],
    ids=["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
)
def test_seven_daily_backups_whatever_day_of_the_week_comes_last(
    journal: Journal, clock: ManualClock, tmp_path: Path, last_day: dt.date
) -> None:
    """Ending on a Sunday an eighth day hides among the weeks' newest; on the other days not."""
    drive = tmp_path / "drive"
    model = _back_up(journal, clock, _at(last_day - dt.timedelta(days=40), 20), drive)
    for number in range(39, 0, -1):  # copies of the journal's own backup, one a day
        shutil.copyfile(model, drive / _name(_at(last_day - dt.timedelta(days=number), 20)))
    _back_up(journal, clock, _at(last_day, 20), drive)
    kept = {time.date() for time in map(backup_format.time_in_name, drive.iterdir()) if time}
    daily = {last_day - dt.timedelta(days=n) for n in range(7)}
    this_monday = last_day - dt.timedelta(days=last_day.weekday())
    sundays = {this_monday - dt.timedelta(days=1 + 7 * n) for n in range(3)}
    assert kept == daily | sundays


def test_pruning_reads_only_the_header_of_each_backup(
    journal: Journal, clock: ManualClock, tmp_path: Path
) -> None:
    """A backup of 2 GiB (sparse: no disk used) is judged by its first few kilobytes."""
    if not Path("/proc/self/io").exists():
        pytest.skip("counting the bytes a process reads needs Linux's /proc/self/io")
    drive = tmp_path / "drive"
    old = _back_up(journal, clock, _at(dt.date(2026, 1, 1), 20), drive)
    huge = drive / _name(_at(dt.date(2026, 1, 2), 20))
    shutil.copyfile(old, huge)
    with huge.open("r+b") as handle:
        handle.truncate(2 * 1024**3)
    for number in range(2, 30):  # newer ones, enough to rotate the two out
        later = _at(dt.date(2026, 1, 1) + dt.timedelta(days=number), 20)
        shutil.copyfile(old, drive / _name(later))
    clock.set(_at(dt.date(2026, 3, 14), 20))
    before = _bytes_read()
    write_backup(journal, drive, prune=True)
    assert not huge.exists() and not old.exists()  # both this journal's, both rotated out
    assert _bytes_read() - before < 8 * 1024**2


def _bytes_read() -> int:
    for line in Path("/proc/self/io").read_text().splitlines():
        if line.startswith("rchar:"):
            return int(line.split()[1])
    raise AssertionError("no rchar in /proc/self/io")


def test_a_backup_folder_the_app_makes_is_private(journal: Journal, tmp_path: Path) -> None:
    if sys.platform == "win32":
        pytest.skip("folder modes are a POSIX matter")
    drive = tmp_path / "new" / "backups"
    write_backup(journal, drive, prune=True)
    assert drive.stat().st_mode & 0o777 == 0o700


@pytest.mark.parametrize("holding", ["nothing", "a photo", "a backup"])
def test_a_folder_that_is_there_already_keeps_its_mode(
    journal: Journal, clock: ManualClock, tmp_path: Path, holding: str
) -> None:
    """The person's own folder, maybe on a FAT drive that refuses a change of mode."""
    if sys.platform == "win32":
        pytest.skip("folder modes are a POSIX matter")
    drive = tmp_path / "Documents"
    drive.mkdir()
    drive.chmod(0o755)
    if holding == "a photo":
        (drive / "holiday.jpg").write_bytes(b"photo")
    elif holding == "a backup":
        _back_up(journal, clock, _at(dt.date(2026, 3, 13), 20), drive)
    write_backup(journal, drive, prune=True)
    assert drive.stat().st_mode & 0o777 == 0o755


def test_backups_are_listed_newest_first_with_their_size_and_only_files(
    journal: Journal, clock: ManualClock, tmp_path: Path
) -> None:
    drive = tmp_path / "drive"
    older = _back_up(journal, clock, _at(dt.date(2026, 3, 13), 9), drive)
    newer = _back_up(journal, clock, _at(dt.date(2026, 3, 14), 9), drive)
    (drive / _name(_at(dt.date(2026, 3, 15), 9))).mkdir()  # named like one, but a folder
    listed = list_backups(drive)
    assert [backup.path for backup in listed] == [newer, older]
    assert [backup.size for backup in listed] == [newer.stat().st_size, older.stat().st_size]
    assert all(backup.size > 0 for backup in listed)


def test_a_backup_gone_before_pruning_reaches_it_is_no_error(
    journal: Journal, clock: ManualClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another journal's pruning, or the person, may remove a file between the listing and
    the removal; pruning goes on."""
    drive = tmp_path / "drive"
    for number in range(8):
        _back_up(journal, clock, _at(dt.date(2026, 2, 1) + dt.timedelta(days=number), 20), drive)
    late_name = _name(_at(dt.date(2026, 2, 9), 20))
    read_id = backup_format.vault_id_of

    def read_then_lose(path: Path) -> str | None:
        found = read_id(path)
        if path.name != late_name:
            path.unlink()  # gone after it was read as this journal's
        return found

    monkeypatch.setattr(backup_format, "vault_id_of", read_then_lose)
    late = _back_up(journal, clock, _at(dt.date(2026, 2, 9), 20), drive)
    assert _names(drive) == {late.name}
