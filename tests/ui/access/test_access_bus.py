"""The real app read from the AT-SPI bus, as Orca reads it: under Xvfb, in a D-Bus session
with the accessibility bus started, the tree read and the app driven by atspi_reader.py
under the system Python. Onboarding, the lock screen and the journal: no unnamed control,
passphrase fields in the password role, a typed passphrase readable nowhere; and the
announcements for saving, locking and today's backup arrive on the bus.

It needs the system packages `.ci/run` installs (xvfb, dbus, at-spi2-core,
gir1.2-atspi-2.0, python3-gi and the xcb libraries): without them it fails, saying which
is missing, rather than skip (a machine that runs the suite runs this too).
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from testkit import PASSPHRASE, short_socket_folder

from trustjournal.core.journal.backups import FOLDER as BACKUP_FOLDER
from trustjournal.core.journal.journal import Journal
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.shell.places import PLACES

READER = Path(__file__).with_name("atspi_reader.py")
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
CANARY = "canary-Quill-7319-heron"
# Roles a person operates (AT-SPI's names): one with no name is read as only its kind.
CONTROLS = frozenset(
    {
        "push button", "toggle button", "check box", "radio button", "combo box", "text",
        "password text", "spin button", "slider", "list", "list box", "tree", "table",
        "tree table", "page tab", "menu item", "link",
    }
)  # fmt: skip


def missing_tools() -> list[str]:
    missing = [tool for tool in ("xvfb-run", "dbus-run-session") if shutil.which(tool) is None]
    missing += [path for path in (BUS_LAUNCHER, SYSTEM_PYTHON) if not Path(path).exists()]
    if not missing:
        probe = "import gi; gi.require_version('Atspi', '2.0')"
        if subprocess.run([SYSTEM_PYTHON, "-c", probe], capture_output=True).returncode:
            missing.append("gir1.2-atspi-2.0 / python3-gi for the system Python")
    return missing


def read_on_bus(tmp_path: Path, *reader_args: str) -> dict[str, object]:
    """The app started over `tmp_path/journal` on a bus of its own, read by the reader."""
    missing = missing_tools()
    if missing:
        pytest.fail("the accessibility bus test needs: " + ", ".join(missing) + " (.ci/run)")
    with short_socket_folder() as runtime:  # the app's socket path must stay short
        return _read(tmp_path, runtime, reader_args)


def _read(tmp_path: Path, runtime: Path, reader_args: tuple[str, ...]) -> dict[str, object]:
    out = tmp_path / "read.json"
    app = shlex.join([sys.executable, "-m", "trustjournal"])
    reader = shlex.join([SYSTEM_PYTHON, str(READER), *reader_args])
    script = (
        f"{BUS_LAUNCHER} --launch-immediately & bus=$!; sleep 1; "
        f"{app} & app=$!; {reader} > {shlex.quote(str(out))}; done=$?; "
        "kill $app; wait $app; kill $bus; exit $done"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "TRUSTJOURNAL_DATA_DIR": str(tmp_path / "journal"),
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "home" / "config"),
        "XDG_DATA_HOME": str(tmp_path / "home" / "data"),
        "XDG_RUNTIME_DIR": str(runtime),
    }
    command = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", "dbus-run-session", "--"]
    done = subprocess.run(
        [*command, "bash", "-c", script], env=env, capture_output=True, text=True, timeout=400
    )
    assert done.returncode == 0, f"the reader failed:\n{done.stdout}\n{done.stderr}"
    read: dict[str, object] = json.loads(out.read_text())
    return read


def problems(tree: list[dict[str, object]]) -> list[str]:
    found = []
    for node in tree:
        said = f"[{node['role']}] {node['name']!r}"
        control = node["focusable"] and node["showing"] and node["role"] in CONTROLS
        if control and not str(node["name"]).strip():
            found.append(f"{said}: no name")
        if node["role"] == "text" and "passphrase" in str(node["name"]).lower():
            found.append(f"{said}: a passphrase field without the password role")
        fields = (node["name"], node["description"], node["text"])
        if any(CANARY in str(field) for field in fields):
            found.append(f"{said}: says the passphrase")
    return found


# Roles that say nothing of what a thing is: Qt's generic one (a "filler") and none.
SAYS_NOTHING = frozenset({"filler", "unknown", "invalid"})


def vague(tree: list[dict[str, object]]) -> list[str]:
    """Focusable, showing things a screen reader cannot say: no name, or no kind."""
    found = []
    for node in tree:
        if not (node["focusable"] and node["showing"]):
            continue
        said = f"[{node['role']}] {node['name']!r}"
        if not str(node["name"]).strip():
            found.append(f"{said}: no name")
        if node["role"] in SAYS_NOTHING:
            found.append(f"{said}: no role that says what it is")
    return found


def headings(tree: list[dict[str, object]]) -> set[str]:
    return {str(node["name"]) for node in tree if node["role"] == "heading" and node["showing"]}


def check(screens: dict[str, list[dict[str, object]]], expected: set[str]) -> None:
    assert set(screens) == expected
    for name, tree in screens.items():
        assert len(tree) > 10, f"{name}: only {len(tree)} objects on the bus"
        assert any(node["role"] == "push button" for node in tree), name
        found = problems(tree)
        assert not found, f"{name}:\n" + "\n".join(found)


@pytest.mark.slow  # starts Xvfb, a D-Bus session, the bus and the app
@pytest.mark.timeout(600)
def test_onboarding_on_the_bus_is_named_and_keeps_the_passphrase(tmp_path: Path) -> None:
    read = read_on_bus(tmp_path, "onboarding", CANARY)
    screens = read["screens"]
    assert isinstance(screens, dict)
    check(screens, {"onboarding-welcome", "onboarding-limits", "onboarding-passphrase"})
    passphrase = screens["onboarding-passphrase"]
    assert sum(node["role"] == "password text" for node in passphrase) >= 2
    assert headings(screens["onboarding-welcome"]) >= {"Welcome to TrustJournal"}


@pytest.mark.slow  # starts Xvfb, a D-Bus session, the bus and the app
@pytest.mark.timeout(600)
def test_the_lock_screen_and_journal_on_the_bus_and_what_is_said(tmp_path: Path) -> None:
    vault, _code = Vault.create(tmp_path / "journal", PASSPHRASE, params=FLOOR)
    journal = Journal(vault)
    journal.settings.set(BACKUP_FOLDER, str(tmp_path / "backups"))
    journal.close()
    read = read_on_bus(tmp_path, "journey", CANARY, PASSPHRASE)
    screens = read["screens"]
    assert isinstance(screens, dict)
    check(screens, {"lock-screen", "journal"})
    assert any(node["role"] == "password text" for node in screens["lock-screen"])
    assert headings(screens["lock-screen"]) >= {"Welcome back"}
    heard = read["announcements"]
    assert isinstance(heard, list)
    assert "Saved" in heard and "Locked" in heard and "Backup written" in heard, heard
    assert any(str(words).startswith("Making today's backup") for words in heard), heard
    assert heard.index("Saved") < heard.index("Locked") < heard.index("Backup written")


def journal_to_open(tmp_path: Path) -> None:
    vault, _code = Vault.create(tmp_path / "journal", PASSPHRASE, params=FLOOR)
    journal = Journal(vault)
    journal.settings.set(BACKUP_FOLDER, str(tmp_path / "backups"))
    journal.close()


@pytest.mark.slow  # starts Xvfb, a D-Bus session, the bus and the app
@pytest.mark.timeout(600)
def test_every_place_on_the_bus_says_what_each_focusable_thing_is(tmp_path: Path) -> None:
    """Each place chosen from the Go menu and read whole: every focusable, showing thing
    has a name and a role that says what it is (the chart, the breathing pacer and the
    editor's groups were Qt's generic "filler" or "unknown")."""
    journal_to_open(tmp_path)
    read = read_on_bus(tmp_path, "places", PASSPHRASE)
    screens = read["screens"]
    assert isinstance(screens, dict)
    assert set(screens) == {f"place-{place.title}" for place in PLACES}
    for name, tree in screens.items():
        found = problems(tree) + vague(tree)
        assert not found, f"{name}:\n" + "\n".join(found)
    timeline = screens[f"place-{next(p.title for p in PLACES if p.key == 'timeline')}"]
    assert any(node["role"] == "chart" and node["showing"] for node in timeline)


def test_without_the_bus_tools_the_test_fails_and_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no xvfb-run, no dbus-run-session
    monkeypatch.setattr(sys.modules[__name__], "BUS_LAUNCHER", str(tmp_path / "none"))
    with pytest.raises(pytest.fail.Exception, match=r"xvfb-run, dbus-run-session, .*none"):
        read_on_bus(tmp_path, "onboarding", CANARY)
