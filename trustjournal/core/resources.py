"""Access to the files in `resources/`, which ship as the package trustjournal.resources."""

from __future__ import annotations

import functools
import json
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any


def resource(name: str) -> Traversable:
    return files("trustjournal.resources").joinpath(name)


@functools.cache
def load_json(name: str) -> Any:
    """A JSON resource, parsed once per process (resources never change at run time)."""
    return json.loads(resource(name).read_text(encoding="utf-8"))
