"""Reading sources safely: size limits, strict UTF-8, zips in memory, bounded folders.

Nothing here writes anywhere: a zip is read member by member into memory (never
unpacked to disk), and every limit ends in one plain sentence.
"""

from __future__ import annotations

import io
import os
import stat
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from trustjournal.core.errors import InvalidInput
from trustjournal.core.exchange.importers import model
from trustjournal.core.exchange.texts import sources

_CHUNK = 1024 * 1024
_ZIP_FAILURES = (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error, ValueError)


def existing(path: str) -> Path:
    found = Path(path)
    if not found.exists():
        raise InvalidInput(sources.NO_SUCH_PATH.format(path=path))
    return found


# Opened without waiting: a FIFO or a device is seen by fstat and refused, never read.
_OPEN_FLAGS = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)


def read_file(path: Path, what: str, follow: bool = True) -> bytes:
    """A regular file's bytes: refused above the size limit before anything is read, and
    read in chunks to one byte past it, so a file that grows meanwhile is caught too.

    What was opened is checked (fstat), not the name, so a FIFO, a device or a file
    swapped in after a listing is refused; `follow=False` refuses a link (O_NOFOLLOW).
    """
    flags = _OPEN_FLAGS | (0 if follow else getattr(os, "O_NOFOLLOW", 0))
    try:
        handle = os.open(path, flags)
    except OSError as error:
        raise cannot_read(what, error) from None
    try:
        found = os.fstat(handle)
        if not stat.S_ISREG(found.st_mode):
            raise not_a_file(what)
        if found.st_size > model.MAX_FILE_BYTES:
            raise too_large(what)
        return _bounded(handle, what)
    except OSError as error:
        raise cannot_read(what, error) from None
    finally:
        os.close(handle)


def _bounded(handle: int, what: str) -> bytes:
    data = io.BytesIO()
    while chunk := os.read(handle, _CHUNK):
        data.write(chunk)
        if data.tell() > model.MAX_FILE_BYTES:
            raise too_large(what)
    return data.getvalue()


def not_a_file(what: str) -> InvalidInput:
    return InvalidInput(sources.NOT_REGULAR_FILE.format(what=model.capital(what)))


def cannot_read(what: str, error: OSError) -> InvalidInput:
    if isinstance(error, IsADirectoryError):
        return InvalidInput(sources.IS_A_FOLDER.format(what=model.capital(what)))
    reason = error.strerror or sources.THE_SYSTEM_REFUSED
    return InvalidInput(sources.COULD_NOT_READ.format(what=model.capital(what), reason=reason))


def too_large(what: str) -> InvalidInput:
    most = model.MAX_FILE_BYTES // (1024 * 1024)
    return InvalidInput(sources.TOO_LARGE.format(what=model.capital(what), most=most))


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
    return InvalidInput(sources.BINARY.format(what=model.capital(what)))


def not_utf8(what: str, line: int) -> InvalidInput:
    return InvalidInput(sources.NOT_UTF8.format(line=line, what=what))


def text_lines(path: Path, what: str) -> Iterator[tuple[int, str]]:
    """(line number, line without its end) one at a time, so memory stays flat."""
    try:
        with _regular_stream(path, what) as stream:
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


def _regular_stream(path: Path, what: str) -> io.BufferedReader:
    """The file opened without waiting (O_NONBLOCK), refused unless it is a regular file:
    a FIFO or a device chosen as a journal is said plainly instead of hanging the import."""
    handle = os.open(path, _OPEN_FLAGS)
    try:
        if not stat.S_ISREG(os.fstat(handle).st_mode):
            raise not_a_file(what)
        return os.fdopen(handle, "rb")
    except BaseException:
        os.close(handle)
        raise


def open_zip(path: Path, what: str) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except _ZIP_FAILURES:
        raise damaged_zip(what) from None
    except OSError as error:
        raise cannot_read(what, error) from None


