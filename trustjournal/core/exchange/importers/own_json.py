"""TrustJournal's own versioned JSON export (core/exchange/json_format.py), every field.

Every export, from version 1 on, names each entry by its id and the moment it was
created (to the microsecond): together they tell one journal's entry from any other.
That is the key an import remembers, and the journal the export came from already
holds the entry itself (edited since or not), so bringing it back adds nothing.

Its pictures and files (decision 0008: base64 in `attachments`, each naming its entry by
the id it had in the exporting journal) come with their entries, with their captions,
through the same intake as "Attach…". Each is read on its own: a damaged one, or one for
an entry the export does not hold, is one line, and the rest comes.
"""

from __future__ import annotations

import binascii
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from trustjournal.core.clock import to_iso
from trustjournal.core.exchange import json_format
from trustjournal.core.exchange.importers import model, reading
from trustjournal.core.exchange.importers.model import (
    ImportedEntry,
    ImportOptions,
    LeftOut,
    Medium,
    Problem,
)
from trustjournal.core.exchange.model import ExportAttachment
from trustjournal.core.exchange.texts import sources
from trustjournal.core.journal.attachments import texts
from trustjournal.core.journal.attachments.intake import AttachmentRefused
from trustjournal.core.records.entries import Entry

_DAMAGED = (KeyError, TypeError, ValueError, binascii.Error)


def read(path: str, options: ImportOptions) -> Iterator[ImportedEntry | Problem | LeftOut]:
    source = reading.existing(path)
    what = sources.THE_OWN_EXPORT.format(name=source.name)
    text = reading.text_of(reading.read_file(source, what), what)
    document, attachments = json_format.read_json_apart(text)
    found = _Attachments.read(attachments)
    for number, exported in enumerate(document.entries, start=1):
        yield model.one_entry(_entry, exported, sources.ENTRY_NUMBER.format(number=number), found)
    held = {exported.id for exported in document.entries}
    for entry_id, name in found.owners:
        if entry_id not in held:
            yield LeftOut(sources.ATTACHMENT_WITHOUT_ENTRY.format(name=name))


def _entry(exported: Entry, where: str, found: _Attachments) -> ImportedEntry:
    model.entry(where, exported.day, exported.title, exported.body)  # the limits
    origin = (exported.id, to_iso(exported.created_at))
    left_out = tuple(
        sources.ATTACHMENT_DAMAGED.format(where=model.capital(where), name=name)
        for name in found.damaged.get(exported.id, ())
    )
    return ImportedEntry(
        draft=exported.draft(),
        key=f"{origin[0]}@{origin[1]}",
        media=found.media.get(exported.id, ()),
        where=where,
        left_out=left_out,
        origin=origin,
    )


@dataclass
class _Attachments:
    """The export's attachments by the id their entry had in it: those read whole (their
    bytes on a shelf in memory, as the export already is), and the names of the damaged."""

    shelf: _Held
    media: dict[int, tuple[Medium, ...]] = field(default_factory=dict)
    damaged: dict[int, list[str]] = field(default_factory=dict)
    owners: list[tuple[int | None, str]] = field(default_factory=list)  # each, in order

    @classmethod
    def read(cls, attachments: list[Any]) -> _Attachments:
        found = cls(_Held())
        for number, raw in enumerate(attachments, start=1):
            found.add(sources.ATTACHMENT_NUMBER.format(number=number), raw)
        return found

    def add(self, place: str, raw: Any) -> None:
        fields: dict[str, Any] = raw if isinstance(raw, dict) else {}
        name = fields.get("name")
        name = name if isinstance(name, str) and name else place
        entry_id = fields.get("entry_id")
        entry_id = entry_id if type(entry_id) is int else None
        self.owners.append((entry_id, name))
        try:
            attachment: ExportAttachment = json_format.decode(ExportAttachment, raw)
        except _DAMAGED:
            if entry_id is not None:
                self.damaged.setdefault(entry_id, []).append(name)
            return
        self.shelf.files[place] = attachment.data
        medium = Medium(
            attachment.name,
            place,
            self.shelf,
            is_picture=attachment.is_picture,
            caption=attachment.caption,
        )
        self.media[attachment.entry_id] = (*self.media.get(attachment.entry_id, ()), medium)


@dataclass
class _Held:
    """The bytes of the export's attachments, decoded from its base64 (a shelf)."""

    files: dict[str, bytes] = field(default_factory=dict)

    def read(self, place: str) -> bytes:
        if place not in self.files:
            raise AttachmentRefused(texts.MISSING.format(name=place))
        return self.files[place]

    def close(self) -> None:
        """Nothing is open: the bytes go with the reader."""
