"""README's list of system libraries for X11 holds every library Qt's xcb plugin needs
(issue 21, item 21): `ldd` of PySide6's libqxcb.so and libQt6XcbQpa, each library mapped
to its Debian package with `dpkg -S`; each must be a package README names, one that those
packages bring with them (their dependencies, as installed here), or the base system."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# In every Debian and Ubuntu system, whatever is installed: the C and C++ runtimes.
BASE_SYSTEM = frozenset({"libc6", "libstdc++6", "libgcc-s1"})
ALWAYS_THERE = ("linux-vdso.so", "ld-linux")

pytestmark = pytest.mark.skipif(
    not (shutil.which("ldd") and shutil.which("dpkg") and shutil.which("dpkg-query")),
    reason="needs a Debian or Ubuntu system (ldd, dpkg)",
)


def readme_packages() -> set[str]:
    """The packages in README's sentence on a minimal Linux system without a desktop."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("On a minimal Linux system")
    sentence = text[start : text.index("to show windows on X11", start)]
    return {name for quoted in re.findall(r"`([^`]+)`", sentence) for name in quoted.split()}


def xcb_plugin_files() -> list[Path]:
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    return [
        qt / "plugins" / "platforms" / "libqxcb.so",
        *sorted((qt / "lib").glob("libQt6XcbQpa.so*"))[:1],
    ]


def needed_libraries(files: list[Path]) -> tuple[dict[str, Path], list[str]]:
    """Every system library `ldd` finds for `files` (PySide6's own left out), and those it
    cannot find."""
    found: dict[str, Path] = {}
    missing: list[str] = []
    bundled = files[0].parents[2]  # PySide6's Qt folder
    for file in files:
        listing = subprocess.run(["ldd", str(file)], capture_output=True, text=True, check=True)
        for line in listing.stdout.splitlines():
            name, _, where = line.strip().partition(" => ")
            if not where or name.startswith(ALWAYS_THERE):
                continue
            if where.startswith("not found"):
                missing.append(name)
                continue
            path = Path(where.split(" (")[0])
            if bundled not in path.resolve().parents:
                found[name] = path
    return found, missing


def owning_packages(libraries: dict[str, Path]) -> dict[str, str]:
    """The package of each library, by `dpkg -S` (as ldd names it, else under
    /usr: a merged-/usr system registers some under /lib, some under /usr/lib)."""
    owners: dict[str, str] = {}
    for name, path in libraries.items():
        for where in (path, path.parent.resolve() / path.name):  # /lib or /usr/lib
            answer = subprocess.run(["dpkg", "-S", str(where)], capture_output=True, text=True)
            if answer.returncode == 0:
                owners[name] = answer.stdout.split(":", 1)[0].strip()
                break
    return owners


def installed_packages() -> dict[str, tuple[set[str], set[str]]]:
    """Each installed package: what it depends on, and the names it provides."""
    listing = subprocess.run(
        ["dpkg-query", "-W", "-f=${Package}\t${Depends}, ${Pre-Depends}\t${Provides}\n"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    packages: dict[str, tuple[set[str], set[str]]] = {}
    for line in listing.splitlines():
        name, depends, provides = [*line.split("\t"), "", ""][:3]
        packages[name] = (_names(depends), _names(provides))
    return packages


def _names(field: str) -> set[str]:
    """Package names in a Depends or Provides field, with each alternative, no versions."""
    return {
        re.split(r"[\s(:]", choice.strip(), maxsplit=1)[0]
        for part in field.split(",")
        for choice in part.split("|")
        if choice.strip()
    }


def brought_by(listed: set[str], packages: dict[str, tuple[set[str], set[str]]]) -> set[str]:
    """The packages `listed` (by name or by a name one provides) and all they depend on."""
    providers = {given: name for name, (_, provides) in packages.items() for given in provides}
    todo = [providers.get(name, name) for name in listed]
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        depends, _ = packages.get(name, (set(), set()))
        todo.extend(providers.get(dependency, dependency) for dependency in depends)
    return seen


def test_readmes_list_names_the_packages() -> None:
    assert {"libxcb-cursor0", "libegl1"} <= readme_packages()


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_every_library_the_xcb_plugin_needs_is_in_readmes_list() -> None:
    files = xcb_plugin_files()
    if not all(file.exists() for file in files) or len(files) < 2:
        pytest.skip("this PySide6 has no xcb platform plugin")
    libraries, missing = needed_libraries(files)
    assert not missing, f"not installed here, so not checked: {missing}"
    owners = owning_packages(libraries)
    assert set(owners) == set(libraries), f"no package owns {set(libraries) - set(owners)}"
    allowed = brought_by(readme_packages() | BASE_SYSTEM, installed_packages())
    unlisted = sorted(f"{owner} ({name})" for name, owner in owners.items() if owner not in allowed)
    assert not unlisted, f"Qt's xcb plugin needs these, not in README's list: {unlisted}"
