"""The command line's words: help once and complete, counts that read right, --limit,
private words from standard input, and text that is not UTF-8 said plainly."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from cli_here_kit import Ran, run_here
from testkit import PASSPHRASE

from trustjournal.cli import build_parser
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.vault import Vault

Run = Callable[..., Ran]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> Run:
    Vault.create(data_dir, PASSPHRASE, params=FLOOR)[0].close()

    def unlocked(*arguments: str, stdin: bytes = b"") -> Ran:
        return run_here(
            capsys, monkeypatch, data_dir, *arguments, secrets=[PASSPHRASE], stdin=stdin
        )

    return unlocked


def test_help_shows_the_options_block_once(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--help"])
    shown = capsys.readouterr().out
    assert shown.count("\noptions:") == 1
    assert [line for line in shown.splitlines() if line.lstrip().startswith("--data-dir")] == [
        "  --data-dir DIR     the journal's folder (default: $TRUSTJOURNAL_DATA_DIR, else your "
        "user data"
    ]


def subcommand_parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                yield child
                yield from subcommand_parsers(child)


def test_every_subcommand_option_has_help_text() -> None:
    missing = [
        f"{child.prog} {action.dest}"
        for child in subcommand_parsers(build_parser())
        for action in child._actions
        if not isinstance(action, argparse._SubParsersAction)
        and not (action.help and action.help != argparse.SUPPRESS)
    ]
    assert missing == []


def test_timeline_says_one_entry_not_one_entries(run: Run) -> None:
    run("add", "--date", "2026-03-05", "--mood", "2", "hard")
    shown = run("timeline", "--from", "2026-03-01", "--to", "2026-03-31").stdout
    assert "mood 2.0 (1 entry)" in shown
    run("add", "--date", "2026-03-05", "--mood", "4", "better")
    shown = run("timeline", "--from", "2026-03-01", "--to", "2026-03-31").stdout
    assert "mood 3.0 (2 entries)" in shown


def test_list_limit_shows_only_the_newest(run: Run) -> None:
    for day in ("2026-03-01", "2026-03-02", "2026-03-03"):
        run("add", "--date", day, f"on {day}")
    assert [e["date"] for e in json.loads(run("list", "-n", "2", "--json").stdout)] == [
        "2026-03-03",
        "2026-03-02",
    ]
    assert len(run("list", "--limit", "1").stdout.splitlines()) == 1
    refused = run("list", "-n", "0")
    assert refused.returncode == 2 and "is not a number of entries" in refused.stderr


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
@pytest.mark.parametrize(
    ("arguments", "check"),
    [
        (("add", "--title", "-", "body"), ("list", "--json")),
        (("add", "-"), ("list", "--json")),
        (("event", "--kind", "other", "-"), ("timeline", "--json")),
        (("event", "--kind", "other", "--note", "-", "A moment"), ("timeline", "--json")),
        (("agreement", "add", "-"), ("agreement", "list", "--json")),
        (("agreement", "add", "--details", "-", "Phones"), ("agreement", "list", "--json")),
        (("checkin", "--score", "overall=5", "-"), ("timeline", "--json")),
    ],
)
def test_private_words_from_standard_input(
    run: Run, arguments: tuple[str, ...], check: tuple[str, ...]
) -> None:
    secret = "Words kept out of shell history ✨ שלום"
    done = run(*arguments, stdin=f"{secret}\n".encode())
    assert done.returncode == 0, done.stderr
    assert secret in json.loads(json.dumps(run(*check).stdout))


def test_a_search_from_standard_input(run: Run) -> None:
    run("add", "the garden after rain")
    run("add", "something else")
    found = json.loads(run("list", "--search", "-", "--json", stdin=b"garden\n").stdout)
    assert [e["body"] for e in found] == ["the garden after rain"]


def test_names_to_redact_from_standard_input(run: Run, tmp_path: Path) -> None:
    run("add", "--date", "2026-03-01", "Sam and Alex talked")
    out = tmp_path / "export.md"
    done = run(
        "export",
        "--format",
        "md",
        "-o",
        str(out),
        "--from",
        "2026-01-01",
        "--to",
        "2026-12-31",
        "--redact",
        "-",
        stdin=b"Sam\nAlex\n",
    )
    assert done.returncode == 0, done.stderr
    text = out.read_text()
    assert "Sam" not in text and "Alex" not in text and "[name] and [name] talked" in text


def test_only_one_option_reads_standard_input(run: Run) -> None:
    refused = run("add", "--title", "-", "-", stdin=b"x")
    assert refused.returncode == 1
    assert refused.stderr.startswith("Only one option can be read from standard input")


def test_invalid_utf8_on_standard_input_has_its_own_sentence(run: Run) -> None:
    for arguments in (("add",), ("add", "--title", "-", "body")):
        refused = run(*arguments, stdin=b"caf\xe9\n")
        assert refused.returncode == 1
        assert refused.stderr.strip() == (
            "What came on standard input is not UTF-8 text. Send it as UTF-8 (most editors "
            "offer it under Save As) and try again; nothing was changed."
        )
    assert json.loads(run("list", "--json").stdout) == []


def test_invalid_utf8_in_an_argument_has_its_own_sentence(run: Run) -> None:
    not_utf8 = b"caf\xe9".decode("utf-8", "surrogateescape")  # as Python receives such argv
    refused = run("add", "--title", not_utf8, "body")
    assert refused.returncode == 1
    assert refused.stderr.startswith("Something typed on the command line is not UTF-8 text")
    assert json.loads(run("list", "--json").stdout) == []
