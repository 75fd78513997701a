"""Reading sources safely: size limits, strict UTF-8, zips in memory, bounded folders.

Nothing here writes anywhere: a zip is read member by member into memory (never
unpacked to disk), and every limit ends in one plain sentence.
"""

from __future__ import annotations

import os
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

from trustjournal.core.errors import InvalidInput
from trustjournal.core.exchange.importers import model

_CHUNK = 1024 * 1024
_ZIP_FAILURES = (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error, ValueError)


def existing(path: str) -> Path:
    found = Path(path)
    if not found.exists():
        raise InvalidInput(f"There is no file or folder at {path}. Check the path and try again.")
    return found


def read_file(path: Path, what: str) -> bytes:
    """A whole file's bytes, refused above the size limit before anything is read."""
    try:
        if path.stat().st_size > model.MAX_FILE_BYTES:
            raise too_large(what)
        return path.read_bytes()
    except OSError as error:
        raise cannot_read(what, error) from None


def cannot_read(what: str, error: OSError) -> InvalidInput:
    if isinstance(error, IsADirectoryError):
        return InvalidInput(f"{model.capital(what)} is a folder; choose the file itself.")
    return InvalidInput(
        f"{model.capital(what)} could not be read ({error.strerror or 'the system refused'}). "
        "Check that it is yours to read and try again."
    )


def too_large(what: str) -> InvalidInput:
    return InvalidInput(
        f"{model.capital(what)} is larger than TrustJournal imports at once "
        f"({model.MAX_FILE_BYTES // (1024 * 1024)} MB); nothing was imported."
    )


def text_of(data: bytes, what: str) -> str:
    """Strict UTF-8 (a BOM allowed): binary data or other encodings are said plainly."""
    if b"\x00" in data:
        raise binary(what)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise not_utf8(what, line) from None


def binary(what: str) -> InvalidInput:
    return InvalidInput(
        f"{model.capital(what)} looks like a binary file, not text, so it was not "
        "imported. Choose the text export instead."
    )


def not_utf8(what: str, line: int) -> InvalidInput:
    return InvalidInput(
        f"Line {line} of {what} is not UTF-8 text. Save the file as UTF-8 "
        "(most editors offer it under Save As) and try again; nothing was imported."
    )


def text_lines(path: Path, what: str) -> Iterator[tuple[int, str]]:
    """(line number, line without its end) one at a time, so memory stays flat."""
    try:
        with path.open("rb") as stream:
            for number, raw in enumerate(stream, start=1):
                if b"\x00" in raw:
                    raise binary(what)
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError:
                    raise not_utf8(what, number) from None
                if number == 1:
                    line = line.removeprefix("\ufeff")
                yield number, line.rstrip("\r\n")
    except OSError as error:
        raise cannot_read(what, error) from None


def open_zip(path: Path, what: str) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except _ZIP_FAILURES:
        raise damaged_zip(what) from None
    except OSError as error:
        raise cannot_read(what, error) from None


def damaged_zip(what: str) -> InvalidInput:
    return InvalidInput(
        f"{model.capital(what)} is damaged or incomplete, so it could not be opened. "
        "Export it again (or let the copy finish) and try again; nothing was imported."
    )


class ZipBudget:
    """How much a zip's members may still unpack to, in memory, over the whole import."""

    def __init__(self, what: str) -> None:
        self._what = what
        self._left = model.MAX_UNPACKED_BYTES

    def read(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
        """The member's bytes, read in chunks and stopped at the budget, whatever the
        member's header claims (a zip bomb lies there)."""
        if info.file_size > self._left:
            raise self.bomb()
        parts: list[bytes] = []
        try:
            with archive.open(info) as member:
                while chunk := member.read(_CHUNK):
                    self._left -= len(chunk)
                    if self._left < 0:
                        raise self.bomb()
                    parts.append(chunk)
        except _ZIP_FAILURES:
            raise damaged_zip(self._what) from None
        return b"".join(parts)

    def bomb(self) -> InvalidInput:
        return InvalidInput(
            f"{model.capital(self._what)} would unpack to more than "
            f"{model.MAX_UNPACKED_BYTES // (1024 * 1024)} MB, far more than a journal "
            "export holds, so it was not opened. Export it again and try that file."
        )


def folder_files(folder: Path, suffixes: tuple[str, ...], what: str) -> list[Path]:
    """The folder's files with these endings, sorted; hidden folders (.obsidian, .git,
    .trash) skipped. Stops counting at the limit instead of listing a huge tree."""
    found: list[Path] = []
    seen = 0
    for root, folders, names in os.walk(folder, onerror=_raise):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        seen += len(names)
        if seen > model.MAX_FOLDER_FILES:
            raise InvalidInput(
                f"{model.capital(what)} holds more than {model.MAX_FOLDER_FILES:,} files, "
                "more than a folder of journal entries would. Choose the folder that holds "
                "only the entries and try again; nothing was imported."
            )
        found += [Path(root, n) for n in names if n.lower().endswith(suffixes)]
    return sorted(found)


def _raise(error: OSError) -> None:
    raise InvalidInput(
        f"A folder could not be read ({error.strerror or 'the system refused'}). "
        "Check that it is yours to read and try again."
    )
