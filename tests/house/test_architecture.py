"""The house rules, held by tests rather than memory.

- core never imports Qt widgets or anything from the desktop app;
- only trustjournal.core.vault speaks SQL (imports the SQLite driver);
- the arrows inside core point one way: records import nothing of ours but errors, the
  vault never imports the journal's domain or exchange, the domain never the exchange;
- the desktop app lives in rooms (shell, journal, trust, exchange, widgets), the Qt gate
  at its door;
- the desktop app imports Qt only through trustjournal.ui.qt;
- core paints with QtGui, never with widgets: QtGui and QtCore only in core/chart/,
  core/qt_gui.py and the PDF writer (core/exchange/pdf*.py), QtWidgets nowhere in core;
  and the desktop app keeps no shim that re-exports core (import it from where it lives);
- no import cycles between our modules, counting imports under `if TYPE_CHECKING:` and
  inside functions (a cycle is a knot the next engineer cannot untie one file at a time);
- the desktop app reaches the vault only through its named doors (Vault, Journal,
  Settings): no Database, no store, no key file, and no `.database` attribute;
- no folder holds more than 15 .py files and no module more than 400 lines, unless a
  `# size:` comment near its top (or its package's __init__.py) says why.
- no network code anywhere.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from fnmatch import fnmatchcase
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


# -- core paints with QtGui, never widgets ------------------------------------------------

# Where core may paint: the chart (on screen and in the PDF), the one QGuiApplication
# for painting without the app, and the PDF writer. Each entry is a folder (ending in /)
# or a file name pattern, relative to trustjournal/core.
PAINTERS = ("chart/", "qt_gui.py", "exchange/pdf*.py")


def may_paint(path: Path) -> bool:
    relative = path.relative_to(PACKAGE / "core").as_posix()
    return any(
        relative.startswith(allowed) if allowed.endswith("/") else fnmatchcase(relative, allowed)
        for allowed in PAINTERS
    )


def test_core_paints_only_in_the_chart_the_gui_helper_and_the_pdf_writer() -> None:
    elsewhere = [path for path in sources("core") if not may_paint(path)]
    assert offenders(elsewhere, ("PySide6", "shiboken6")) == []


def test_the_painting_allow_list_names_real_painters() -> None:
    painters = [path.relative_to(PACKAGE / "core").as_posix() for path in sources("core")]
    painting = [p for p in painters if may_paint(PACKAGE / "core" / p)]
    assert "chart/painter.py" in painting
    assert "qt_gui.py" in painting
    assert "exchange/pdf.py" in painting
    assert "exchange/build.py" not in painting


def listed_in_all(tree: ast.Module) -> list[str]:
    listed = []
    for node in tree.body:
        names_all = isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "__all__" for target in node.targets
        )
        if names_all and isinstance(node.value, ast.List | ast.Tuple):
            listed += [e.value for e in node.value.elts if isinstance(e, ast.Constant)]
    return listed


def re_exports_of_core(path: Path) -> list[str]:
    """Names a module lists in `__all__` that it only imported from core: a shim."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    from_core = {
        alias.asname or alias.name
        for node in tree.body
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("trustjournal.core")
        for alias in node.names
    }
    return [f"{shown(path)} re-exports {name}" for name in listed_in_all(tree) if name in from_core]


def test_the_app_keeps_no_shim_of_core() -> None:
    """The chart and the rest of core are imported from where they live (trust_style.py,
    the last shim of the chart, is gone)."""
    assert [line for path in sources("ui") for line in re_exports_of_core(path)] == []


def test_the_shim_check_sees_a_re_export(tmp_path: Path) -> None:
    shim = tmp_path / "style.py"
    shim.write_text(
        "from trustjournal.core.chart.style import is_dark\n"
        "from trustjournal.ui.qt import QtGui\n"
        '__all__ = ["QtGui", "is_dark"]\n',
        encoding="utf-8",
    )
    assert re_exports_of_core(shim) == ["style.py re-exports is_dark"]


# -- no import cycles -----------------------------------------------------------------------

Graph = dict[str, set[str]]


