"""Any command's unlock removes what a killed export left, even in a folder never used again."""

from __future__ import annotations

from pathlib import Path

from cli_kit import RunCli, init
from export_kill_kit import kill_an_export
from testkit import PASSPHRASE


def test_list_removes_a_killed_exports_temporary_file(
    run_cli: RunCli, data_dir: Path, tmp_path: Path
) -> None:
    init(run_cli)
    left = kill_an_export(data_dir, tmp_path / "therapy.md")
    assert run_cli("list", secrets=[PASSPHRASE]).returncode == 0
    assert not left.exists()
