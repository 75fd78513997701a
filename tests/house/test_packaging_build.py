"""The standalone app, built for real and run the way a person would run it.

Slow: PyInstaller builds the folder once for the module (about a minute on two
cores); the Debian package is then made from that same folder and installed with
dpkg where the machine allows it (root, as CI is). Nothing here reaches a network:
dpkg installs only the file it is given, so the package's dependencies must already be
installed (.ci/run installs them with the other system packages, before the tests).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import secrets
import subprocess
import sys
import tarfile
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from testkit import PASSPHRASE, files_containing, snapshot

import trustjournal
from trustjournal.identity import APP_ID
from trustjournal.ui.shell.guards.display_check import NO_DISPLAY

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "packaging" / "build.py"
sys.path.insert(0, str(ROOT / "packaging"))
import debian_package  # noqa: E402  (packaging/ is a folder of scripts, not a package)

# The build alone takes one to six minutes on two busy cores.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]


def build(target: str, out: Path, work: Path, *extra: str) -> None:
    result = subprocess.run(
        [sys.executable, str(BUILD), target, "--out", str(out), "--work", str(work), *extra],
        capture_output=True,
        text=True,
        timeout=1500,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr[-4000:]


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    build("folder", out, tmp_path_factory.mktemp("work"))
    return out


class CleanRun:
    """Runs a program as from a fresh login: no virtual environment, an empty home."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.tmp = home.parent / "tmp"
        self.tmp.mkdir(exist_ok=True)
        self.env = {
            "HOME": str(home),
            "PATH": "/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "TMPDIR": str(self.tmp),
            "TRUSTJOURNAL_KDF_TARGET_SECONDS": "0",  # the slowest key derivation is not tested here
        }

    def __call__(
        self, program: Sequence[str], *arguments: str, stdin: str = "", **env: str
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*program, *arguments],
            input=stdin,
            capture_output=True,
            text=True,
            env=self.env | env,
            cwd=self.home,
            timeout=120,
            check=False,
        )


def journal_round_trip(run: CleanRun, program: Sequence[str], words: str) -> None:
    """init, add and list with secrets on --passphrase-fd, as a script would."""
    made = run(program, "--passphrase-fd", "0", "init", stdin=PASSPHRASE + "\n")
    assert made.returncode == 0, made.stderr
    assert "recovery" in made.stdout.lower()
    read_end, write_end = os.pipe()
    os.write(write_end, f"{PASSPHRASE}\n".encode())
    os.close(write_end)
    added = subprocess.run(
        [*program, "--passphrase-fd", str(read_end), "add", "--title", "Packed", words],
        capture_output=True,
        text=True,
        env=run.env,
        cwd=run.home,
        pass_fds=(read_end,),
        timeout=120,
        check=False,
    )
    os.close(read_end)
    assert added.returncode == 0, added.stderr
    listed = run(program, "--passphrase-fd", "0", "list", "--json", stdin=PASSPHRASE + "\n")
    assert listed.returncode == 0, listed.stderr
    assert "Packed" in listed.stdout and words in listed.stdout


def test_the_built_folder_runs_from_a_clean_environment(dist: Path, tmp_path: Path) -> None:
    folder = dist / "trustjournal"
    program = [str(folder / "trustjournal")]
    before = snapshot(folder)
    run = CleanRun(tmp_path / "home")
    run.home.mkdir()

    version = run(program, "--version")
    assert (
        version.returncode == 0
        and version.stdout.strip() == f"TrustJournal {trustjournal.__version__}"
    )

    german = run(program, "--lang", "de", "--help")
    assert german.returncode == 0 and "Tagebuch" in german.stdout, german.stderr

    canary = "canary-" + secrets.token_hex(8)
    journal_round_trip(run, program, f"Packed and {canary}")
    # The same user data folder as the pip install: the journal opens in the other one too.
    data = run.home / ".local" / "share" / "TrustJournal"
    assert data.is_dir()
    from_pip = run(
        [sys.executable, "-m", "trustjournal"],
        "--passphrase-fd",
        "0",
        "list",
        "--json",
        stdin=PASSPHRASE + "\n",
        PYTHONPATH=str(ROOT),
    )
    assert from_pip.returncode == 0 and canary in from_pip.stdout, from_pip.stderr

    shown = run(program, "--check-start", QT_QPA_PLATFORM="offscreen")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.strip() == "shown: lock_screen"

    blind = run(program)  # no display at all: one sentence, exit 1, not Qt's abort
    assert (blind.returncode, blind.stderr.strip()) == (1, NO_DISPLAY)

    # No traces: nothing written next to the bundle, the words only inside the vault.
    assert snapshot(folder) == before
    assert files_containing(canary, [run.home, run.tmp]) == []
    # Only the single-instance socket's private folder may be there; no file is.
    assert [path for path in run.tmp.rglob("*") if path.is_file()] == []
    allowed = (data, run.home / ".config" / "TrustJournal", run.home / ".cache" / "fontconfig")
    written = [path for path in run.home.rglob("*") if path.is_file()]
    assert [path for path in written if not any(path.is_relative_to(a) for a in allowed)] == []


