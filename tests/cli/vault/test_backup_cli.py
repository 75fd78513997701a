"""The command line's backup, restore, rekey, doctor and start-up hardening."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cli_kit import RunCli, assert_plain_failure, init, recovery_code_in
from golden_vault_kit import GOLDEN_BACKUP, GOLDEN_PASSPHRASE
from testkit import NEW_PASSPHRASE, PASSPHRASE, snapshot

from trustjournal.core.vault.backup.making import make_backup
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.paths import VaultPaths
from trustjournal.core.vault.vault import Vault


def _titles(run_cli: RunCli, data: Path, secret: str = PASSPHRASE) -> list[str]:
    listed = run_cli("list", "--json", secrets=[secret], data=data)
    assert listed.returncode == 0, listed.stderr
    return sorted(entry["title"] for entry in json.loads(listed.stdout))


def test_backup_list_and_restore_on_a_new_computer(
    run_cli: RunCli, data_dir: Path, tmp_path: Path
) -> None:
    init(run_cli)
    run_cli("add", "--title", "first", "words", secrets=[PASSPHRASE])
    drive = tmp_path / "drive"
    made = run_cli("backup", "--to", str(drive), secrets=[PASSPHRASE])
    assert made.returncode == 0, made.stderr
    (written,) = drive.glob("TrustJournal-backup-*.tjbackup")
    assert f"Backup written: {written}" in made.stdout
    listed = run_cli("backup", "--list", "--to", str(drive))
    assert str(written) in listed.stdout
    new_computer = tmp_path / "new-computer"
    restored = run_cli("restore", str(written), secrets=[PASSPHRASE], data=new_computer)
    assert restored.returncode == 0, restored.stderr
    assert _titles(run_cli, new_computer) == ["first"]


def test_backup_without_a_folder_says_where_to_say_it(run_cli: RunCli) -> None:
    init(run_cli)
    assert_plain_failure(run_cli("backup", secrets=[PASSPHRASE]), "--to FOLDER")


def test_restore_refuses_a_journal_there_unless_replace_and_keeps_it(
    run_cli: RunCli, data_dir: Path, tmp_path: Path
) -> None:
    code = init(run_cli)
    run_cli("add", "--title", "in the backup", "x", secrets=[PASSPHRASE])
    run_cli("backup", "--to", str(tmp_path / "drive"), secrets=[PASSPHRASE])
    (written,) = (tmp_path / "drive").glob("*.tjbackup")
    run_cli("add", "--title", "after", "x", secrets=[PASSPHRASE])
    before = snapshot(data_dir)
    assert_plain_failure(run_cli("restore", str(written), secrets=[PASSPHRASE]), "--replace")
    assert snapshot(data_dir) == before
    replaced = run_cli("restore", str(written), "--replace", secrets=[code])
    assert replaced.returncode == 0, replaced.stderr
    (aside,) = tmp_path.glob("vault-before-restore-*")
    assert str(aside) in replaced.stdout
    assert _titles(run_cli, data_dir) == ["in the backup"]
    assert _titles(run_cli, aside) == ["after", "in the backup"]


def test_restoring_a_damaged_backup_is_one_sentence(run_cli: RunCli, tmp_path: Path) -> None:
    foreign = tmp_path / "holiday.tjbackup"
    foreign.write_bytes(b"\x89PNG not a backup at all")
    target = tmp_path / "target"
    assert_plain_failure(
        run_cli("restore", str(foreign), secrets=[PASSPHRASE], data=target),
        "not a TrustJournal backup",
    )
    assert not target.exists()


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_rekey_prints_a_new_code_and_retires_the_old_key_file(
    run_cli: RunCli, data_dir: Path
) -> None:
    old_code = init(run_cli)
    run_cli("add", "--title", "kept", "words", secrets=[PASSPHRASE])
    paths = VaultPaths(data_dir)
    old_keyfile = paths.keyfile.read_bytes()
    result = run_cli("rekey", secrets=[PASSPHRASE])
    assert result.returncode == 0, result.stderr
    new_code = recovery_code_in(result.stdout)
    assert new_code != old_code
    assert _titles(run_cli, data_dir) == ["kept"]
    assert run_cli("recover", secrets=[old_code, NEW_PASSPHRASE]).returncode == 1
    saved = paths.keyfile.read_bytes()
    paths.keyfile.write_bytes(old_keyfile)
    paths.keyfile_backup.write_bytes(old_keyfile)
    assert run_cli("list", secrets=[PASSPHRASE]).returncode == 1
    paths.keyfile.write_bytes(saved)
    paths.keyfile_backup.write_bytes(saved)
    assert run_cli("recover", secrets=[new_code, NEW_PASSPHRASE]).returncode == 0


def test_passwd_no_longer_claims_the_old_passphrase_is_useless(run_cli: RunCli) -> None:
    init(run_cli)
    result = run_cli("passwd", secrets=[PASSPHRASE, NEW_PASSPHRASE])
    assert "no longer opens" not in result.stdout
    assert "trustjournal rekey" in result.stdout


def test_an_emptied_database_is_refused_everywhere(run_cli: RunCli, data_dir: Path) -> None:
    init(run_cli)
    run_cli("add", "something", secrets=[PASSPHRASE])
    VaultPaths(data_dir).database.write_bytes(b"")
    before = snapshot(data_dir)
    assert_plain_failure(run_cli("list", secrets=[PASSPHRASE]), "database file is empty")
    assert_plain_failure(run_cli("add", "new", secrets=[PASSPHRASE]), "database file is empty")
    doctor = run_cli("doctor", secrets=[PASSPHRASE])
    assert doctor.returncode == 1
    assert "empty" in doctor.stdout
    assert snapshot(data_dir) == before


def test_doctor_names_the_failed_check_and_the_page(run_cli: RunCli, data_dir: Path) -> None:
    init(run_cli)
    run_cli("add", "something", secrets=[PASSPHRASE])
    database = VaultPaths(data_dir).database
    data = bytearray(database.read_bytes())
    data[200] ^= 0x01
    database.write_bytes(bytes(data))
    result = run_cli("doctor", secrets=[PASSPHRASE])
    assert result.returncode == 1
    assert "page 1" in result.stdout
    repaired = run_cli("doctor", "--repair", secrets=[PASSPHRASE])
    assert "trustjournal restore" in repaired.stdout
    assert database.read_bytes() == bytes(data)  # never touched


def test_doctor_repair_removes_leftovers_and_mends_the_key_file(
    run_cli: RunCli, data_dir: Path
) -> None:
    init(run_cli)
    paths = VaultPaths(data_dir)
    stray = data_dir / ".journal.key.abc123.tmp"
    stray.write_bytes(paths.keyfile.read_bytes())
    paths.keyfile.write_bytes(b"{ damaged")
    checked = run_cli("doctor", secrets=[PASSPHRASE])
    assert checked.returncode == 1
    assert stray.name in checked.stdout and "--repair" in checked.stdout
    repaired = run_cli("doctor", "--repair", secrets=[PASSPHRASE])
    assert not stray.exists()
    assert paths.keyfile.read_bytes() == paths.keyfile_backup.read_bytes()
    assert "Mended journal.key" in repaired.stdout
    assert run_cli("doctor", secrets=[PASSPHRASE]).returncode == 0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc/PID/limits is Linux")
def test_a_running_command_has_no_core_dumps(data_dir: Path, cli_env: dict[str, str]) -> None:
    read_end, write_end = os.pipe()
    command = [sys.executable, "-m", "trustjournal", "--data-dir", str(data_dir)]
    child = subprocess.Popen(
        [*command, "--passphrase-fd", str(read_end), "init"],
        pass_fds=(read_end,),
        env=cli_env,
        stdout=subprocess.DEVNULL,
    )
    try:
        limits = Path(f"/proc/{child.pid}/limits")
        # The command sits waiting for its passphrase; give it time to start up.
        deadline = time.monotonic() + 20
        while True:
            line = next(
                row for row in limits.read_text().splitlines() if row.startswith("Max core")
            )
            if line.split()[4:6] == ["0", "0"] or time.monotonic() > deadline:
                break
            time.sleep(0.05)
        assert line.split()[4:6] == ["0", "0"], line
    finally:
        os.close(write_end)
        os.close(read_end)
        child.wait(timeout=30)


# The child reports: dumpable before, dumpable after, then the core limit (soft, hard)
# after hardening, which it first raises as far as it may so that the drop to 0 shows.
_HARDENING_REPORT = """
import sys
from trustjournal.core.hardening import harden_process, is_dumpable
limits = []
if sys.platform != "win32":
    import resource
    hard = resource.getrlimit(resource.RLIMIT_CORE)[1]
    resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))
