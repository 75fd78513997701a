"""TrustJournal's own versioned JSON export (core/exchange/json_format.py), every field.

Every export, from version 1 on, names each entry by its id and the moment it was
created (to the microsecond): together they tell one journal's entry from any other.
That is the key an import remembers, and the journal the export came from already
holds the entry itself (edited since or not), so bringing it back adds nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from trustjournal.core.clock import to_iso
from trustjournal.core.exchange import json_format
from trustjournal.core.exchange.importers import model, reading
from trustjournal.core.exchange.importers.model import ImportedEntry, ImportOptions, Problem
from trustjournal.core.records.entries import Entry


def read(path: str, options: ImportOptions) -> Iterator[ImportedEntry | Problem]:
    source = reading.existing(path)
    what = f"the TrustJournal export {source.name}"
    document = json_format.read_json(reading.text_of(reading.read_file(source, what), what))
    for number, exported in enumerate(document.entries, start=1):
        yield model.one_entry(_entry, exported, f"entry {number}")


def _entry(exported: Entry, where: str) -> ImportedEntry:
    model.entry(where, exported.day, exported.title, exported.body)  # the limits
    origin = (exported.id, to_iso(exported.created_at))
    return ImportedEntry(
        draft=exported.draft(), key=f"{origin[0]}@{origin[1]}", where=where, origin=origin
    )
