"""A command loads only the module that adds it (start-up was a tenth of a second more
when every command's module, the export stack among them, was loaded for each), and
parses exactly as with every command loaded; help, and anything unclear, loads them all.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest
from testkit import PASSPHRASE

from trustjournal.cli import COMMANDS_OF, build_parser, command_modules
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.vault import Vault

# One way of calling each command, with the options it needs.
CALLS = [
    ["init"],
    ["passwd"],
    ["doctor", "--repair"],
    ["backup", "--to", "somewhere"],
    ["restore", "backup.tjbackup"],
    ["add", "--title", "A title", "--tag", "garden", "words"],
    ["list", "--search", "trust", "--json"],
    ["timeline", "--from", "2026-01-01"],
    ["prompts", "--all"],
    ["checkin"],
    ["agreement", "list"],
    ["settings", "--json"],
    ["export", "--format", "md", "-o", "out.md", "--tag", "garden"],
    ["import", "jrnl", "journal.txt", "--dry-run"],
]
LEADING = [[], ["--data-dir", "/some/where"], ["--data-dir=/d", "--passphrase-fd", "3"]]


def parsed(parser: argparse.ArgumentParser, argv: list[str]) -> dict[str, object]:
    """What argparse made of argv (a command's own parser, kept for its errors, by name)."""
    values = vars(parser.parse_args(argv)).items()
    return {k: v.prog if isinstance(v, argparse.ArgumentParser) else v for k, v in values}


def test_each_module_adds_the_commands_it_is_listed_with() -> None:
    for module in command_modules():
        commands = argparse.ArgumentParser().add_subparsers()
        module.register(commands)
        name = module.__name__.removeprefix("trustjournal.cli.")
        assert sorted(commands.choices) == sorted(COMMANDS_OF[name]), name
    every = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert sorted(every) == sorted(c for commands in COMMANDS_OF.values() for c in commands)


@pytest.mark.parametrize("call", CALLS, ids=lambda call: call[0])
@pytest.mark.parametrize("leading", LEADING, ids=["plain", "data-dir", "both"])
def test_a_command_parses_as_it_does_with_every_command_loaded(
    call: list[str], leading: list[str]
) -> None:
    argv = leading + call
    assert parsed(build_parser(argv), argv) == parsed(build_parser(), argv)


@pytest.mark.parametrize(
    ("argv", "loaded"),
    [
        (["import", "jrnl", "x.txt"], ["import_commands"]),
        (["--data-dir", "import", "export", "--format", "md"], ["export_commands"]),
        (["--passphrase-fd=0", "list"], ["entry_commands"]),
        (["--check-start", "agreement", "list"], ["trust_commands"]),
        (["--help"], list(COMMANDS_OF)),
        ([], list(COMMANDS_OF)),
        (["--data", "import", "export"], list(COMMANDS_OF)),  # abbreviated: argparse decides
        (["--", "list"], list(COMMANDS_OF)),
        (["imprt", "jrnl", "x.txt"], list(COMMANDS_OF)),  # a typo: argparse names the choices
    ],
)
def test_only_the_named_command_s_module_is_chosen(argv: list[str], loaded: list[str]) -> None:
    assert [m.__name__.removeprefix("trustjournal.cli.") for m in command_modules(argv)] == loaded


def test_a_typo_is_refused_with_every_command_named(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        build_parser(["imprt"]).parse_args(["imprt"])
    said = capsys.readouterr().err
    assert "invalid choice: 'imprt'" in said
    assert all(f"'{command}'" in said for commands in COMMANDS_OF.values() for command in commands)


LOADED_BY_IMPORT = """
import json, sys
from trustjournal.cli import build_parser
from trustjournal.cli.context import Context
argv = ["--data-dir", "d", "import", "jrnl", "journal.txt"]
arguments = build_parser(argv).parse_args(argv)
print(json.dumps(sorted(sys.modules)))
"""


def test_importing_loads_no_other_command_nor_the_passphrase_judge() -> None:
    # A fresh interpreter: this one has loaded everything already.
    shown = subprocess.run(
        [sys.executable, "-c", LOADED_BY_IMPORT], capture_output=True, text=True, check=True
    )
    loaded = set(json.loads(shown.stdout))
    commands = {name for name in loaded if name.endswith("_commands")}
    assert commands == {"trustjournal.cli.import_commands"}
    assert "zxcvbn" not in loaded  # only a new passphrase is judged
    assert "trustjournal.core.exchange.export" not in loaded


CAPTURE_LOADS = """
import json, sys
from trustjournal.cli import main
status = main(["--data-dir", sys.argv[1], "capture", "a note from the car park"])
print(json.dumps([status, sorted(sys.modules)]))
"""
# What `capture` must not pay for (issue 25: a note in a fraction of what unlocking
# costs): the database, the passphrase's KDF, the journal's domain and the path's words.
NOT_FOR_CAPTURE = (
    "sqlcipher3",
    "argon2",
    "trustjournal.core.vault.database",
    "trustjournal.core.journal",
    "trustjournal.core.records.path",
    "trustjournal.core.language.content",
    "subprocess",  # ctypes.util.find_library runs ldconfig in a child process
)


def test_capture_loads_neither_the_database_the_kdf_nor_the_domain(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    Vault.create(folder, PASSPHRASE, params=FLOOR)[0].close()
    shown = subprocess.run(
        [sys.executable, "-c", CAPTURE_LOADS, str(folder)],
        capture_output=True,
        text=True,
        check=True,
    )
    status, loaded = json.loads(shown.stdout.splitlines()[-1])
    assert status == 0
    paid_for = sorted(
        name
        for name in loaded
        for unwanted in NOT_FOR_CAPTURE
        if name == unwanted or name.startswith(unwanted + ".")
    )
    assert paid_for == []
