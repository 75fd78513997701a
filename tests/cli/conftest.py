"""Run the real `trustjournal` command in a subprocess, secrets fed through a file descriptor."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from testkit import NEW_PASSPHRASE, PASSPHRASE

from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.vault import Vault

__all__ = ["NEW_PASSPHRASE", "PASSPHRASE", "RunCli"]

RunCli = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["TRUSTJOURNAL_KDF_TARGET_SECONDS"] = "0"
    env.pop("TRUSTJOURNAL_DATA_DIR", None)
    private_tmp = tmp_path / "process-tmp"
    private_tmp.mkdir()
    env["TMPDIR"] = str(private_tmp)
    return env


@pytest.fixture
def run_cli(data_dir: Path, cli_env: dict[str, str]) -> RunCli:
    """run_cli("list", "--json", secrets=[PASSPHRASE], stdin="...") -> CompletedProcess."""

    def run(
        *arguments: str,
        secrets: Sequence[str] = (),
        stdin: str = "",
        data: Path | None = None,
        timeout: float = 60,
    ) -> subprocess.CompletedProcess[str]:
        read_end, write_end = os.pipe()
        os.write(write_end, "".join(f"{s}\n" for s in secrets).encode())
        os.close(write_end)
        command = [
            sys.executable,
            "-m",
            "trustjournal",
            "--data-dir",
            str(data or data_dir),
            "--passphrase-fd",
            str(read_end),
            *arguments,
        ]
        try:
            return subprocess.run(
                command,
                input=stdin,
                capture_output=True,
                text=True,
                env=cli_env,
                pass_fds=(read_end,),
                timeout=timeout,
                check=False,
            )
        finally:
            os.close(read_end)

    return run


@pytest.fixture
def unlocked(run_cli: RunCli, data_dir: Path) -> RunCli:
    """A vault made in-process (quicker than `init`), and commands run against it:
    unlocked("list"), with any further secrets after the passphrase (secrets=(...))."""
    vault, _code = Vault.create(data_dir, PASSPHRASE, params=FLOOR)
    vault.close()

    def run(*arguments: str, secrets: Sequence[str] = ()) -> subprocess.CompletedProcess[str]:
        return run_cli(*arguments, secrets=[PASSPHRASE, *secrets])

    return run
