"""The export as versioned JSON, every field, and a reader that parses it back.

    {"format": "trustjournal-export", "version": 1, "generated_at": ..., "period": ...,
     "chosen": ..., "summary": ... or null, "entries": [...], "chart": ... or null}

Dates are ISO 8601 (YYYY-MM-DD), moments ISO 8601 with their UTC offset. A newer
version than this reader knows is refused with a plain message, never half-read.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import datetime as dt
import json
import types
import typing
from typing import Any, TypeVar

from trustjournal.core.errors import InvalidInput
from trustjournal.core.exchange.model import FORMAT_NAME, FORMAT_VERSION, ExportDocument
from trustjournal.core.exchange.texts import export as texts

T = TypeVar("T")


def write_json(document: ExportDocument) -> str:
    return json.dumps(encode(document), ensure_ascii=False, indent=2) + "\n"


def read_json(text: str) -> ExportDocument:
    return _decoded(_parsed(text))


def read_json_apart(text: str) -> tuple[ExportDocument, list[Any]]:
    """The export without its attachments, and those as parsed JSON, each to be read on
    its own (`decode(ExportAttachment, ...)`): an importer brings what it can and names
    what it cannot, where `read_json` refuses the whole export for one damaged file."""
    data = _parsed(text)
    attachments = data.pop("attachments", [])
    if not isinstance(attachments, list):
        raise InvalidInput(texts.EXPORT_DAMAGED)
    return _decoded(data), attachments


def _parsed(text: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except ValueError:
        raise InvalidInput(texts.NOT_JSON) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise InvalidInput(texts.NOT_OUR_JSON)
    if data.get("version") != FORMAT_VERSION:
        raise InvalidInput(
            texts.NEWER_EXPORT.format(found=data.get("version"), reads=FORMAT_VERSION)
        )
    return data


def _decoded(data: dict[str, Any]) -> ExportDocument:
    try:
        document: ExportDocument = decode(ExportDocument, data)
    except (KeyError, TypeError, ValueError, binascii.Error):
        raise InvalidInput(texts.EXPORT_DAMAGED) from None
    return document


def encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dt.date):  # datetimes too
        return value.isoformat()
    if isinstance(value, bytes):  # a picture's or file's bytes (decision 0008)
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, tuple | list):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        return {str(k): encode(v) for k, v in value.items()}
    return value


def decode(kind: Any, value: Any) -> Any:
    """`value` (parsed JSON) as the type `kind`, checked on the way."""
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(kind)
        if value is None and type(None) in options:
            return None
        (inner,) = [o for o in options if o is not type(None)]
        return decode(inner, value)
    if origin is tuple:
        item = typing.get_args(kind)[0]
        return tuple(decode(item, v) for v in _checked(value, list))
    if origin is dict:
        _key, item = typing.get_args(kind)
        return {str(k): decode(item, v) for k, v in _checked(value, dict).items()}
    if dataclasses.is_dataclass(kind):
        hints = typing.get_type_hints(kind)
        fields = _checked(value, dict)
        # A field added after version 1 was written, with a default, may be missing.
        return typing.cast(Any, kind)(
            **{
                f.name: decode(hints[f.name], fields[f.name])
                for f in dataclasses.fields(kind)
                if f.name in fields or f.default is dataclasses.MISSING
            }
        )
    if kind is dt.datetime:
        return dt.datetime.fromisoformat(_checked(value, str))
    if kind is dt.date:
        return dt.date.fromisoformat(_checked(value, str))
    if kind is bytes:
        return base64.b64decode(_checked(value, str), validate=True)
    if kind is float:
        if type(value) not in (int, float):
            raise TypeError(kind)
        return float(value)
    if kind in (int, str, bool):
        return _checked(value, kind)
    raise TypeError(f"cannot read {kind!r}")


def _checked(value: Any, kind: type[T]) -> T:
    if type(value) is not kind:
        raise TypeError(kind)
    return value
