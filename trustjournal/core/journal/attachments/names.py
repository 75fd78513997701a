"""File names that are safe to keep and to save out: one name, never a path."""

from __future__ import annotations

import mimetypes
import unicodedata
from pathlib import Path

_MOST_CHARACTERS = 120
_FORBIDDEN = set('/\\:*?"<>|')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10))}
_RESERVED |= {f"LPT{n}" for n in range(1, 10)}
FALLBACK = "attachment"


def kept_name(name: str) -> str:
    """`name` as one harmless file name: no folders, no control characters, no leading
    dot (a hidden file), no name Windows reserves, at most 120 characters."""
    name = unicodedata.normalize("NFC", name)
    cleaned = "".join(
        "_" if char in _FORBIDDEN or unicodedata.category(char).startswith("C") else char
        for char in name
    )
    cleaned = cleaned.strip().lstrip(".").strip()
    stem, dot, suffix = cleaned.rpartition(".")
    if not dot:
        stem, suffix = cleaned, ""
    if stem.upper() in _RESERVED:
        stem = "_" + stem
    suffix = suffix[:16]
    stem = stem[: _MOST_CHARACTERS - len(suffix) - 1]
    cleaned = f"{stem}.{suffix}" if suffix else stem
    return cleaned if cleaned.strip("._ ") else FALLBACK


def free_path(folder: Path, name: str) -> Path:
    """A path in `folder` for `name` that names nothing yet: "a.jpg", then "a (2).jpg"."""
    safe = kept_name(name)
    candidate = folder / safe
    stem, suffix = Path(safe).stem, Path(safe).suffix
    number = 2
    while candidate.exists() or candidate.is_symlink():
        candidate = folder / f"{stem} ({number}){suffix}"
        number += 1
    return candidate


def media_type_of(name: str) -> str:
    guessed, _encoding = mimetypes.guess_type(name, strict=False)
    return guessed or "application/octet-stream"