def test_the_portable_archive_unpacks_and_runs(dist: Path, tmp_path: Path) -> None:
    build("archive", dist, tmp_path / "work", "--reuse-folder")
    (archive,) = dist.glob(f"trustjournal-{trustjournal.__version__}-linux-*.tar.gz")
    with tarfile.open(archive) as tar:
        tar.extractall(tmp_path / "unpacked", filter="data")
    (top,) = (tmp_path / "unpacked").iterdir()
    readme = (top / "README").read_text(encoding="utf-8")
    assert "./trustjournal" in readme and "~/.local/share/TrustJournal" in readme
    run = CleanRun(tmp_path / "home")
    run.home.mkdir()
    version = run([str(top / "trustjournal")], "--version")
    assert version.stdout.strip() == f"TrustJournal {trustjournal.__version__}", version.stderr


def test_the_built_folder_is_lean(dist: Path) -> None:
    names = {path.relative_to(dist).as_posix() for path in dist.rglob("*")}
    assert not [name for name in names if re.search(r"(^|/)(tests|benchmarks)/", name)]
    assert not [name for name in names if "conftest" in name or "pytest" in name]
    qt_modules = {
        match.group(1) for name in names if (match := re.search(r"/PySide6/(Qt\w+)\.abi3", name))
    }
    used = {"QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtPrintSupport", "QtSvg"}
    assert used <= qt_modules <= used | {"QtDBus"}, qt_modules  # DBus: the desktop portal


