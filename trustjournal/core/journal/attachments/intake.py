"""Reading a file a person chose, safely: an ordinary file only, never through a link,
never larger than the limit, each refusal one sentence naming the file."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from trustjournal.core.errors import InvalidInput
from trustjournal.core.journal.attachments import texts

MAX_FILE_BYTES = 256 * 1024 * 1024  # read whole into memory to clean it: 256 MiB at most
_READ = 1 << 20


class AttachmentRefused(InvalidInput):
    """A file that cannot be attached, said in one sentence that names it."""


def read_chosen_file(path: Path) -> bytes:
    """The bytes of `path`, or AttachmentRefused saying why not."""
    name = path.name or str(path)
    try:
        status = path.lstat()
    except FileNotFoundError:
        raise AttachmentRefused(texts.MISSING.format(name=name)) from None
    except OSError:
        raise AttachmentRefused(texts.UNREADABLE.format(name=name)) from None
    _require_ordinary(status, name)
    _require_small_enough(status.st_size, name)
    return _read_without_following(path, name)


def _require_ordinary(status: os.stat_result, name: str) -> None:
    if stat.S_ISLNK(status.st_mode):
        raise AttachmentRefused(texts.A_LINK.format(name=name))
    if stat.S_ISDIR(status.st_mode):
        raise AttachmentRefused(texts.NOT_A_FILE.format(name=name))
    if not stat.S_ISREG(status.st_mode):
        raise AttachmentRefused(texts.NOT_REGULAR.format(name=name))


def _require_small_enough(size: int, name: str) -> None:
    if size > MAX_FILE_BYTES:
        limit = MAX_FILE_BYTES // (1024 * 1024)
        raise AttachmentRefused(texts.TOO_LARGE.format(name=name, limit=limit))


def _read_without_following(path: Path, name: str) -> bytes:
    """Read with O_NOFOLLOW and O_NONBLOCK: a file swapped for a link or a pipe after the
    check is refused, never followed or waited on."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise AttachmentRefused(texts.A_LINK.format(name=name)) from None
        raise AttachmentRefused(texts.UNREADABLE.format(name=name)) from None
    try:
        _require_ordinary(os.fstat(descriptor), name)
        parts: list[bytes] = []
        total = 0
        while part := os.read(descriptor, _READ):
            total += len(part)
            _require_small_enough(total, name)  # it may have grown since the check
            parts.append(part)
        return b"".join(parts)
    except OSError:
        raise AttachmentRefused(texts.UNREADABLE.format(name=name)) from None
    finally:
        os.close(descriptor)
