"""A reader that goes away (`trustjournal prompts | head -1`) is not an error."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
from pathlib import Path

from cli_kit import RunCli, init
from testkit import PASSPHRASE


def test_a_reader_that_stops_early_ends_the_command_quietly(
    run_cli: RunCli, data_dir: Path, cli_env: dict[str, str]
) -> None:
    init(run_cli)
    secrets_read, secrets_write = os.pipe()
    os.write(secrets_write, f"{PASSPHRASE}\n".encode())
    os.close(secrets_write)
    out_read, out_write = os.pipe()
    # A one-page pipe: the listing cannot fit, so the command is still writing when we go.
    fcntl.fcntl(out_write, fcntl.F_SETPIPE_SZ, 4096)
    command = [sys.executable, "-m", "trustjournal", "--data-dir", str(data_dir)]
    command += ["--passphrase-fd", str(secrets_read), "prompts"]
    process = subprocess.Popen(
        command,
        stdout=out_write,
        stderr=subprocess.PIPE,
        env=cli_env,
        pass_fds=(secrets_read,),
    )
    os.close(out_write)
    os.close(secrets_read)
    assert os.read(out_read, 100)  # like `head -c 100`: a little, then gone
    os.close(out_read)
    _, stderr = process.communicate(timeout=60)
    assert stderr.decode() == ""
    assert process.returncode == 0