def installed_needs(folder: Path) -> set[str]:
    """The system libraries the bundle's programs and plugins load (their NEEDED entries)."""
    bundled = {path.name for path in folder.rglob("*")}
    needed: set[str] = set()
    for path in folder.rglob("*"):
        if path.is_file() and (".so" in path.name or path.name == "trustjournal"):
            dynamic = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True)
            needed |= set(re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", dynamic.stdout))
    return needed - bundled


def packages_of(libraries: set[str]) -> dict[str, str]:
    """The installed package that holds each library, as dpkg knows it ("" when none)."""
    owners = subprocess.run(
        ["dpkg", "-S", *(f"*/{library}" for library in sorted(libraries))],
        capture_output=True,
        text=True,
    )
    found = {library: "" for library in libraries}
    for line in owners.stdout.splitlines():
        package, _, path = line.partition(": ")
        name = Path(path.strip()).name
        if name in found and not found[name]:
            found[name] = package.split(":")[0].split(",")[0].strip()
    return found


def missing_dependencies(deb: Path) -> list[str]:
    """The package's Depends entries with no alternative installed on this machine."""
    field = subprocess.run(
        ["dpkg-deb", "--field", str(deb), "Depends"], capture_output=True, text=True, check=True
    )
    return [
        entry.strip()
        for entry in field.stdout.split(",")
        if not any(is_installed(name.strip()) for name in entry.split("|"))
    ]


def is_installed(package: str) -> bool:
    status = subprocess.run(
        ["dpkg-query", "--show", "--showformat=${db:Status-Abbrev}", package],
        capture_output=True,
        text=True,
    )
    return status.stdout.startswith("ii")


def test_the_debian_package_installs_runs_and_removes_cleanly(dist: Path, tmp_path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("installing a .deb with dpkg needs root (CI runs as root)")
    build("deb", dist, tmp_path / "work", "--reuse-folder", "--compression", "gzip")
    (deb,) = dist.glob(f"trustjournal_{trustjournal.__version__}_*.deb")
    contents = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True)
    for path in (
        "./opt/trustjournal/trustjournal",
        "./usr/bin/trustjournal -> /opt/trustjournal/trustjournal",
        f"./usr/share/applications/{APP_ID}.desktop",
        f"./usr/share/metainfo/{APP_ID}.metainfo.xml",
        f"./usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
        f"./usr/share/icons/hicolor/48x48/apps/{APP_ID}.png",
        f"./usr/share/icons/hicolor/256x256/apps/{APP_ID}.png",
    ):
        assert path in contents.stdout, path

    # The package goes into /opt and /usr for the whole machine: two runs of this test at
    # once (two checkouts on one machine) would install and remove it under each other.
    with one_system_install_at_a_time():
        install_run_and_remove(deb, tmp_path)


@contextlib.contextmanager
def one_system_install_at_a_time() -> Iterator[None]:
    with Path("/run/lock/trustjournal-deb-test.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def install_run_and_remove(deb: Path, tmp_path: Path) -> None:
    """Installed with dpkg, run as a person would, and removed, leaving the journal."""
    # dpkg, never apt: apt would fetch what is missing from the package registry.
    missing = missing_dependencies(deb)
    assert missing == [], f"install the package's dependencies first (.ci/run does): {missing}"
    quiet = {"DEBIAN_FRONTEND": "noninteractive", "PATH": os.environ["PATH"]}
    installed = subprocess.run(
        ["dpkg", "--install", str(deb)], capture_output=True, text=True, env=quiet
    )
    try:
        assert installed.returncode == 0, installed.stdout[-3000:] + installed.stderr
        run = CleanRun(tmp_path / "home")
        run.home.mkdir()
        version = run(["/usr/bin/trustjournal"], "--version")
        assert version.stdout.strip() == f"TrustJournal {trustjournal.__version__}"
        journal_round_trip(run, ["/usr/bin/trustjournal"], "Installed from the package.")
        shown = run(["/usr/bin/trustjournal"], "--check-start", QT_QPA_PLATFORM="offscreen")
        assert shown.stdout.strip() == "shown: lock_screen", shown.stderr

        for check in (
            ["desktop-file-validate", f"/usr/share/applications/{APP_ID}.desktop"],
            ["appstreamcli", "validate", "--no-net", f"/usr/share/metainfo/{APP_ID}.metainfo.xml"],
        ):
            validated = subprocess.run(check, capture_output=True, text=True)
            assert validated.returncode == 0, validated.stdout + validated.stderr

        # Every system library is there once the package's dependencies are installed ...
        opt = Path("/opt/trustjournal")
        unresolved = subprocess.run(
            ["sh", "-c", "find /opt/trustjournal -name '*.so*' -exec ldd {} + | grep 'not found'"],
            capture_output=True,
            text=True,
        )
        assert unresolved.stdout == "", unresolved.stdout
        # ... and each one is named in them, not merely present on this machine.
        named = {
            alternative.strip()
            for entry in debian_package.DEPENDS
            for alternative in entry.split("|")
        }
        unnamed = packages_of(installed_needs(opt))
        assert {lib: pkg for lib, pkg in unnamed.items() if pkg not in named} == {}

        journal = snapshot(run.home / ".local" / "share" / "TrustJournal")
    finally:
        removed = subprocess.run(
            ["dpkg", "--remove", "trustjournal"],
            capture_output=True,
            text=True,
            env=quiet,
        )
    assert removed.returncode == 0, removed.stderr
    assert "Journals were not touched" in removed.stdout
    assert "~/.local/share/TrustJournal" in removed.stdout
    assert not Path("/opt/trustjournal").exists() and not Path("/usr/bin/trustjournal").exists()
    assert snapshot(run.home / ".local" / "share" / "TrustJournal") == journal