def damaged_zip(what: str) -> InvalidInput:
    return InvalidInput(sources.DAMAGED_ZIP.format(what=model.capital(what)))


class ZipBudget:
    """How much a zip's members may still unpack to, in memory, over the whole import."""

    def __init__(self, what: str) -> None:
        self._what = what
        self._left = model.MAX_UNPACKED_BYTES

    def read(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
        """The member's bytes, read in chunks and stopped at the budget, whatever the
        member's header claims (a zip bomb lies there)."""
        if info.file_size > min(self._left, model.MAX_FILE_BYTES):
            raise self.bomb()
        # The real bytes are counted into one growing buffer (no list of parts joined at
        # the end, which held every byte twice): memory is what was read, at most one
        # member's limit, whatever the header promised.
        data = io.BytesIO()
        try:
            with archive.open(info) as member:
                while chunk := member.read(_CHUNK):
                    self._left -= len(chunk)
                    data.write(chunk)
                    if self._left < 0 or data.tell() > model.MAX_FILE_BYTES:
                        raise self.bomb()
        except _ZIP_FAILURES:
            raise damaged_zip(self._what) from None
        return data.getvalue()

    def bomb(self) -> InvalidInput:
        most = model.MAX_UNPACKED_BYTES // (1024 * 1024)
        return InvalidInput(sources.ZIP_BOMB.format(what=model.capital(self._what), most=most))


@dataclass
class Listing:
    """A folder's regular files with the endings asked for, and those refused, with why
    ("is a link"): links are never followed and devices, pipes and sockets never opened."""

    files: list[Path] = field(default_factory=list)
    refused: list[tuple[Path, str]] = field(default_factory=list)


LINK = "is a link"
NOT_REGULAR = "is not a regular file (a device, a pipe or a socket)"


def folder_listing(folder: Path, suffixes: tuple[str, ...], what: str) -> Listing:
    """The folder's files with these endings, sorted; hidden folders (.obsidian, .git,
    .trash) skipped. Stops counting at the limit instead of listing a huge tree.

    Each name is looked at without following it (lstat): only regular files are
    listed. A link is refused even when it points inside the folder: the file it
    points to is read where it lies, and a link can be changed between the look and
    the read (the read refuses links too, O_NOFOLLOW). os.walk never enters a linked
    folder, so a loop is never walked.
    """
    listing = Listing()
    seen = 0
    for root, folders, names in os.walk(folder, onerror=_raise):
        linked = [name for name in folders if Path(root, name).is_symlink()]
        listing.refused += [(Path(root, n), LINK) for n in linked if not n.startswith(".")]
        folders[:] = sorted(n for n in folders if not n.startswith(".") and n not in linked)
        seen += len(names)
        if seen > model.MAX_FOLDER_FILES:
            raise InvalidInput(
                sources.TOO_MANY_FILES.format(what=model.capital(what), most=model.MAX_FOLDER_FILES)
            )
        for name in names:
            if name.lower().endswith(suffixes):
                _sort_one(Path(root, name), listing)
    listing.files.sort()
    listing.refused.sort()
    return listing


def _sort_one(path: Path, listing: Listing) -> None:
    try:
        mode = path.lstat().st_mode
    except OSError as error:
        reason = error.strerror or "refused"
        listing.refused.append((path, sources.COULD_NOT_BE_READ_BECAUSE.format(reason=reason)))
        return
    if stat.S_ISREG(mode):
        listing.files.append(path)
    else:
        listing.refused.append((path, LINK if stat.S_ISLNK(mode) else NOT_REGULAR))


def folder_files(folder: Path, suffixes: tuple[str, ...], what: str) -> list[Path]:
    """The regular files of `folder_listing`, for a source that lists no refusals."""
    return folder_listing(folder, suffixes, what).files


def _raise(error: OSError) -> None:
    reason = error.strerror or sources.THE_SYSTEM_REFUSED
    raise InvalidInput(sources.FOLDER_COULD_NOT_BE_READ.format(reason=reason))
