"""Shared test constants and helpers for looking at what is on disk."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

PASSPHRASE = "quiet river under the old stone bridge"
NEW_PASSPHRASE = "lanterns drift past the harbour at dusk"


# The test run's own coverage data files: coverage records each measured child process's
# command line (sys.argv), so a canary passed as an argument lands there. They are the
# test harness measuring the CLI, never written by the app, and sit in the checkout,
# which may itself be under the temp folder a canary test scans.
COVERAGE_DATA = ".coverage"


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` with a hash of its bytes."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def files_containing(
    needle: str, folders: Iterable[Path], changed_since: float | None = None
) -> list[Path]:
    """Files under the folders whose bytes hold `needle` as UTF-8 or UTF-16.

    Other programs may add and remove files meanwhile (the temp folder is shared),
    so anything that vanishes or cannot be read while walking is passed over.
    With `changed_since` (a `time.time()`), only files created or changed since
    then are read: a shared folder like /tmp holds much that no test wrote.
    """
    patterns = [needle.encode("utf-8"), needle.encode("utf-16-le")]
    found: list[Path] = []
    for folder in folders:
        for root, _dirs, names in os.walk(folder, onerror=lambda _error: None):
            for name in names:
                if name.startswith(COVERAGE_DATA):
                    continue
                path = Path(root, name)
                try:
                    if path.is_symlink() or not path.is_file():
                        continue
                    if changed_since is not None and not _changed_since(path, changed_since):
                        continue
                    data = path.read_bytes()
                except OSError:
                    continue
                if any(pattern in data for pattern in patterns):
                    found.append(path)
    return found


def _changed_since(path: Path, moment: float) -> bool:
    """Written or created (its inode changed, which a copied-in old mtime cannot hide)."""
    status = path.stat()
    return max(status.st_mtime, status.st_ctime) >= moment


def step_until(done: Callable[[], bool], step: Callable[[], object], limit: int = 50) -> None:
    """Take `step` until `done`, at most `limit` times: a loop in a test never spins forever."""
    for _ in range(limit):
        if done():
            return
        step()
    assert done(), f"not done after {limit} steps"


@contextlib.contextmanager
def short_socket_folder() -> Iterator[Path]:
    """A private folder with a short path, for a test's local socket: a socket's whole path
    must fit in about 100 bytes, more than pytest's own folders leave. The one place a
    test makes a folder in the system's temporary folder (tests/house/test_temp_folders.py
    holds that); it is removed again, whatever the test did."""
    folder = Path(tempfile.mkdtemp(prefix="tj-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
