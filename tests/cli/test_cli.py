"""The command line end to end: a real process, secrets through a file descriptor."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

import pytest
from testkit import NEW_PASSPHRASE, PASSPHRASE, files_containing, snapshot

from trustjournal import __version__
from trustjournal.core.journal.journal import Journal
from trustjournal.core.vault.paths import VaultPaths
from trustjournal.core.vault.vault import Vault

ISSUE_HELP = """\
trustjournal [--data-dir DIR] [--passphrase-fd N] [COMMAND ...]
  (no command)  open the desktop app
  init          create a vault; prints the recovery code once, on a line that starts with "Recovery code: "
  add [--title T] [--mood 1-5] [--emotion NAME]... [--tag NAME]... [--activity NAME]... [--date YYYY-MM-DD] [--private] [TEXT]
                add an entry; without TEXT the body is read from standard input
  list [--from DATE] [--to DATE] [--tag NAME] [--emotion NAME] [--search QUERY] [--json]
                newest first; --json prints a JSON array of objects with at least
                id, date, title, body, mood, emotions, tags, activities, private
  passwd        change the passphrase
  recover       set a new passphrase with the recovery code
  doctor        check the key file, cipher integrity and SQLite integrity; say what it found
  --version
"""  # noqa: E501


def init(run_cli, passphrase: str = PASSPHRASE) -> str:  # type: ignore[no-untyped-def]
    result = run_cli("init", secrets=[passphrase])
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith("Recovery code: ")]
    assert len(lines) == 1
    return lines[0].removeprefix("Recovery code: ")


def assert_plain_failure(result: subprocess.CompletedProcess[str], words: str) -> None:
    assert result.returncode == 1
    assert words in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_help_says_what_the_issue_says(run_cli) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("--help")
    assert result.returncode == 0
    for line in ISSUE_HELP.splitlines():
        assert line.strip() in result.stdout, line


def test_version(run_cli) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("--version")
    assert result.stdout.strip() == f"TrustJournal {__version__}"


def test_python_dash_m_is_the_same_program(cli_env: dict[str, str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "trustjournal", "--version"],
        capture_output=True,
        text=True,
        env=cli_env,
        check=False,
    )
    assert result.stdout.strip() == f"TrustJournal {__version__}"


def test_init_prints_the_recovery_code_once(run_cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    code = init(run_cli)
    assert re.fullmatch(r"([0-9A-Z]{4}-){7}[0-9A-Z]{4}", code)
    assert VaultPaths(data_dir).keyfile.exists()
    assert code.encode() not in VaultPaths(data_dir).keyfile.read_bytes()


def test_init_refuses_a_weak_passphrase(run_cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    assert_plain_failure(run_cli("init", secrets=["letmein"]), "easy to guess")
    assert not VaultPaths(data_dir).exists()


def test_init_refuses_an_existing_vault(run_cli) -> None:  # type: ignore[no-untyped-def]
    init(run_cli)
    assert_plain_failure(run_cli("init", secrets=[PASSPHRASE]), "already a journal")


def test_the_data_dir_comes_from_the_environment(  # type: ignore[no-untyped-def]
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    folder = tmp_path / "from-env"
    env = dict(cli_env, TRUSTJOURNAL_DATA_DIR=str(folder))
    subprocess.run(
        [sys.executable, "-m", "trustjournal", "--passphrase-fd", "0", "init"],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert VaultPaths(folder).keyfile.exists()


def test_add_and_list(run_cli) -> None:  # type: ignore[no-untyped-def]
    init(run_cli)
    added = run_cli(
        "add",
        "--title",
        "Session day",
        "--mood",
        "4",
        "--emotion",
        "hopeful",
        "--emotion",
        "on edge",
        "--tag",
        "therapy",
        "--activity",
        "talked openly",
        "--date",
        "2026-03-01",
        "We talked openly.",
        secrets=[PASSPHRASE],
    )
    assert added.returncode == 0, added.stderr
    from_stdin = run_cli(
        "add", "--private", stdin="Read from standard input.\n", secrets=[PASSPHRASE]
    )
    assert from_stdin.returncode == 0, from_stdin.stderr
    listed = run_cli("list", "--json", secrets=[PASSPHRASE])
    entries = json.loads(listed.stdout)
    assert [e["body"] for e in entries] == ["Read from standard input.\n", "We talked openly."]
    first = entries[1]
    assert first["date"] == "2026-03-01"
    assert first["title"] == "Session day"
    assert first["mood"] == 4
    assert set(first["emotions"]) == {"hopeful", "on edge"}
    assert first["tags"] == ["therapy"]
    assert first["activities"] == ["talked openly"]
    assert first["private"] is False
    assert entries[0]["private"] is True
    assert {
        "id",
        "date",
        "title",
        "body",
        "mood",
        "emotions",
        "tags",
        "activities",
        "private",
    } <= set(first)


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_list_filters(run_cli) -> None:  # type: ignore[no-untyped-def]
    init(run_cli)
    for arguments in (
        ["--date", "2026-01-05", "--tag", "home", "--emotion", "fear", "lighthouse"],
        ["--date", "2026-02-05", "--tag", "walk", "harbour"],
    ):
        assert run_cli("add", *arguments, secrets=[PASSPHRASE]).returncode == 0

    def bodies(*arguments: str) -> list[str]:
        result = run_cli("list", "--json", *arguments, secrets=[PASSPHRASE])
        return [e["body"] for e in json.loads(result.stdout)]

    assert bodies("--from", "2026-02-01") == ["harbour"]
    assert bodies("--to", "2026-02-01") == ["lighthouse"]
    assert bodies("--tag", "walk") == ["harbour"]
    assert bodies("--emotion", "fear") == ["lighthouse"]
    assert bodies("--search", "lightho") == ["lighthouse"]
    text = run_cli("list", "--search", "harbour", secrets=[PASSPHRASE]).stdout
    assert "harbour" in text and "5 February 2026" in text


@pytest.mark.parametrize(
    "arguments",
    [
        ["add", "--mood", "9", "x"],
        ["add", "--date", "2026-02-30", "x"],
        ["list", "--from", "May"],
        ["frobnicate"],
    ],
)
def test_bad_usage_exits_2(run_cli, arguments: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert run_cli(*arguments, secrets=[PASSPHRASE]).returncode == 2


def test_an_unknown_emotion_is_a_plain_error(run_cli) -> None:  # type: ignore[no-untyped-def]
    init(run_cli)
    assert_plain_failure(
        run_cli("add", "--emotion", "grumpy", "x", secrets=[PASSPHRASE]), "emotion list"
    )


def test_a_wrong_passphrase_changes_no_byte(run_cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    init(run_cli)
    run_cli("add", "something", secrets=[PASSPHRASE])
    before = snapshot(data_dir)
    for command in (["list"], ["add", "more"], ["passwd"], ["doctor"]):
        result = run_cli(*command, secrets=["not my passphrase", NEW_PASSPHRASE, NEW_PASSPHRASE])
        assert result.returncode == 1
        assert "does not open this journal" in result.stderr + result.stdout
        assert "Traceback" not in result.stderr
    assert snapshot(data_dir) == before


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_passwd_changes_the_passphrase(run_cli) -> None:  # type: ignore[no-untyped-def]
    init(run_cli)
    result = run_cli("passwd", secrets=[PASSPHRASE, NEW_PASSPHRASE])
    assert result.returncode == 0, result.stderr
    assert run_cli("list", secrets=[NEW_PASSPHRASE]).returncode == 0
    assert_plain_failure(run_cli("list", secrets=[PASSPHRASE]), "does not open")


def test_passwd_refuses_a_weak_new_passphrase(run_cli) -> None:  # type: ignore[no-untyped-def]
    init(run_cli)
    assert_plain_failure(run_cli("passwd", secrets=[PASSPHRASE, "123456"]), "easy to guess")
    assert run_cli("list", secrets=[PASSPHRASE]).returncode == 0


def test_recover_sets_a_new_passphrase(run_cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    code = init(run_cli)
    wrong = code.replace(code[0], "0" if code[0] != "0" else "1", 1)
    before = snapshot(data_dir)
    assert_plain_failure(run_cli("recover", secrets=[wrong, NEW_PASSPHRASE]), "recovery code")
    assert snapshot(data_dir) == before
    result = run_cli("recover", secrets=[code.lower(), NEW_PASSPHRASE])
    assert result.returncode == 0, result.stderr
    assert run_cli("list", secrets=[NEW_PASSPHRASE]).returncode == 0
    assert run_cli("list", secrets=[PASSPHRASE]).returncode == 1


def test_doctor_on_a_sound_vault(run_cli) -> None:  # type: ignore[no-untyped-def]
    init(run_cli)
    result = run_cli("doctor", secrets=[PASSPHRASE])
    assert result.returncode == 0, result.stdout
    assert "All is well." in result.stdout


def test_a_truncated_key_file_is_a_plain_error(run_cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    init(run_cli)
    paths = VaultPaths(data_dir)
    for path in (paths.keyfile, paths.keyfile_backup):
        path.write_bytes(path.read_bytes()[:64])
    before = snapshot(data_dir)
    assert_plain_failure(run_cli("list", secrets=[PASSPHRASE]), "key file is damaged")
    doctor = run_cli("doctor", secrets=[PASSPHRASE])
    assert doctor.returncode == 1
    assert "key file is damaged" in doctor.stdout
    assert snapshot(data_dir) == before


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_a_flipped_database_byte_is_a_plain_error(run_cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    init(run_cli)
    run_cli("add", "something", secrets=[PASSPHRASE])
    database = VaultPaths(data_dir).database
    data = bytearray(database.read_bytes())
    data[200] ^= 0x01
    database.write_bytes(bytes(data))
    assert_plain_failure(run_cli("list", secrets=[PASSPHRASE]), "database is damaged")
    doctor = run_cli("doctor", secrets=[PASSPHRASE])
    assert doctor.returncode == 1
    assert "database is damaged" in doctor.stdout


def test_a_vault_open_elsewhere_is_refused(run_cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    init(run_cli)
    vault = Vault.unlock(data_dir, PASSPHRASE)
    try:
        assert_plain_failure(run_cli("list", secrets=[PASSPHRASE]), "open in another")
    finally:
        vault.close()
    assert run_cli("list", secrets=[PASSPHRASE]).returncode == 0


def test_a_canary_is_found_by_search_and_nowhere_on_disk(  # type: ignore[no-untyped-def]
    run_cli, data_dir: Path, cli_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    canary = f"canary-{uuid.uuid4().hex}"
    # The commands' temporary folder is the test's own; the journal this test opens itself
    # gets the same one, so it is read whole and the system's shared /tmp is never scanned.
    private_tmp = Path(cli_env["TMPDIR"])
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    init(run_cli)
    assert (
        run_cli("add", "--title", canary, f"body {canary} body", secrets=[PASSPHRASE]).returncode
        == 0
    )
    found = run_cli("list", "--search", canary, "--json", secrets=[PASSPHRASE])
    assert canary in found.stdout

    def leaks() -> list[Path]:
        return files_containing(canary, [data_dir, private_tmp])

    # While the vault is open (its WAL in use) and after it is closed.
    journal = Journal(Vault.unlock(data_dir, PASSPHRASE))
    assert journal.entry_ids()
    assert leaks() == []
    journal.close()
    assert leaks() == []


def test_an_unusable_data_folder_is_one_plain_line(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = run_cli("init", secrets=[PASSPHRASE], data=blocker / "journal")
    assert_plain_failure(result, "could not use")


def test_a_secret_that_is_not_text_is_one_plain_line(  # type: ignore[no-untyped-def]
    run_cli, data_dir: Path, cli_env: dict[str, str]
) -> None:
    init(run_cli)
    read_end, write_end = os.pipe()
    os.write(write_end, b"caf\xe9 secret\n")
    os.close(write_end)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "trustjournal",
            "--data-dir",
            str(data_dir),
            "--passphrase-fd",
            str(read_end),
            "list",
        ],
        capture_output=True,
        text=True,
        env=cli_env,
        pass_fds=(read_end,),
        check=False,
    )
    os.close(read_end)
    assert_plain_failure(result, "not UTF-8 text")
    assert "secret" not in result.stderr and "\\xe9" not in result.stderr


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_filters_match_whatever_the_case_typed(run_cli) -> None:  # type: ignore[no-untyped-def]
    init(run_cli)
    run_cli("add", "--tag", "Work", "--emotion", "hopeful", "at work", secrets=[PASSPHRASE])
    for arguments in (["--tag", "Work"], ["--tag", "WORK"], ["--emotion", "Hopeful"]):
        listed = run_cli("list", "--json", *arguments, secrets=[PASSPHRASE])
        assert [e["body"] for e in json.loads(listed.stdout)] == ["at work"], arguments


def test_the_last_calendar_day_is_a_valid_end(run_cli) -> None:  # type: ignore[no-untyped-def]
    init(run_cli)
    run_cli("add", "harbour", secrets=[PASSPHRASE])
    listed = run_cli(
        "list", "--json", "--search", "harbour", "--to", "9999-12-31", secrets=[PASSPHRASE]
    )
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == 1
    timeline = run_cli("timeline", "--to", "0001-01-03", secrets=[PASSPHRASE])
    assert timeline.returncode == 0, timeline.stderr
