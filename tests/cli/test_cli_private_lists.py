"""Tags, emotions and activities are private words too: `-` reads them from standard
input, one a line, beside any typed (issue 20, item 13)."""

from __future__ import annotations

import json
from collections.abc import Callable
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


def only_entry(run: Run) -> dict[str, object]:
    (entry,) = json.loads(run("list", "--json").stdout)
    return dict(entry)


@pytest.mark.parametrize(
    ("option", "field", "lines", "kept"),
    [
        ("--tag", "tags", "affair\n\nsecond-chance\n", ["affair", "second-chance"]),
        ("--emotion", "emotions", "hopeful\nfear\n", ["hopeful", "fear"]),
        ("--activity", "activities", "talked openly\na walk together\n", None),
    ],
)
def test_add_reads_a_list_from_standard_input(
    run: Run, option: str, field: str, lines: str, kept: list[str] | None
) -> None:
    done = run("add", option, "-", "the words", stdin=lines.encode())
    assert done.returncode == 0, done.stderr
    expected = kept or [line for line in lines.splitlines() if line]
    assert sorted(only_entry(run)[field]) == sorted(expected)  # type: ignore[arg-type]


def test_typed_names_and_standard_input_combine(run: Run) -> None:
    done = run("add", "--tag", "typed", "--tag", "-", "--tag", "also", "x", stdin=b"piped\n")
    assert done.returncode == 0, done.stderr
    assert sorted(only_entry(run)["tags"]) == ["also", "piped", "typed"]  # type: ignore[arg-type]


def test_list_and_export_filter_by_names_from_standard_input(run: Run, tmp_path: Path) -> None:
    run("add", "--date", "2026-03-01", "--tag", "betrayal", "--emotion", "fear", "kept")
    run("add", "--date", "2026-03-02", "--tag", "other", "left out")
    by_tag = json.loads(run("list", "--tag", "-", "--json", stdin=b"betrayal\n").stdout)
    assert [e["body"] for e in by_tag] == ["kept"]
    by_feeling = json.loads(run("list", "--emotion", "-", "--json", stdin=b"fear\n").stdout)
    assert [e["body"] for e in by_feeling] == ["kept"]
    out = tmp_path / "export.md"
    done = run(
        "export", "--format", "md", "-o", str(out), "--from", "2026-01-01", "--to",
        "2026-12-31", "--tag", "-", stdin=b"betrayal\n",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = out.read_text()
    assert "kept" in text and "left out" not in text


def test_a_list_and_the_text_cannot_both_come_from_standard_input(run: Run) -> None:
    refused = run("add", "--tag", "-", stdin=b"private\n")
    assert refused.returncode == 1
    assert refused.stderr.startswith("Only one option can be read from standard input")
    assert json.loads(run("list", "--json").stdout) == []


def test_the_help_says_so() -> None:
    shown = {
        (child.prog.split()[-1], action.dest): " ".join((action.help or "").split())
        for action_group in build_parser()._subparsers._group_actions  # type: ignore[union-attr]
        for child in action_group.choices.values()  # type: ignore[union-attr]
        for action in child._actions
        if action.dest in ("tag", "emotion", "activity")
    }
    assert set(shown) == {
        ("add", "tag"),
        ("add", "emotion"),
        ("add", "activity"),
        ("list", "tag"),
        ("list", "emotion"),
        ("export", "tag"),
        ("export", "emotion"),
        ("capture", "tag"),
    }
    for said in shown.values():
        assert said.endswith("; - reads them from standard input, one a line, out of your "
                             "shell's history")  # fmt: skip


def test_end_to_end_in_its_own_process(run_cli) -> None:  # type: ignore[no-untyped-def]
    assert run_cli("init", secrets=[PASSPHRASE, PASSPHRASE]).returncode == 0
    done = run_cli("add", "--tag", "-", "body", stdin="hidden-tag\n", secrets=[PASSPHRASE])
    assert done.returncode == 0, done.stderr
    (entry,) = json.loads(run_cli("list", "--json", secrets=[PASSPHRASE]).stdout)
    assert entry["tags"] == ["hidden-tag"]
