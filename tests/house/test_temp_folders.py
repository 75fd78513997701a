"""Tests keep to their own folders: none lists the system's /tmp or makes a folder there.

A test's files go in `tmp_path` (or `tmp_path_factory`), which pytest makes and cleans.
The system's temporary folder is shared with everything else on the machine: a test that
scans it reads other programs' files, and one that makes folders there leaves them behind
when it is killed. The one exception is `testkit.short_socket_folder`, for a socket whose
whole path must fit in about 100 bytes.
"""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
MAKERS = {
    "mkdtemp",
    "mkstemp",
    "TemporaryDirectory",
    "NamedTemporaryFile",
    "TemporaryFile",
    "SpooledTemporaryFile",
}
ALLOWED = {("testkit.py", "short_socket_folder")}


def _called(node: ast.Call) -> str:
    function = node.func
    if isinstance(function, ast.Attribute):
        return function.attr
    return function.id if isinstance(function, ast.Name) else ""


def _is_tmp(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and (node.value == "/tmp" or _under_tmp(node.value))


def _under_tmp(value: object) -> bool:
    return isinstance(value, str) and value.startswith("/tmp/")


def temp_folder_uses(source: str, file_name: str = "test_x.py") -> list[str]:
    """Each place in `source` that reads or makes the system's temporary folder."""
    tree = ast.parse(source)
    allowed = {
        id(node)
        for function in ast.walk(tree)
        if isinstance(function, ast.FunctionDef) and (file_name, function.name) in ALLOWED
        for node in ast.walk(function)
    }
    found: list[str] = []
    for node in ast.walk(tree):
        if id(node) in allowed:
            continue
        if isinstance(node, ast.Call):
            name = _called(node)
            if name in MAKERS and "dir" not in {keyword.arg for keyword in node.keywords}:
                found.append(f"line {node.lineno}: {name}() in the system's temp folder")
            if name == "gettempdir":
                found.append(f"line {node.lineno}: gettempdir(), the shared folder")
        if _is_tmp(node):
            found.append(f"line {getattr(node, 'lineno', 0)}: the path /tmp written out")
    return sorted(set(found))


def test_no_test_reads_or_makes_folders_in_the_system_temp_folder() -> None:
    found = [
        f"{path.relative_to(TESTS)} {place}"
        for path in sorted(TESTS.rglob("*.py"))
        if path != Path(__file__).resolve()  # this file names what it looks for
        for place in temp_folder_uses(path.read_text(encoding="utf-8"), path.name)
    ]
    assert found == [], "use tmp_path instead:\n" + "\n".join(found)


def test_a_planted_scan_or_folder_in_tmp_is_found() -> None:
    planted = "\n".join(
        [
            "import os, tempfile",
            "def test_leaks():",
            "    os.listdir(tempfile.gettempdir())",
            "    tempfile.mkdtemp()",
            "    with tempfile.TemporaryDirectory() as folder: pass",
            "    os.listdir('/tmp')",
            "    tempfile.mkdtemp(dir=folder)  # inside the test's own folder: fine",
        ]
    )
    assert temp_folder_uses(planted) == [
        "line 3: gettempdir(), the shared folder",
        "line 4: mkdtemp() in the system's temp folder",
        "line 5: TemporaryDirectory() in the system's temp folder",
        "line 6: the path /tmp written out",
    ]
