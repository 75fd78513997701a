"""The developer tools stay runnable: a screenshot script whose helper moved away (as
tools/screenshots_hard_days.py did once) fails here, not on the day someone needs it."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parents[2] / "tools"


@pytest.fixture
def tools_importable() -> Iterator[None]:
    sys.path.insert(0, str(TOOLS))
    try:
        yield
    finally:
        sys.path.remove(str(TOOLS))


@pytest.mark.parametrize("script", sorted(p.stem for p in TOOLS.glob("*.py")))
def test_every_tool_imports(script: str, tools_importable: None) -> None:
    module = importlib.import_module(script)
    assert callable(getattr(module, "main", None)), f"tools/{script}.py has no main()"