def module_name(path: Path, root: Path) -> str:
    parts = path.relative_to(root.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def module_graph(root: Path) -> Graph:
    """Which of the package's modules each one imports, wherever the import stands.

    Imports under `if TYPE_CHECKING:` and inside functions count: they hide a circle
    from Python, not from the reader. `from pkg import name` is an import of the
    module pkg.name when there is one, else of pkg.
    """
    modules = {module_name(path, root): path for path in root.rglob("*.py")}
    graph: Graph = {}
    for name, path in modules.items():
        imported = set(_imported_modules(name, path, modules)) - {name}
        graph[name] = {m for m in imported if m in modules}
    return graph


def _imported_modules(name: str, path: Path, modules: dict[str, Path]) -> Iterator[str]:
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (_nearest_module(alias.name, modules) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(node, package)
            for alias in node.names:
                full = f"{base}.{alias.name}"
                yield full if full in modules else _nearest_module(base, modules)


def _absolute(node: ast.ImportFrom, package: str) -> str:
    if not node.level:
        return node.module or ""
    base = package
    for _ in range(node.level - 1):
        base = base.rpartition(".")[0]
    return f"{base}.{node.module}" if node.module else base


def _nearest_module(name: str, modules: dict[str, Path]) -> str:
    """`import a.b.c` where a.b.c is not ours imports the nearest module above it."""
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name


def cycles(graph: Graph) -> list[list[str]]:
    """One chain per knot of mutually importing modules: [a, b, ..., a]."""
    return [_chain_through(sorted(knot), graph) for knot in _knots(graph)]


def _knots(graph: Graph) -> list[set[str]]:
    """The groups of modules that each reach one another (a few hundred modules: plain
    search from each is fast enough and easier to read than Tarjan's algorithm)."""
    reach = {module: _reachable(module, graph) for module in graph}
    knots: list[set[str]] = []
    for module in sorted(graph):
        if module in reach[module] and not any(module in knot for knot in knots):
            knots.append({other for other in reach[module] if module in reach[other]})
    return knots


def _reachable(start: str, graph: Graph) -> set[str]:
    seen: set[str] = set()
    todo = [start]
    while todo:
        for child in graph[todo.pop()] - seen:
            seen.add(child)
            todo.append(child)
    return seen


def _chain_through(knot: list[str], graph: Graph) -> list[str]:
    """The shortest way from the knot's first module back to itself, inside the knot."""
    start = knot[0]
    inside = set(knot)
    came_from = {start: start}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for child in sorted(graph[node] & inside):
                if child == start:
                    return [*_path_back(node, came_from), start]
                if child not in came_from:
                    came_from[child] = node
                    following.append(child)
        frontier = following
    raise AssertionError(f"not a knot: {knot}")


def _path_back(node: str, came_from: dict[str, str]) -> list[str]:
    path = [node]
    while came_from[path[-1]] != path[-1]:
        path.append(came_from[path[-1]])
    return path[::-1]


def readable(chain: list[str]) -> str:
    return " -> ".join(name.removeprefix("trustjournal.") for name in chain)


def test_no_module_imports_itself_in_a_circle() -> None:
    graph = module_graph(PACKAGE)
    found = []
    for knot in _knots(graph):
        chain = _chain_through(sorted(knot), graph)
        others = sorted(knot - set(chain))
        found.append(
            readable(chain) + (f"  (in the same knot: {readable(others)})" if others else "")
        )
    assert found == [], "import cycles:\n" + "\n".join(found)


def _write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root / "pkg"


def test_the_cycle_finder_sees_circles_hidden_from_python(tmp_path: Path) -> None:
    package = _write(
        tmp_path,
        {
            "pkg/__init__.py": "",
            "pkg/a.py": "from pkg.b import thing\n",
            "pkg/b.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import pkg.c\n",
            "pkg/c.py": "def late():\n    from pkg import a\n",
            "pkg/sub/__init__.py": "",
            "pkg/sub/d.py": "from .. import e\n",
            "pkg/e.py": "from pkg.sub.d import x\n",
            "pkg/f.py": "import pkg.a\nimport os.path\n",
        },
    )
    graph = module_graph(package)
    assert graph["pkg.f"] == {"pkg.a"}  # not a circle: f only points into one
    found = sorted(readable(chain) for chain in cycles(graph))
    assert found == ["pkg.a -> pkg.b -> pkg.c -> pkg.a", "pkg.e -> pkg.sub.d -> pkg.e"]


# -- no side doors from ui/ into the vault ----------------------------------------------------

VAULT_INSIDES = (
    "trustjournal.core.vault.database",
    "trustjournal.core.vault.stores",
    "trustjournal.core.vault.keys.keyfile",
    "trustjournal.core.vault.keys.copies",
)
# The search's word folding is plain text work (no database) that the app's highlighting
# must share with the search itself, so the two always agree on what a word is.
PURE_TEXT_IN_STORES = ("trustjournal.core.vault.stores.search_query",)
# The same insides, wherever core happens to name them (vault.py imports them to use).
VAULT_INSIDE_NAMES = ("Database", "KeyFile", "read_keyfile", "SettingsStore")


def within(name: str, modules: tuple[str, ...]) -> bool:
    return any(name == m or name.startswith(m + ".") for m in modules)


def shown(path: Path) -> str:
    return str(path.relative_to(PACKAGE)) if path.is_relative_to(PACKAGE) else path.name


def is_vault_inside(name: str) -> bool:
    if within(name, PURE_TEXT_IN_STORES):
        return False
    named_inside = name.rpartition(".")[2] in VAULT_INSIDE_NAMES
    return within(name, VAULT_INSIDES) or (name.startswith("trustjournal.core.") and named_inside)


def side_doors(paths: list[Path]) -> list[str]:
    found = []
    for path in paths:
        found += [
            f"{shown(path)} imports {name}" for name in imports(path) if is_vault_inside(name)
        ]
        found += [
            f"{shown(path)}:{node.lineno} reads .database"
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Attribute) and node.attr == "database"
        ]
    return found


def test_the_app_reaches_the_vault_only_through_its_named_doors() -> None:
    found = side_doors(sources("ui"))
    assert found == [], "\n".join(found)


def test_the_side_door_check_sees_a_store_and_a_database(tmp_path: Path) -> None:
    planted = tmp_path / "planted.py"
    planted.write_text(
        "from trustjournal.core.vault.stores.settings import SettingsStore\n"
        "from trustjournal.core.vault.stores.search_query import fold\n"
        "from trustjournal.core.vault.vault import Vault, read_keyfile\n"
        "def read(journal):\n"
        "    return SettingsStore(journal.vault.database)\n",
        encoding="utf-8",
    )
    found = [line.split(" ", 1)[1] for line in side_doors([planted])]
    assert found == [
        "imports trustjournal.core.vault.stores.settings",
        "imports trustjournal.core.vault.stores.settings.SettingsStore",
        "imports trustjournal.core.vault.vault.read_keyfile",
        "reads .database",
    ]


# -- sizes --------------------------------------------------------------------------------

MAX_FILES_PER_FOLDER = 15  # .py files directly in one package folder, __init__.py included
MAX_LINES_PER_MODULE = 400  # physical lines, blank lines and comments included
SIZE_MARKER = "# size:"  # followed by why this module (or folder) may be larger
MARKER_WITHIN = 40  # lines from the top, so the reason is read before the code


def says_why_it_is_larger(path: Path) -> bool:
    top = path.read_text(encoding="utf-8").splitlines()[:MARKER_WITHIN]
    return any(
        line.strip().startswith(SIZE_MARKER) and line.strip()[len(SIZE_MARKER) :].strip()
        for line in top
    )


def oversized(root: Path) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_LINES_PER_MODULE and not says_why_it_is_larger(path):
            found.append(f"{path.relative_to(root.parent)} has {lines} lines")
    for folder in sorted({path.parent for path in root.rglob("*.py")}):
        count = len(list(folder.glob("*.py")))
        init = folder / "__init__.py"
        excused = init.exists() and says_why_it_is_larger(init)
        if count > MAX_FILES_PER_FOLDER and not excused:
            found.append(f"{folder.relative_to(root.parent)}/ holds {count} .py files")
    return found


def test_no_folder_or_module_is_too_large_without_saying_why() -> None:
    found = oversized(PACKAGE)
    limits = f"(at most {MAX_FILES_PER_FOLDER} files, {MAX_LINES_PER_MODULE} lines)"
    assert found == [], f"too large, and no '{SIZE_MARKER}' comment says why {limits}:\n" + (
        "\n".join(found)
    )


def test_the_size_check_counts_lines_and_files_and_reads_the_reason(tmp_path: Path) -> None:
    root = tmp_path / "pkg"
    crowded = root / "crowded"
    crowded.mkdir(parents=True)
    for n in range(MAX_FILES_PER_FOLDER):
        (crowded / f"m{n}.py").write_text("", encoding="utf-8")
    (crowded / "__init__.py").write_text('"""One file too many."""\n', encoding="utf-8")
    long = "x = 1\n" * (MAX_LINES_PER_MODULE + 1)
    (root / "long.py").write_text(long, encoding="utf-8")
    (root / "fits.py").write_text("x = 1\n" * MAX_LINES_PER_MODULE, encoding="utf-8")
    (root / "excused.py").write_text("# size: one table, read top to bottom\n" + long, "utf-8")
    (root / "empty_reason.py").write_text("# size:\n" + long, encoding="utf-8")
    assert oversized(root) == [
        "pkg/empty_reason.py has 402 lines",
        "pkg/long.py has 401 lines",
        "pkg/crowded/ holds 16 .py files",
    ]
    (crowded / "__init__.py").write_text("# size: generated, one per format\n", encoding="utf-8")
    assert oversized(root) == ["pkg/empty_reason.py has 402 lines", "pkg/long.py has 401 lines"]
