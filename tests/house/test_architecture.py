"""The house rules, held by tests rather than memory.

- core never imports Qt widgets or anything from the desktop app;
- only trustjournal.core.vault speaks SQL (imports the SQLite driver);
- the arrows inside core point one way: records import nothing of ours but errors, the
  vault never imports the journal's domain or exchange, the domain never the exchange;
- the desktop app lives in rooms (shell, journal, trust, exchange, widgets), the Qt gate
  at its door;
- the desktop app imports Qt only through trustjournal.ui.qt;
- no network code anywhere.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import trustjournal

PACKAGE = Path(trustjournal.__file__).parent
NETWORK_MODULES = (
    "socket",
    "ssl",
    "urllib",
    "http",
    "requests",
    "httpx",
    "aiohttp",
    "ftplib",
    "smtplib",
)


def imports(path: Path) -> Iterator[str]:
    """Every module name a source file imports (names imported from a module included)."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)


def sources(below: str = "") -> list[Path]:
    return sorted((PACKAGE / below).rglob("*.py"))


def offenders(paths: list[Path], banned: tuple[str, ...]) -> list[str]:
    return [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in paths
        for name in imports(path)
        if any(name == b or name.startswith(b + ".") for b in banned)
    ]


def test_the_rules_see_real_files() -> None:
    assert len(sources("core")) > 10
    assert "sqlcipher3" in set(imports(PACKAGE / "core/vault/database.py"))


def test_core_never_imports_widgets_or_the_app() -> None:
    banned = ("PySide6.QtWidgets", "trustjournal.ui", "trustjournal.cli")
    assert offenders(sources("core"), banned) == []


def test_importing_all_of_core_loads_no_widgets() -> None:
    modules = [
        ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts) for path in sources("core")
    ]
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name.removesuffix('.__init__'))\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6.QtWidgets', "
        "'trustjournal.ui'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_records_depend_on_nothing_of_ours() -> None:
    banned = ("trustjournal.core.vault", "trustjournal.core.journal", "trustjournal.core.exchange")
    assert offenders(sources("core/records"), banned) == []


def test_the_vault_never_imports_the_domain_or_exchange() -> None:
    banned = ("trustjournal.core.journal", "trustjournal.core.exchange")
    assert offenders(sources("core/vault"), banned) == []


def test_the_domain_never_imports_exchange() -> None:
    assert offenders(sources("core/journal"), ("trustjournal.core.exchange",)) == []


def test_the_app_lives_in_rooms() -> None:
    rooms = {"shell", "journal", "trust", "exchange", "widgets"}
    loose = [p.name for p in (PACKAGE / "ui").glob("*.py")]
    assert sorted(loose) == ["__init__.py", "qt.py"]
    found = {p.name for p in (PACKAGE / "ui").iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert found == rooms


def test_only_the_vault_speaks_sql() -> None:
    outside_vault = [p for p in sources() if "core/vault" not in p.as_posix()]
    assert offenders(outside_vault, ("sqlcipher3", "sqlite3")) == []


def test_the_app_imports_qt_only_through_the_gate() -> None:
    ui = [p for p in sources("ui") if p.name != "qt.py"]
    assert offenders(ui, ("PySide6", "shiboken6")) == []


def test_there_is_no_network_code() -> None:
    assert offenders(sources(), NETWORK_MODULES) == []


def test_qt_network_is_used_only_for_local_sockets() -> None:
    remote = ("QNetworkAccessManager", "QTcpSocket", "QUdpSocket", "QSslSocket", "QWebSocket")
    found = [
        f"{path.relative_to(PACKAGE)} uses {name}"
        for path in sources()
        for name in remote
        if name in path.read_text(encoding="utf-8")
    ]
    assert found == []
