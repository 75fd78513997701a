"""The command line after `rekey`: an old key file named in one sentence, no code left waiting."""

from __future__ import annotations

from pathlib import Path

from cli_kit import RunCli, assert_plain_failure, init
from testkit import PASSPHRASE

from trustjournal.core.vault.keys import pending_code
from trustjournal.core.vault.paths import VaultPaths
from trustjournal.core.vault.vault import Vault


def test_an_old_key_file_after_rekey_is_named_by_list_and_doctor(
    run_cli: RunCli, data_dir: Path
) -> None:
    init(run_cli)
    paths = VaultPaths(data_dir)
    old = paths.keyfile.read_bytes()
    assert run_cli("rekey", secrets=[PASSPHRASE]).returncode == 0
    paths.keyfile.write_bytes(old)
    paths.keyfile_backup.write_bytes(old)
    assert_plain_failure(run_cli("list", secrets=[PASSPHRASE]), "before the key was changed")
    checked = run_cli("doctor", secrets=[PASSPHRASE])
    assert checked.returncode == 1
    assert "before the key was changed" in checked.stdout


def test_rekey_prints_the_code_so_nothing_waits_for_the_app(
    run_cli: RunCli, data_dir: Path
) -> None:
    init(run_cli)
    assert run_cli("rekey", secrets=[PASSPHRASE]).returncode == 0
    vault = Vault.unlock(data_dir, PASSPHRASE)
    try:
        assert pending_code.pending(vault.database) == ""
    finally:
        vault.close()
