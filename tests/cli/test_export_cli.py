"""trustjournal export, end to end in a real process, read back with real readers."""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import pytest
from cli_kit import RunCli, ok
from pypdf import PdfReader
from testkit import files_containing

HELP_LINES = """\
trustjournal export --format pdf|md|html|txt|json -o FILE
    [--from D] [--to D] [--since-last-session] [--tag NAME]... [--emotion NAME]...
    [--flagged-only] [--include-private] [--redact WORD]... [--no-summary] [--chart]
    [--protect] [--name-app]
"""


def export(
    unlocked: RunCli, target: Path, options: str = "", secrets: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    """`trustjournal export` in the format the target's suffix names."""
    fmt = target.suffix.removeprefix(".")
    return unlocked("export", "--format", fmt, "-o", str(target), *options.split(), secrets=secrets)


@pytest.fixture
def filled(unlocked: RunCli) -> RunCli:
    ok(unlocked("event", "--kind", "therapy", "--date", "2026-01-05", "First session"))
    ok(unlocked("add", "--date", "2026-01-03", "--title", "Before", "Old words."))
    ok(
        unlocked(
            "add",
            "--date",
            "2026-01-06",
            "--title",
            "Talk",
            "--discuss",
            "--mood",
            "2",
            "--tag",
            "home",
            "We talked about Jordan. [[withhold]]HIDDEN-WORDS[[/withhold]]",
        )
    )
    ok(unlocked("add", "--date", "2026-01-07", "--title", "Mine", "--private", "PRIVATE-WORDS"))
    ok(unlocked("add", "--date", "2026-01-08", "--title", "Walk", "--mood", "4", "A slow walk."))
    ok(unlocked("checkin", "--date", "2026-01-07", "--score", "safety=6", "--score", "overall=5"))
    return unlocked


def test_help_shows_the_usage_lines(run_cli: RunCli) -> None:
    shown = ok(run_cli("--help"))
    for line in HELP_LINES.splitlines():
        assert line.strip() in shown, line


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_add_discuss_and_list_json(filled: RunCli) -> None:
    entries = json.loads(ok(filled("list", "--json")))
    assert {e["title"]: e["discuss"] for e in entries} == {
        "Before": False,
        "Talk": True,
        "Mine": False,
        "Walk": False,
    }


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_pdf_since_the_last_session_with_chart(
    filled: RunCli, tmp_path: Path, cli_env: dict[str, str]
) -> None:
    for display in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        cli_env.pop(display, None)  # the command draws offscreen by itself
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "therapy.pdf"
    out = ok(export(filled, target, "--chart --redact jordan --to 2026-01-10"))
    assert out.count("no longer protected by your journal's passphrase") == 1
    assert "from 5 January 2026 to 10 January 2026" in out
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    for shown in ("Talk", "Walk", "Summary", "First session", "[passage withheld]", "[name]"):
        assert shown in text
    for hidden in ("Before", "Old words", "PRIVATE-WORDS", "HIDDEN-WORDS", "Jordan"):
        assert hidden not in text
    assert "Trust and mood over this period" in text
    assert sorted(p.name for p in folder.iterdir()) == ["therapy.pdf"]
    # No copy of the words anywhere else: not in the process's temporary folder either.
    assert files_containing("slow walk", [tmp_path / "process-tmp"]) == []


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_protected_pdf_reads_its_password_after_the_passphrase(
    filled: RunCli, tmp_path: Path
) -> None:
    target = tmp_path / "safe.pdf"
    out = ok(export(filled, target, "--protect --to 2026-01-10", secrets=("harbour lights",)))
    assert "only by the password you just chose" in out
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    assert reader.is_encrypted and reader.decrypt("nope") == 0
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    assert reader.decrypt("harbour lights") != 0
    assert "Talk" in " ".join(page.extract_text() for page in reader.pages)


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_formats_and_filters(filled: RunCli, tmp_path: Path) -> None:
    dates = "--from 2026-01-01 --to 2026-01-10"
    md = tmp_path / "x.md"
    ok(export(filled, md, f"{dates} --flagged-only --no-summary"))
    text = md.read_text(encoding="utf-8")
    assert "Talk" in text and "Walk" not in text and "Before" not in text
    assert "Summary" not in text
    tagged = tmp_path / "tagged.json"
    ok(export(filled, tagged, f"{dates} --include-private --tag home"))
    data = json.loads(tagged.read_text(encoding="utf-8"))
    assert (data["format"], data["version"]) == ("trustjournal-export", 1)
    assert [e["title"] for e in data["entries"]] == ["Talk"]
    everything = tmp_path / "all.json"
    ok(export(filled, everything, f"{dates} --include-private"))
    titles = [e["title"] for e in json.loads(everything.read_text(encoding="utf-8"))["entries"]]
    assert titles == ["Before", "Talk", "Mine", "Walk"]
    for fmt in ("html", "txt"):
        target = tmp_path / f"x.{fmt}"
        ok(export(filled, target, "--to 2026-01-10"))
        assert "PRIVATE-WORDS" not in target.read_text(encoding="utf-8")


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_wrong_use_writes_nothing(filled: RunCli, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "out.md"
    wrong = export(filled, target, "--protect")
    assert wrong.returncode == 2 and "--protect works with --format pdf only" in wrong.stderr
    both = export(filled, target, "--since-last-session --from 2026-01-01")
    assert both.returncode == 2
    missing = export(filled, tmp_path / "no" / "out.md")
    assert missing.returncode == 1 and "does not exist" in missing.stderr
    assert "Traceback" not in missing.stderr
    no_password = export(filled, folder / "out.pdf", "--protect")
    assert no_password.returncode == 1  # the password line never came: nothing written
    assert list(folder.iterdir()) == []


def test_since_last_session_without_one_is_a_plain_message(
    unlocked: RunCli, tmp_path: Path
) -> None:
    result = export(unlocked, tmp_path / "x.txt", "--since-last-session")
    assert result.returncode == 1
    assert "no therapy session" in result.stderr
    assert not (tmp_path / "x.txt").exists()


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_a_weak_password_for_a_protected_pdf_is_refused_with_a_hint(
    filled: RunCli, tmp_path: Path
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    weak = export(filled, folder / "out.pdf", "--protect --to 2026-01-10", secrets=("a",))
    assert weak.returncode == 1
    assert "That password would be easy to guess" in weak.stderr
    assert "unrelated words" in weak.stderr
    assert list(folder.iterdir()) == []


def test_list_shows_withheld_words_without_their_markers(unlocked: RunCli) -> None:
    ok(unlocked("add", "--date", "2026-01-06", "[[withhold]]Hard[[/withhold]] day at work."))
    listed = ok(unlocked("list"))
    assert "Hard day at work." in listed and "withhold" not in listed


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_the_export_names_the_app_only_with_name_app(filled: RunCli, tmp_path: Path) -> None:
    plain, named = tmp_path / "plain.md", tmp_path / "named.md"
    ok(export(filled, plain, "--to 2026-01-10"))
    ok(export(filled, named, "--to 2026-01-10 --name-app"))
    assert "TrustJournal" not in plain.read_text(encoding="utf-8")
    assert "from TrustJournal" in named.read_text(encoding="utf-8")