before = is_dumpable()
harden_process()
if sys.platform != "win32":
    limits = resource.getrlimit(resource.RLIMIT_CORE)
print(before, is_dumpable(), *limits)
"""


def test_hardening_leaves_no_core_dumps_and_nothing_dumpable_on_every_platform() -> None:
    """Every platform has an expected answer, so none passes having checked nothing:
    Linux drops dumpable and the core limit, other POSIX systems the core limit, and
    Windows has neither (is_dumpable is False there, and no limit is reported)."""
    result = subprocess.run(
        [sys.executable, "-c", _HARDENING_REPORT], capture_output=True, text=True, check=True
    )
    if sys.platform.startswith("linux"):
        expected = ["True", "False", "0", "0"]
    elif sys.platform == "win32":
        expected = ["False", "False"]
    else:
        expected = ["False", "False", "0", "0"]
    assert result.stdout.split() == expected


def test_restore_says_when_an_old_backups_date_could_not_be_checked(
    run_cli: RunCli, tmp_path: Path
) -> None:
    old = run_cli("restore", str(GOLDEN_BACKUP), secrets=[GOLDEN_PASSPHRASE], data=tmp_path / "a")
    assert old.returncode == 0, old.stderr
    assert "Restored the backup made on 30 November 2026" in old.stdout
    assert "could not be checked" in old.stdout


def test_restore_of_a_new_backup_states_its_date_without_doubt(
    run_cli: RunCli, data_dir: Path, tmp_path: Path
) -> None:
    init(run_cli)
    run_cli("backup", "--to", str(tmp_path / "drive"), secrets=[PASSPHRASE])
    (written,) = (tmp_path / "drive").glob("*.tjbackup")
    new = run_cli("restore", str(written), secrets=[PASSPHRASE], data=tmp_path / "b")
    assert new.returncode == 0, new.stderr
    assert "Restored the backup made on" in new.stdout
    assert "could not be checked" not in new.stdout


def test_backup_list_shows_only_this_journals_backups_in_a_shared_folder(
    run_cli: RunCli, data_dir: Path, tmp_path: Path
) -> None:
    init(run_cli)
    drive = tmp_path / "drive"
    assert run_cli("backup", "--to", str(drive), secrets=[PASSPHRASE]).returncode == 0
    (ours,) = drive.glob("*.tjbackup")
    other_journal = tmp_path / "other-journal"
    other, _code = Vault.create(other_journal, PASSPHRASE, params=FLOOR)
    theirs = make_backup(other, drive, dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC))
    other.close()
    listed = run_cli("backup", "--list", "--to", str(drive))
    assert listed.returncode == 0, listed.stderr
    assert str(ours) in listed.stdout
    assert str(theirs) not in listed.stdout
    # Where no journal is (a new computer, before restoring), every backup is listed.
    anywhere = run_cli("backup", "--list", "--to", str(drive), data=tmp_path / "new-computer")
    assert str(ours) in anywhere.stdout
    assert str(theirs) in anywhere.stdout
