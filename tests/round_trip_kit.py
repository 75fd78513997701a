"""A journal with pictures and files, exported by our own export API (`build_export`,
`rendered`, `save_export`) for the round-trip tests: made-up words, generated pictures."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from PIL import Image

from trustjournal.core.exchange.build import build_export
from trustjournal.core.exchange.export import rendered, save_export
from trustjournal.core.exchange.model import ExportOptions, Filters
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft

NOTE = b"Things to bring up on Thursday.\n\xe2\x9c\x93 one\n"


def png(shade: int, size: tuple[int, int] = (40, 30)) -> bytes:
    """A small PNG (lossless: what comes back can be compared pixel by pixel)."""
    out = io.BytesIO()
    Image.new("RGB", size, (shade, 120, 255 - shade)).save(out, "PNG")
    return out.getvalue()


def pixels(data: bytes) -> tuple[tuple[int, int], bytes]:
    with Image.open(io.BytesIO(data)) as picture:
        return picture.size, picture.convert("RGB").tobytes()


def everything(include_private: bool = True) -> ExportOptions:
    return ExportOptions(
        date_from=dt.date(1900, 1, 1),
        date_to=dt.date(2199, 12, 31),
        filters=Filters(include_private=include_private),
        summary=False,
    )


def exported(journal: Journal, path: Path, fmt: str, options: ExportOptions) -> Path:
    """The journal exported to `path` as the app does it (the files beside too)."""
    data, beside = rendered(build_export(journal, options), fmt, path)
    save_export(journal, path, data, beside)
    return path


def add_entry(journal: Journal, day: int, body: str, private: bool = False) -> int:
    draft = EntryDraft(day=dt.date(2025, 6, day), title=f"Day {day}", body=body, private=private)
    return journal.add_entry(draft).id


def attach(journal: Journal, entry_id: int, data: bytes, name: str, caption: str = "") -> None:
    attachment = journal.attachments.attach_bytes(entry_id, data, name)
    if caption:
        journal.attachments.set_caption(attachment.id, caption)


def attached(journal: Journal) -> dict[str, list[tuple[str, str, bool]]]:
    """Each entry's (by title) attachments as (name, caption, private entry)."""
    return {
        entry.title: [
            (a.name, a.caption, entry.private) for a in journal.attachments.of_entry(entry.id)
        ]
        for entry in journal.entries(limit=100)
    }
