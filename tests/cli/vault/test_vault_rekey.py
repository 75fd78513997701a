"""The command line after `rekey`: an old key file named in one sentence, no code left waiting,
and a rekey stopped by a signal at the switch says what happened and keeps the new code
waiting (shown by `recovery-code` until `--stored`; doctor says so meanwhile)."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from cli_kit import RunCli, assert_plain_failure, init, recovery_code_in
from testkit import NEW_PASSPHRASE, PASSPHRASE

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


# `trustjournal rekey` in a real child process, with a signal sent to itself the moment
# the new database takes the journal's place (the switch inside swap.replace).
SIGNAL_AT_THE_SWITCH = textwrap.dedent(
    """
    import os, signal, sys
    from trustjournal.cli import main
    from trustjournal.core.vault.keys import swap

    real_replace = swap.replace
    chosen = getattr(signal, sys.argv[1])

    def replace(paths, keyfile_bytes, aside, on_step):
        def step(name):
            on_step(name)
            if name == "committed":
                os.kill(os.getpid(), chosen)
        real_replace(paths, keyfile_bytes, aside, step)

    swap.replace = replace
    sys.exit(main(sys.argv[2:]))
    """
)


def _rekey_signalled_at_the_switch(
    signal_name: str, data_dir: Path, cli_env: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    read_end, write_end = os.pipe()
    os.write(write_end, f"{PASSPHRASE}\n".encode())
    os.close(write_end)
    try:
        options = ["--data-dir", str(data_dir), "--passphrase-fd", str(read_end)]
        return subprocess.run(
            [sys.executable, "-c", SIGNAL_AT_THE_SWITCH, signal_name, *options, "rekey"],
            capture_output=True,
            text=True,
            env=cli_env,
            pass_fds=(read_end,),
            timeout=120,
            check=False,
        )
    finally:
        os.close(read_end)


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize(("signal_name", "status"), [("SIGINT", 130), ("SIGTERM", -15)])
def test_a_rekey_stopped_at_the_switch_says_so_and_the_code_waits_for_the_next_unlock(
    run_cli: RunCli,
    data_dir: Path,
    cli_env: dict[str, str],
    signal_name: str,
    status: int,
) -> None:
    old_code = init(run_cli)
    assert run_cli("add", "--title", "kept", "words", secrets=[PASSPHRASE]).returncode == 0
    stopped = _rekey_signalled_at_the_switch(signal_name, data_dir, cli_env)
    assert stopped.returncode == status, stopped.stderr
    assert "Nothing more was changed" not in stopped.stderr
    assert "new key" in stopped.stderr
    assert "trustjournal recovery-code" in stopped.stderr
    assert "Recovery code:" not in stopped.stdout
    # The key did change: the old code opens nothing now.
    assert_plain_failure(run_cli("recover", secrets=[old_code, NEW_PASSPHRASE]), "recovery code")
    listed = run_cli("list", secrets=[PASSPHRASE])
    assert listed.returncode == 0, listed.stderr
    assert "kept" in listed.stdout
    assert "trustjournal recovery-code" in listed.stderr
    shown = run_cli("recovery-code", secrets=[PASSPHRASE])
    assert shown.returncode == 0, shown.stderr
    new_code = recovery_code_in(shown.stdout)
    assert "trustjournal recovery-code --stored" in shown.stdout
    # Until confirmed, every unlock says so; the code shown is the one that opens.
    assert "trustjournal recovery-code" in run_cli("list", secrets=[PASSPHRASE]).stderr
    assert run_cli("recovery-code", "--stored", secrets=[PASSPHRASE]).returncode == 0
    assert run_cli("list", secrets=[PASSPHRASE]).stderr == ""
    recovered = run_cli("recover", secrets=[new_code, NEW_PASSPHRASE])
    assert recovered.returncode == 0, recovered.stderr


def test_doctor_is_not_all_well_while_a_new_code_waits(run_cli: RunCli, data_dir: Path) -> None:
    init(run_cli)
    vault = Vault.unlock(data_dir, PASSPHRASE)
    try:
        vault.rotate_key(PASSPHRASE)  # as the app leaves it until the person confirms
    finally:
        vault.close()
    checked = run_cli("doctor", secrets=[PASSPHRASE])
    assert checked.returncode == 1
    assert "All is well" not in checked.stdout
    assert "trustjournal recovery-code" in checked.stdout
    assert run_cli("recovery-code", "--stored", secrets=[PASSPHRASE]).returncode == 0
    assert run_cli("doctor", secrets=[PASSPHRASE]).returncode == 0


@pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal is POSIX")
def test_at_a_terminal_the_waiting_code_itself_is_shown_at_unlock(
    run_cli: RunCli, data_dir: Path, cli_env: dict[str, str]
) -> None:
    import pty  # POSIX only, so not at the top of the module

    init(run_cli)
    vault = Vault.unlock(data_dir, PASSPHRASE)
    try:
        code = vault.rotate_key(PASSPHRASE)
    finally:
        vault.close()
    assert code not in run_cli("list", secrets=[PASSPHRASE]).stderr  # not into a log
    terminal, terminal_end = pty.openpty()
    read_end, write_end = os.pipe()
    os.write(write_end, f"{PASSPHRASE}\n".encode())
    os.close(write_end)
    try:
        options = ["--data-dir", str(data_dir), "--passphrase-fd", str(read_end)]
        listed = subprocess.run(
            [sys.executable, "-m", "trustjournal", *options, "list"],
            stdout=subprocess.PIPE,
            stderr=terminal_end,
            env=cli_env,
            pass_fds=(read_end,),
            timeout=60,
            check=False,
        )
        os.close(terminal_end)
        shown = b""
        with contextlib.suppress(OSError):  # the end of a closed terminal reads as EIO
            while chunk := os.read(terminal, 4096):
                shown += chunk
    finally:
        os.close(read_end)
        os.close(terminal)
    assert listed.returncode == 0
    assert f"Recovery code: {code}" in shown.decode()
    assert "trustjournal recovery-code --stored" in shown.decode()
