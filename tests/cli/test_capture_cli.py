"""`trustjournal capture` (no passphrase, no terminal) and `trustjournal inbox`, end to end."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from cli_kit import RunCli, assert_plain_failure, ok
from testkit import PASSPHRASE, files_containing

from trustjournal.core.vault import texts as vault_texts
from trustjournal.core.vault.inbox import texts as inbox_texts
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.vault import Vault

CANARY = "teal-osprey-sealed-at-3am"


def _ids(listing: str) -> list[str]:
    return re.findall(r"^  ([0-9a-f]{12})  ", listing, flags=re.MULTILINE)


def test_capture_reads_standard_input_with_no_terminal_and_no_passphrase(
    unlocked: RunCli, data_dir: Path, cli_env: dict[str, str]
) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "trustjournal",
            "--data-dir",
            str(data_dir),
            "capture",
            "--mood",
            "2",
            "--tag",
            "car park",
        ],
        input="from a pipe\nsecond line\n",
        capture_output=True,
        text=True,
        env=cli_env,
        start_new_session=True,  # no controlling terminal at all
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == inbox_texts.SEALED
    listing = ok(unlocked("inbox"))
    assert "from a pipe" in listing and "second line" not in listing
    assert inbox_texts.WRITTEN_WHILE_LOCKED in listing


def test_capture_takes_the_text_as_an_argument(unlocked: RunCli, run_cli: RunCli) -> None:
    ok(run_cli("capture", "typed on the line"))
    assert "typed on the line" in ok(unlocked("inbox"))


def test_every_other_unlocking_command_says_how_many_notes_wait(
    unlocked: RunCli, run_cli: RunCli
) -> None:
    ok(run_cli("capture", "one"))
    ok(run_cli("capture", "two"))
    listed = unlocked("list")
    assert inbox_texts.notes_wait(2) in listed.stderr
    assert inbox_texts.notes_wait(2) not in unlocked("inbox").stderr


def test_inbox_keep_by_id_and_discard_all(unlocked: RunCli, run_cli: RunCli) -> None:
    ok(run_cli("capture", "keep me"))
    ok(run_cli("capture", "let me go"))
    listing = ok(unlocked("inbox"))
    lines = [line for line in listing.splitlines() if _ids(line)]
    assert len(lines) == 2
    keep_id = next(_ids(line)[0] for line in lines if "keep me" in line)
    kept = ok(unlocked("inbox", "keep", keep_id))
    assert inbox_texts.notes_kept(1) in kept and inbox_texts.REMOVAL_LIMIT in kept
    assert "keep me" in ok(unlocked("list"))
    assert inbox_texts.notes_discarded(1) in ok(unlocked("inbox", "discard", "--all"))
    assert ok(unlocked("inbox")).strip() == inbox_texts.NO_NOTES_WAIT
    assert "let me go" not in ok(unlocked("list"))


def test_inbox_discard_by_id_leaves_the_others_waiting(unlocked: RunCli, run_cli: RunCli) -> None:
    ok(run_cli("capture", "not mine"))
    ok(run_cli("capture", "mine, later"))
    listing = ok(unlocked("inbox"))
    gone = next(_ids(line)[0] for line in listing.splitlines() if "not mine" in line)
    assert inbox_texts.notes_discarded(1) in ok(unlocked("inbox", "discard", gone[:6]))
    left = ok(unlocked("inbox"))
    assert "not mine" not in left and "mine, later" in left
    assert "not mine" not in ok(unlocked("list"))


def test_inbox_keep_all(unlocked: RunCli, run_cli: RunCli) -> None:
    for text in ("first", "second", "third"):
        ok(run_cli("capture", text))
    assert inbox_texts.notes_kept(3) in ok(unlocked("inbox", "keep", "--all"))
    listed = ok(unlocked("list"))
    assert all(text in listed for text in ("first", "second", "third"))


def test_an_unknown_id_is_said_and_nothing_changes(unlocked: RunCli, run_cli: RunCli) -> None:
    ok(run_cli("capture", "stays"))
    result = unlocked("inbox", "keep", "ffffffffffff")
    assert_plain_failure(result, inbox_texts.NO_SUCH_NOTE.format(id="ffffffffffff"))
    assert "stays" in ok(unlocked("inbox"))


def test_keep_without_ids_asks_for_them(unlocked: RunCli) -> None:
    assert_plain_failure(unlocked("inbox", "keep"), inbox_texts.NOTE_IDS_OR_ALL)


def test_a_5_mb_note_is_refused_in_one_sentence(unlocked: RunCli, run_cli: RunCli) -> None:
    result = run_cli("capture", stdin="x" * 5_000_000)
    assert_plain_failure(result, inbox_texts.NOTE_TOO_LARGE)


def test_capture_without_a_journal_says_so(run_cli: RunCli, data_dir: Path) -> None:
    assert_plain_failure(run_cli("capture", "hello"), inbox_texts.NO_JOURNAL)
    assert not data_dir.exists()


def test_a_changed_capture_key_is_mended_and_said_at_unlock(
    unlocked: RunCli, data_dir: Path
) -> None:
    (data_dir / "journal.capture-key").write_bytes(b"")
    assert inbox_texts.KEY_MENDED in unlocked("list").stderr
    assert inbox_texts.KEY_MENDED not in unlocked("list").stderr


def test_the_canary_note_is_nowhere_on_disk_in_plaintext(
    run_cli: RunCli, data_dir: Path, cli_env: dict[str, str], tmp_path: Path
) -> None:
    """Journal folder, HOME and the temporary folder, while waiting and after kept."""
    home = tmp_path / "home"
    home.mkdir()
    cli_env["HOME"] = str(home)
    Vault.create(data_dir, PASSPHRASE, params=FLOOR)[0].close()
    ok(run_cli("capture", "-", stdin=f"{CANARY}\n"))
    folders = [tmp_path, home, Path(cli_env["TMPDIR"]), data_dir]
    assert files_containing(CANARY, folders) == []
    kept = ok(run_cli("inbox", "keep", "--all", secrets=[PASSPHRASE]))
    assert inbox_texts.notes_kept(1) in kept
    assert CANARY in ok(run_cli("list", secrets=[PASSPHRASE]))
    assert files_containing(CANARY, folders) == []
    assert list((data_dir / "journal.inbox").iterdir()) == []


def test_doctor_finds_a_spoiled_capture_key_and_repair_rewrites_it(
    unlocked: RunCli, run_cli: RunCli, data_dir: Path
) -> None:
    key_file = data_dir / "journal.capture-key"
    good = key_file.read_bytes()
    key_file.write_bytes(good[:60])  # truncated
    found = unlocked("doctor")
    assert found.returncode == 1
    assert f"PROBLEM  {vault_texts.CAPTURE_KEY_WRONG}" in found.stdout
    assert key_file.read_bytes() == good[:60]  # doctor alone changes nothing
    assert_plain_failure(run_cli("capture", "refused"), inbox_texts.KEY_UNUSABLE)
    mended = ok(unlocked("doctor", "--repair"))
    assert f"ok       {vault_texts.CAPTURE_KEY_MENDED}" in mended
    assert key_file.read_bytes() == good
    ok(run_cli("capture", "sealed again"))
