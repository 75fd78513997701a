"""The command line names an old key file put back after `rekey`, in one sentence."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import RunCli, assert_plain_failure, init
from testkit import PASSPHRASE

from trustjournal.core.vault.vault import VaultPaths


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
