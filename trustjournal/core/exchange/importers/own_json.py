"""TrustJournal's own versioned JSON export (core/exchange/json_format.py), every field."""

from __future__ import annotations

from collections.abc import Iterator

from trustjournal.core.exchange import json_format
from trustjournal.core.exchange.importers import model, reading
from trustjournal.core.exchange.importers.model import ImportedEntry, ImportOptions


def read(path: str, options: ImportOptions) -> Iterator[ImportedEntry]:
    source = reading.existing(path)
    what = f"the TrustJournal export {source.name}"
    document = json_format.read_json(reading.text_of(reading.read_file(source, what), what))
    for number, exported in enumerate(document.entries, start=1):
        where = f"entry {number}"
        model.entry(where, exported.day, exported.title, exported.body)  # the limits
        draft = exported.draft()
        key = model.digest_of(
            repr((draft.day, draft.title, draft.body, draft.mood, draft.emotions, draft.tags))
        )
        yield model.ImportedEntry(draft=draft, key=key, where=where)
