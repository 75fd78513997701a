"""Issue 20 on the command line: a key file opened through its backup copy is said in one
line, and a key change leaves every file private before the journal is opened again."""

from __future__ import annotations

import json
import stat
import sys
from pathlib import Path

import pytest
from cli_kit import RunCli, init
from testkit import PASSPHRASE

from trustjournal.core.vault.paths import VaultPaths

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="file modes are POSIX")


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_a_key_file_opened_through_its_backup_copy_is_said_in_one_line(
    run_cli: RunCli, data_dir: Path
) -> None:
    init(run_cli)
    paths = VaultPaths(data_dir)
    document = json.loads(paths.keyfile.read_bytes())
    document["slots"]["passphrase"]["argon2"]["memory_kib"] = 8
    paths.keyfile.write_text(json.dumps(document))
    listed = run_cli("list", secrets=[PASSPHRASE])
    assert listed.returncode == 0, listed.stderr
    lines = listed.stderr.strip().splitlines()
    assert len(lines) == 1, listed.stderr
    assert "journal.key.bak" in lines[0]
    assert "trustjournal doctor --repair" in lines[0]
    checked = run_cli("doctor", secrets=[PASSPHRASE])
    assert checked.returncode == 1
    assert "key file is sound" not in checked.stdout
    assert run_cli("doctor", "--repair", secrets=[PASSPHRASE]).returncode == 0
    again = run_cli("list", secrets=[PASSPHRASE])
    assert again.returncode == 0
    assert again.stderr == ""


def test_a_sound_key_file_says_nothing(run_cli: RunCli) -> None:
    init(run_cli)
    listed = run_cli("list", secrets=[PASSPHRASE])
    assert listed.returncode == 0
    assert listed.stderr == ""


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
@posix_only
def test_after_rekey_every_file_is_private_before_any_reopen(
    run_cli: RunCli, data_dir: Path
) -> None:
    init(run_cli)
    assert run_cli("add", "--title", "kept", "words", secrets=[PASSPHRASE]).returncode == 0
    assert run_cli("rekey", secrets=[PASSPHRASE]).returncode == 0
    modes = {path.name: stat.S_IMODE(path.stat().st_mode) for path in data_dir.iterdir()}
    assert "journal.db" in modes, modes
    assert all(mode == 0o600 for mode in modes.values()), modes
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
