"""A plain install carries its resources: they are found with the source tree out of reach."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # Built offline with the setuptools and wheel the test extras install: no package
    # index is asked for build requirements or dependencies.
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation"]
    command += ["--no-index", "-q", "-w", str(out), str(ROOT)]
    subprocess.run(command, check=True, capture_output=True, timeout=300)
    (built,) = out.glob("trustjournal-*.whl")
    return built


def test_the_wheel_carries_the_resources(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for resource in ("emotions.json", "activities.json", "prompts.json"):
        assert f"trustjournal/resources/{resource}" in names
    assert "trustjournal/__main__.py" in names
    compiled = sorted(ROOT.glob("trustjournal/locale/*/LC_MESSAGES/*.mo"))
    assert compiled and all(mo.relative_to(ROOT).as_posix() in names for mo in compiled)
    assert "trustjournal/locale/content.pot" in names
    assert any(name.endswith("entry_points.txt") for name in names)


def test_resources_load_from_the_installed_wheel(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    script = (
        "import trustjournal, sys\n"
        "from trustjournal.core.journal import vocabulary\n"
        f"assert trustjournal.__file__.startswith({str(site)!r}), trustjournal.__file__\n"
        "print(len(vocabulary.emotions()), len(vocabulary.suggested_activities()))\n"
        "from trustjournal.core.language import content, speaking\n"
        "assert speaking.choose('de', {}) is None and content.emotion('safe') == 'sicher'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(site), "PATH": ""},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    emotions, activities = map(int, result.stdout.split())
    assert emotions >= 40 and activities >= 10


def test_every_package_is_listed_for_the_wheel() -> None:
    import tomllib

    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "trustjournal").rglob("__init__.py")
    }
    assert found | {"trustjournal.resources"} == listed
