"""House rule: one writer of entries.

`core/journal/journal.py` is the one place the app, the command line and importing
change entries (each change checked and published once). So nothing else in the
package imports the stores that write entries; the vault itself, where they live, may.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import trustjournal

PACKAGE = Path(trustjournal.__file__).parent
ENTRY_WRITERS = (
    "trustjournal.core.vault.stores.entries",
    "trustjournal.core.vault.stores.imports",
)
THE_DOOR = PACKAGE / "core" / "journal" / "journal.py"
THE_VAULT = PACKAGE / "core" / "vault"


def module_of(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_names(path: Path, text: str | None = None) -> Iterator[str]:
    """Every module a source file imports, relative imports resolved, names from it too.

    `text` reads other source as if it sat at `path` (the planted imports below)."""
    package = module_of(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    tree = ast.parse(path.read_text(encoding="utf-8") if text is None else text)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            yield module
            yield from (f"{module}.{alias.name}" for alias in node.names)


def reaches_a_writer(path: Path, text: str | None = None) -> list[str]:
    return sorted(
        {
            name
            for name in imported_names(path, text)
            if any(name == store or name.startswith(store + ".") for store in ENTRY_WRITERS)
        }
    )


def outside_the_door(paths: list[Path]) -> list[str]:
    return [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in paths
        if path != THE_DOOR and THE_VAULT not in path.parents
        for name in reaches_a_writer(path)
    ]


def test_only_the_journal_imports_the_stores_that_write_entries() -> None:
    assert outside_the_door(sorted(PACKAGE.rglob("*.py"))) == []


def test_the_rule_sees_the_journal_import_them() -> None:
    """The door itself uses both stores: a rule that found nothing there would be blind."""
    assert reaches_a_writer(THE_DOOR) == [
        "trustjournal.core.vault.stores.entries",
        "trustjournal.core.vault.stores.entries.EntryStore",
        "trustjournal.core.vault.stores.imports",
        "trustjournal.core.vault.stores.imports.ImportStore",
    ]


def test_the_rule_catches_every_way_of_importing_a_writer() -> None:
    """A planted import, written each way Python allows, is found next to the importer."""
    beside_the_importer = PACKAGE / "core" / "exchange" / "planted.py"
    planted = (
        "from trustjournal.core.vault.stores.imports import ImportStore",
        "import trustjournal.core.vault.stores.entries",
        "from trustjournal.core.vault.stores import entries",
        "from ..vault.stores.imports import ImportStore",
        "from ..vault.stores import imports",
    )
    for line in planted:
        assert reaches_a_writer(beside_the_importer, line), f"{line!r} was not seen"
    assert reaches_a_writer(beside_the_importer, "from ..vault.stores import events") == []
