"""Telling which journal a file or folder came from, by its shape, for `auto`."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from trustjournal.core.errors import InvalidInput
from trustjournal.core.exchange.importers import (
    daylio,
    jrnl_text,
    markdown_folder,
    own_markdown,
    reading,
)
from trustjournal.core.exchange.texts import sources

_PEEK = 64 * 1024


def detect(path: str) -> str:
    """The format's name, or one sentence asking the person to name it."""
    source = reading.existing(path)
    found = _folder(source) if source.is_dir() else _file(source)
    if found is None:
        raise InvalidInput(sources.CANNOT_TELL.format(name=source.name))
    return found


def _folder(source: Path) -> str | None:
    names = {p.name.lower() for p in source.iterdir()}
    # Our own Markdown export, even beside a JSON file (both exports in one folder).
    if any(own_markdown.starts_as_export(p) for p in source.iterdir() if p.suffix == ".md"):
        return "markdown"
    if any(n.endswith(".json") for n in names):
        return "dayone"
    if any(n.endswith(markdown_folder.SUFFIXES) for n in names) or any(
        p.is_dir() for p in source.iterdir()
    ):
        return "markdown"
    return None


def _file(source: Path) -> str | None:
    if not source.is_file():  # a FIFO or a device: never opened, so never waited on
        return None
    if zipfile.is_zipfile(source):
        return "dayone"
    try:
        with source.open("rb") as stream:
            head = stream.read(_PEEK).decode("utf-8-sig", errors="replace")
    except OSError:
        return None
    suffix = source.suffix.lower()
    if suffix == ".json" or head.lstrip().startswith("{"):
        return _json_kind(head)
    first = next((line for line in head.splitlines() if line.strip()), "")
    if first.strip().lower().replace(" ", "") in (
        ",".join(daylio.COLUMNS),
        ",".join(daylio.OLD_COLUMNS),
    ):
        return "daylio"
    if jrnl_text.starts_entry(first):
        return "jrnl"
    if suffix in markdown_folder.SUFFIXES:
        return "markdown"
    return None


def _json_kind(head: str) -> str | None:
    if re.search(r'"format"\s*:\s*"trustjournal-export"', head):
        return "trustjournal"
    if '"creationDate"' in head or re.search(r'"metadata"\s*:', head):
        return "dayone"
    if re.search(r'"entries"\s*:', head) or re.search(r'"tags"\s*:', head):
        return "jrnl-json"
    return None
