"""Reading fields of parsed JSON with their types checked, each failure one sentence."""

from __future__ import annotations

import json
from typing import Any

from trustjournal.core.errors import InvalidInput
from trustjournal.core.exchange.importers import model, reading
from trustjournal.core.exchange.texts import sources


def load(data: bytes, what: str) -> Any:
    text = reading.text_of(data, what)
    try:
        return json.loads(text)
    except RecursionError:
        raise model.unreadable(what, sources.NESTED_TOO_DEEPLY) from None
    except ValueError as error:
        line = getattr(error, "lineno", None)
        said = sources.NOT_VALID_JSON_AT if line else sources.NOT_VALID_JSON
        raise InvalidInput(said.format(what=model.capital(what), line=line)) from None


def entries_of(document: Any, what: str) -> list[Any]:
    """The document's "entries" list."""
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        raise model.unreadable(what, sources.NO_ENTRIES_LIST)
    entries: list[Any] = document["entries"]
    return entries


def text(item: dict[str, Any], name: str, where: str, default: str | None = "") -> str:
    value = item.get(name, default)
    if not isinstance(value, str):
        raise model.unreadable(where, sources.NO_TEXT_IN_FIELD, name=name)
    return value


def flag(item: dict[str, Any], name: str, where: str) -> bool:
    value = item.get(name, False)
    if not isinstance(value, bool):
        raise model.unreadable(where, sources.NOT_TRUE_OR_FALSE, name=name)
    return value


def words(item: dict[str, Any], name: str, where: str) -> tuple[str, ...]:
    value = item.get(name, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise model.unreadable(where, sources.NOT_A_LIST_OF_WORDS, name=name)
    return tuple(value)


def record(item: Any, where: str) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise model.unreadable(where, sources.NOT_AN_ENTRY)
    return item
