"""Shared test constants and helpers for looking at what is on disk."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

PASSPHRASE = "quiet river under the old stone bridge"
NEW_PASSPHRASE = "lanterns drift past the harbour at dusk"


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` with a hash of its bytes."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def files_containing(needle: str, folders: Iterable[Path]) -> list[Path]:
    """Files under the folders whose bytes hold `needle` as UTF-8 or UTF-16."""
    patterns = [needle.encode("utf-8"), needle.encode("utf-16-le")]
    found: list[Path] = []
    for folder in folders:
        for path in folder.rglob("*"):
            try:
                if not path.is_file() or path.is_symlink():
                    continue
                data = path.read_bytes()
            except OSError:
                continue
            if any(pattern in data for pattern in patterns):
                found.append(path)
    return found
