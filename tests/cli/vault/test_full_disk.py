"""A full disk, on a real small file system, is said as a full disk and loses nothing.

The journal lives on a 4 MiB tmpfs mounted for the test (this needs root, or
a system that lets the user mount); elsewhere the test says why it skipped.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_kit import RunCli, init
from testkit import PASSPHRASE

BLOCK = 64 * 1024


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    if sys.platform != "linux":
        pytest.skip("mounting a small tmpfs is how this test fills a disk; Linux only")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(
            f"this machine does not allow mounting a small file system here: {mounted.stderr!r}"
        )
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _fill(folder: Path) -> Path:
    filler = folder / "filler"
    with contextlib.suppress(OSError), filler.open("wb") as handle:
        while True:
            handle.write(b"\0" * BLOCK)
            handle.flush()
            os.fsync(handle.fileno())
    return filler


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_a_full_disk_while_writing_is_said_and_loses_nothing(
    run_cli: RunCli, small_disk: Path
) -> None:
    journal = small_disk / "journal"
    init(run_cli, data=journal)
    assert (
        run_cli(
            "add", "--title", "kept", "before the disk filled", secrets=[PASSPHRASE], data=journal
        ).returncode
        == 0
    )
    filler = _fill(small_disk)
    result = run_cli(
        "add", "--title", "big", secrets=[PASSPHRASE], stdin="words " * 200_000, data=journal
    )
    assert result.returncode == 1
    assert "disk is full" in result.stderr
    assert "damaged" not in result.stderr and "restore" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    filler.unlink()
    listed = run_cli("list", "--json", secrets=[PASSPHRASE], data=journal)
    assert listed.returncode == 0, listed.stderr
    assert '"kept"' in listed.stdout
    assert run_cli("doctor", secrets=[PASSPHRASE], data=journal).returncode == 0


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_a_full_disk_at_open_is_said_and_loses_nothing(run_cli: RunCli, small_disk: Path) -> None:
    journal = small_disk / "journal"
    init(run_cli, data=journal)
    run_cli("add", "--title", "kept", "before the disk filled", secrets=[PASSPHRASE], data=journal)
    filler = _fill(small_disk)
    for command in (["list"], ["add", "--title", "new", "more words " * 3000]):
        result = run_cli(*command, secrets=[PASSPHRASE], data=journal)
        assert "damaged" not in result.stderr, result.stderr
        if result.returncode != 0:
            assert "disk is full" in result.stderr
    filler.unlink()
    listed = run_cli("list", "--json", secrets=[PASSPHRASE], data=journal)
    assert '"kept"' in listed.stdout


@pytest.mark.slow  # a tmpfs and several interpreters
def test_a_full_disk_during_attach_stores_nothing_half(
    run_cli: RunCli, small_disk: Path, tmp_path: Path
) -> None:
    journal = small_disk / "journal"
    init(run_cli, data=journal)
    run_cli("add", "kept", secrets=[PASSPHRASE], data=journal)
    big = tmp_path / "recording.ogg"
    big.write_bytes(os.urandom(6 * 1024 * 1024))  # more than the 4 MiB disk holds
    result = run_cli("attach", "1", str(big), secrets=[PASSPHRASE], data=journal)
    assert result.returncode == 1
    assert "disk is full" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    listed = run_cli("list", "--json", secrets=[PASSPHRASE], data=journal)
    assert listed.returncode == 0, listed.stderr
    assert '"attachments": []' in listed.stdout
    assert run_cli("doctor", secrets=[PASSPHRASE], data=journal).returncode == 0
