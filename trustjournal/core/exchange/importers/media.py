"""Pictures and files beside an import's entries: in a zip (Day One) or a folder.

A shelf reads one file at a time, only when its entry is written, and hands the bytes to
the same intake as "Attach…" (stripping, limits, thumbnails). Nothing is unpacked to disk.
In a folder, a file is reached one folder at a time without following any link (openat
with O_NOFOLLOW), so a link or a folder swapped for one never leads outside the folder;
the path itself is checked first (`inside`), so "../" and absolute paths never get that far.
"""

from __future__ import annotations

import errno
import io
import os
import re
import stat
import zipfile
import zlib
from pathlib import Path

from trustjournal.core.errors import InvalidInput
from trustjournal.core.exchange.importers import reading
from trustjournal.core.exchange.texts import sources
from trustjournal.core.journal.attachments import texts
from trustjournal.core.journal.attachments.intake import MAX_FILE_BYTES, AttachmentRefused

_CHUNK = 1 << 20
_ZIP_FAILURES = (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error, ValueError)
_PERCENT = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
# Links to the web (or mail, or data) stay as text: nothing is ever fetched.
REMOTE = "remote"


def inside(target: str, beside: tuple[str, ...] = ()) -> tuple[str, ...] | str | None:
    """A link's target as the folders and name it names inside the chosen folder, or
    REMOTE for a web address (left as text), or None for a place outside the folder
    (an absolute path, a drive, a file: address, or "../" past the top). A relative
    target is read from `beside`, the folders (inside the chosen one) of the linking file."""
    target = target.strip()
    if "\x00" in target:
        return None
    scheme = _SCHEME.match(target)
    if scheme is not None:
        name = scheme.group(1).lower()
        if len(name) == 1 or name == "file":  # C:\\… is a Windows path, file: a local one
            return None
        return REMOTE
    path = _unquoted(target).replace("\\", "/")
    if path.startswith("/") or "\x00" in path:
        return None
    parts: list[str] = list(beside)
    for part in path.split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            if not parts:
                return None
            parts.pop()
            continue
        parts.append(part)
    return tuple(parts) or None


def _unquoted(text: str) -> str:
    """%20 and the like decoded as UTF-8 (urllib.parse would do it, but the house keeps
    every networking module out, and this is all a link to a file needs)."""
    return _PERCENT.sub(
        lambda found: bytes.fromhex(found.group(0).replace("%", "")).decode("utf-8", "replace"),
        text,
    )


class ZipShelf:
    """The members of a zip, read into memory one at a time, each within the attachments'
    size limit (a member that claims less and unpacks to more is stopped there too)."""

    def __init__(self, path: Path, what: str) -> None:
        self._path = path
        self._what = what
        self._archive: zipfile.ZipFile | None = None

    @property
    def archive(self) -> zipfile.ZipFile:
        if self._archive is None:
            self._archive = reading.open_zip(self._path, self._what)
        return self._archive

    def names(self) -> list[str]:
        return self.archive.namelist()

    def read(self, place: str) -> bytes:
        try:
            info = self.archive.getinfo(place)
        except KeyError:
            raise AttachmentRefused(texts.MISSING.format(name=place)) from None
        except InvalidInput:
            raise AttachmentRefused(texts.UNREADABLE.format(name=place)) from None
        if info.is_dir():
            raise AttachmentRefused(texts.NOT_A_FILE.format(name=place))
        _within_limit(info.file_size, place)
        data = io.BytesIO()
        try:
            with self.archive.open(info) as member:
                while chunk := member.read(_CHUNK):
                    data.write(chunk)
                    _within_limit(data.tell(), place)
        except _ZIP_FAILURES:
            raise AttachmentRefused(sources.DAMAGED_IN_ZIP.format(name=place)) from None
        return data.getvalue()

    def close(self) -> None:
        if self._archive is not None:
            self._archive.close()
            self._archive = None


class FolderShelf:
    """The files beneath one folder, reached without following a link."""

    def __init__(self, root: Path) -> None:
        self._root = root

    def read(self, place: str) -> bytes:
        parts = inside(place)
        if not isinstance(parts, tuple):
            raise AttachmentRefused(texts.A_LINK.format(name=place))
        return read_beneath(self._root, parts, place)

    def close(self) -> None:
        """Nothing stays open between reads."""


def look_beneath(root: Path, parts: tuple[str, ...], name: str) -> None:
    """AttachmentRefused unless `read_beneath` would find a file there (nothing is read:
    the preview says what cannot come along without reading every picture)."""
    read_beneath(root, parts, name, whole=False)


def read_beneath(root: Path, parts: tuple[str, ...], name: str, whole: bool = True) -> bytes:
    """The regular file at root/parts, opened folder by folder with O_NOFOLLOW: a link
    anywhere on the way is refused, never followed; a pipe is never waited on."""
    descriptors: list[int] = []
    try:
        folder = _open(str(root), os.O_DIRECTORY, None, name)
        descriptors.append(folder)
        for part in parts[:-1]:
            folder = _open(part, os.O_DIRECTORY | _NOFOLLOW, folder, name)
            descriptors.append(folder)
        handle = _open(parts[-1], _NOFOLLOW | os.O_NONBLOCK, folder, name)
        descriptors.append(handle)
        return _read_regular(handle, name, whole)
    finally:
        for descriptor in descriptors:
            os.close(descriptor)


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def _open(part: str, flags: int, folder: int | None, name: str) -> int:
    try:
        return os.open(part, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0) | flags, dir_fd=folder)
    except FileNotFoundError:
        raise AttachmentRefused(texts.MISSING.format(name=name)) from None
    except OSError as error:
        if error.errno == errno.ELOOP or _is_link(part, folder):
            raise AttachmentRefused(texts.A_LINK.format(name=name)) from None
        if error.errno == errno.ENOTDIR:  # a file where the path needs a folder
            raise AttachmentRefused(texts.MISSING.format(name=name)) from None
        raise AttachmentRefused(texts.UNREADABLE.format(name=name)) from None


def _is_link(part: str, folder: int | None) -> bool:
    """A folder on the way that is a link fails as "not a folder" (O_DIRECTORY|O_NOFOLLOW):
    said as a link, which is what it is."""
    try:
        return stat.S_ISLNK(os.stat(part, dir_fd=folder, follow_symlinks=False).st_mode)
    except OSError:
        return False


def _read_regular(handle: int, name: str, whole: bool) -> bytes:
    try:
        found = os.fstat(handle)
        if stat.S_ISDIR(found.st_mode):
            raise AttachmentRefused(texts.NOT_A_FILE.format(name=name))
        if not stat.S_ISREG(found.st_mode):
            raise AttachmentRefused(texts.NOT_REGULAR.format(name=name))
        _within_limit(found.st_size, name)
        data = io.BytesIO()
        while whole and (chunk := os.read(handle, _CHUNK)):
            data.write(chunk)
            _within_limit(data.tell(), name)  # it may have grown since fstat
        return data.getvalue()
    except OSError:
        raise AttachmentRefused(texts.UNREADABLE.format(name=name)) from None


def _within_limit(size: int, name: str) -> None:
    if size > MAX_FILE_BYTES:
        limit = MAX_FILE_BYTES // (1024 * 1024)
        raise AttachmentRefused(texts.TOO_LARGE.format(name=name, limit=limit))
