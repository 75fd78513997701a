"""Reading fields of parsed JSON with their types checked, each failure one sentence."""

from __future__ import annotations

import json
from typing import Any

from trustjournal.core.errors import InvalidInput
from trustjournal.core.exchange.importers import model, reading


def load(data: bytes, what: str) -> Any:
    text = reading.text_of(data, what)
    try:
        return json.loads(text)
    except RecursionError:
        raise model.unreadable(what, "is nested too deeply to be a journal export") from None
    except ValueError as error:
        line = getattr(error, "lineno", None)
        place = f" (line {line})" if line else ""
        raise InvalidInput(
            f"{model.capital(what)} is not valid JSON{place}, so it was not imported. "
            "Export it again and try that file."
        ) from None


def entries_of(document: Any, what: str) -> list[Any]:
    """The document's "entries" list."""
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        raise model.unreadable(what, 'has no "entries" list, so it is not the export expected')
    entries: list[Any] = document["entries"]
    return entries


def text(item: dict[str, Any], name: str, where: str, default: str | None = "") -> str:
    value = item.get(name, default)
    if not isinstance(value, str):
        raise model.unreadable(where, f'has no text in its "{name}" field')
    return value


def flag(item: dict[str, Any], name: str, where: str) -> bool:
    value = item.get(name, False)
    if not isinstance(value, bool):
        raise model.unreadable(where, f'has "{name}" that is neither true nor false')
    return value


def words(item: dict[str, Any], name: str, where: str) -> tuple[str, ...]:
    value = item.get(name, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise model.unreadable(where, f'has "{name}" that is not a list of words')
    return tuple(value)


def record(item: Any, where: str) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise model.unreadable(where, "is not an entry (a JSON object)")
    return item
