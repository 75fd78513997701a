"""What `jrnl --export json` writes (jrnl-org/jrnl, jrnl/plugins/json_exporter.py):

{"tags": {"@idea": 2, ...},
 "entries": [{"title": ..., "body": ..., "date": "YYYY-MM-DD", "time": "HH:MM",
              "tags": ["@idea"], "starred": false, "uuid": ... (Day One journals)}]}
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from trustjournal.core.exchange.importers import jrnl_text, json_fields, model, reading
from trustjournal.core.exchange.importers.model import ImportedEntry, ImportOptions, Problem
from trustjournal.core.exchange.texts import sources


def read(path: str, options: ImportOptions) -> Iterator[ImportedEntry | Problem]:
    source = reading.existing(path)
    what = sources.THE_JRNL_EXPORT.format(name=source.name)
    document = json_fields.load(reading.read_file(source, what), what)
    for number, item in enumerate(json_fields.entries_of(document, what), start=1):
        yield model.one_entry(_entry, item, number, options)


def _entry(found: object, number: int, options: ImportOptions) -> ImportedEntry:
    where = sources.ENTRY_NUMBER.format(number=number)
    item = json_fields.record(found, where)
    date, time = json_fields.text(item, "date", where, None), json_fields.text(item, "time", where)
    try:
        moment = dt.datetime.fromisoformat(f"{date}T{time or '00:00'}")
    except ValueError:
        raise model.unreadable(
            where, sources.NO_SUCH_DATE_OR_TIME, found=f"{date} {time}"
        ) from None
    title = json_fields.text(item, "title", where)
    body = json_fields.text(item, "body", where)
    tags = [tag.lstrip("@").lower() for tag in json_fields.words(item, "tags", where)]
    if json_fields.flag(item, "starred", where):
        tags.append(options.starred_tag)
    uuid = item.get("uuid")
    key = (
        f"uuid:{uuid}"
        if isinstance(uuid, str) and uuid
        else model.digest_of(moment.strftime(jrnl_text.MINUTE), title, body)
    )
    return model.entry(where, moment.date(), title, body, tags=tuple(tags), key=key)
