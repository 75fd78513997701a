"""File names that are safe to keep and to save out: one name, never a path."""

from __future__ import annotations

import mimetypes
import re
import unicodedata
from pathlib import Path

_MOST_CHARACTERS = 120
_LONGEST_ENDING = 16
_ENDS = re.compile(r"^[\s.]+|[\s.]+$")  # spaces and dots at either end
_FORBIDDEN = set('/\\:*?"<>|')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10))}
_RESERVED |= {f"LPT{n}" for n in range(1, 10)}
FALLBACK = "attachment"


def kept_name(name: str) -> str:
    """`name` as one harmless file name: no folders, no control characters, no leading
    dot (a hidden file), no trailing dot or space (Windows drops them), no name Windows
    reserves, at most 120 characters. Kept again, a kept name stays as it is: every cut
    is tidied after it is made, so a second pass finds nothing left to change."""
    name = unicodedata.normalize("NFC", name)
    cleaned = _ENDS.sub("", "".join(_harmless(char) for char in name))
    stem, dot, suffix = cleaned.rpartition(".")
    if not dot:
        stem, suffix = cleaned, ""
    suffix = _ENDS.sub("", suffix[:_LONGEST_ENDING])
    if stem.split(".", 1)[0].upper() in _RESERVED:  # "CON.tar.gz" is reserved too
        stem = "_" + stem
    stem = stem[: _MOST_CHARACTERS - (len(suffix) + 1 if suffix else 0)]
    cleaned = f"{stem}.{suffix}" if suffix else _ENDS.sub("", stem)
    return cleaned if cleaned.strip("._ ") else FALLBACK


def _harmless(char: str) -> str:
    forbidden = char in _FORBIDDEN or unicodedata.category(char).startswith("C")
    return "_" if forbidden else char


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
