"""trustjournal import: each format end to end, --dry-run, twice is once, bad input."""

from __future__ import annotations

import io
import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_here_kit import Ran, run_here
from import_kit import FIXTURES, jrnl_file
from testkit import PASSPHRASE, snapshot

from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.vault import Vault

Run = Callable[..., Ran]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> Run:
    vault, _code = Vault.create(data_dir, PASSPHRASE, params=FLOOR)
    vault.close()

    def unlocked(*arguments: str, stdin: bytes = b"") -> Ran:
        return run_here(
            capsys, monkeypatch, data_dir, *arguments, secrets=[PASSPHRASE], stdin=stdin
        )

    return unlocked


def listed(run: Run) -> list[dict[str, object]]:
    result = run("list", "--json")
    assert result.returncode == 0, result.stderr
    entries: list[dict[str, object]] = json.loads(result.stdout)
    return entries


def test_the_real_command_auto_dry_run_import_and_again(
    run_cli: Callable[..., subprocess.CompletedProcess[str]], data_dir: Path
) -> None:
    Vault.create(data_dir, PASSPHRASE, params=FLOOR)[0].close()
    source = str(FIXTURES / "dayone")
    dry = run_cli("import", "auto", source, "--dry-run", secrets=[PASSPHRASE])
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.splitlines() == [
        "Format found: Day One export (.zip, folder or .json).",
        "4 entries to import, from 9 March 2024 to 3 November 2024.",
        "  no moods, 3 different tags.",
        # The fixture's folder holds no photos/ or audios/: each file named is listed.
        "  2 pictures or files cannot come along; their entries are imported without them:",
        "    Entry 1 names \u201cphotos/cc42a8c9c2e1c0f2b2b1f7b5d8f0f3a1\u201d, which is not in "
        "the export; the entry comes without it.",
        "    Entry 3 names \u201caudios/0F1E2D3C4B5A69788796A5B4C3D2E1F0\u201d, which is not in "
        "the export; the entry comes without it.",
        "Nothing was written (--dry-run).",
    ]
    assert dry.stderr == ""  # no progress when the output is not a terminal
    done = run_cli("import", "dayone", source, secrets=[PASSPHRASE])
    assert done.returncode == 0, done.stderr
    assert "Imported 4 entries" in done.stdout
    assert "you may want to delete it" in done.stdout
    assert "may not erase it from every kind of disk" in done.stdout
    again = run_cli("import", "dayone", source, secrets=[PASSPHRASE])
    assert again.stdout.splitlines()[-2:] == [
        "  4 entries are already in your journal and will be skipped.",
        "Nothing new to import; your journal already has all of it.",
    ]


@pytest.mark.parametrize(
    ("format_name", "path", "count"),
    [
        ("jrnl", "jrnl/journal.txt", 5),
        ("jrnl-json", "jrnl/export.json", 2),  # and one empty entry, skipped
        ("dayone", "dayone/Journal.json", 4),
        ("daylio", "daylio/daylio_export.csv", 5),
        ("markdown", "markdown/notes", 3),
    ],
)
def test_each_format_imports_and_lists(run: Run, format_name: str, path: str, count: int) -> None:
    before = snapshot(FIXTURES)
    result = run("import", format_name, str(FIXTURES / path))
    assert result.returncode == 0, result.stderr
    assert f"Imported {count} entries" in result.stdout
    assert len(listed(run)) == count
    assert run("import", format_name, str(FIXTURES / path)).returncode == 0
    assert len(listed(run)) == count  # twice is once
    assert snapshot(FIXTURES) == before  # the source is untouched


def test_our_own_json_round_trips_through_the_command(
    run: Run,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert (
        run(
            "add", "--title", "T", "--mood", "4", "--tag", "x", "--emotion", "hopeful", "b"
        ).returncode
        == 0
    )
    out = tmp_path / "export.json"
    exported = run(
        "export", "--format", "json", "-o", str(out), "--from", "2000-01-01", "--to", "2199-12-31"
    )
    assert exported.returncode == 0, exported.stderr
    # Into the journal it came from: the entry is already here, nothing is added.
    assert "1 entry is already in your journal" in run("import", "trustjournal", str(out)).stdout
    (original,) = listed(run)
    # Into another journal: every field, once however often.
    other = tmp_path / "other"
    Vault.create(other, PASSPHRASE, params=FLOOR)[0].close()

    def in_other(*arguments: str) -> Ran:
        return run_here(capsys, monkeypatch, other, *arguments, secrets=[PASSPHRASE])

    assert "Imported 1 entry" in in_other("import", "auto", str(out)).stdout
    assert "1 entry is already" in in_other("import", "auto", str(out)).stdout
    (copied,) = json.loads(in_other("list", "--json").stdout)
    assert {k: v for k, v in copied.items() if k not in ("id", "created", "updated")} == {
        k: v for k, v in original.items() if k not in ("id", "created", "updated")
    }


def test_daylio_own_mood_names_are_guessed_and_said_with_mood(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        '2021-09-28,28 September,Tuesday,10:00 pm,sad ,"clean","",""\n'
    )
    guessed = run("import", "daylio", str(path), "--dry-run")
    assert guessed.returncode == 0, guessed.stderr
    assert guessed.stdout.splitlines()[2:4] == [
        '  Your own Daylio moods are guessed on the scale from 1 (awful) to 5 (rad): "sad" as 2.',
        '  If a guess is wrong, say what it means: --mood "sad=1" (1 to 5).',
    ]
    said = run("import", "daylio", str(path), "--mood", "sad=1")
    assert said.returncode == 0 and "guessed" not in said.stdout
    assert [e["mood"] for e in listed(run)] == [1]


def test_a_renamed_star_and_an_undated_day(run: Run, tmp_path: Path) -> None:
    run("import", "jrnl", str(FIXTURES / "jrnl/default_timeformat.txt"), "--starred-tag", "kept")
    (tmp_path / "note.md").write_text("no date here")
    assert run("import", "markdown", str(tmp_path), "--undated-date", "2020-02-02").returncode == 0
    days = {e["date"]: e["tags"] for e in listed(run)}
    assert days["2020-08-31"] == ["kept"] and "2020-02-02" in days


def bad_inputs(folder: Path) -> dict[str, tuple[str, Path]]:
    truncated = folder / "truncated.zip"
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.write(FIXTURES / "dayone" / "Journal.json", "Journal.json")
    truncated.write_bytes(buffer.getvalue()[:-100])
    columns = folder / "columns.csv"
    columns.write_text("date,mood\n2024-01-01,good\n")
    latin1 = folder / "latin1.txt"
    latin1.write_bytes(b"[2024-01-01 10:00] caf\xe9\n")
    future = folder / "future.txt"
    future.write_text("[2400-01-01 10:00] later\n")
    binary = folder / "binary"
    binary.mkdir()
    (binary / "2024-01-01.md").write_bytes(b"\x89PNG\x00\x00")
    return {
        "truncated zip": ("dayone", truncated),
        "wrong columns": ("daylio", columns),
        "invalid utf-8": ("jrnl", latin1),
        "date out of range": ("jrnl", future),
        "binary .md": ("markdown", binary),
        "a long entry": (
            "jrnl",
            jrnl_file(folder, 2, last="[2024-02-02 10:00] x\n" + "y" * 5_100_000),
        ),
    }


# Entries that could not be read are listed in the summary (stdout) before the one sentence.
LISTED = {
    "date out of range": "    Entry 1 (line 1) is dated 2400-01-01, outside the years 1900-2199",
    "binary .md": "    The file 2024-01-01.md looks like a binary file, not text",
}


def test_every_bad_input_is_one_sentence_exit_1_nothing_written(run: Run, tmp_path: Path) -> None:
    for name, (format_name, path) in bad_inputs(tmp_path).items():
        for dry_run in ((), ("--dry-run",)):
            result = run("import", format_name, str(path), *dry_run)
            assert result.returncode == 1, name
            assert len(result.stderr.strip().splitlines()) == 1, (name, result.stderr)
            assert "Something went wrong" not in result.stderr, name
            if name in LISTED:
                assert LISTED[name] in result.stdout, (name, result.stdout)
                assert result.stderr.startswith("Nothing was imported: 1 entry could not be read")
            else:
                assert result.stdout == "", name
    assert listed(run) == []


def test_the_dry_run_lists_every_entry_that_could_not_be_read(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "journal.txt"
    path.write_text(
        "[2024-01-01 10:00] Fine\nwords\n\n[2500-01-02 10:00] Far\n\n[2024-01-03 10:00]\n\n"
        "[1800-01-04 10:00] Early\n"
    )
    result = run("import", "jrnl", str(path), "--dry-run")
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "1 entry to import, all on 1 January 2024.",
        "  no moods, no tags.",
        "  2 entries could not be read; nothing can be imported until they are corrected or "
        "removed in the source:",
        "  1 entry is empty and will be skipped:",
        "    Entry 2 (line 4) is dated 2500-01-02, outside the years 1900-2199 TrustJournal "
        "keeps. Correct its date in the source and try again.",
        "    Entry 3 (line 6) is empty, so it is skipped.",
        "    Entry 4 (line 8) is dated 1800-01-04, outside the years 1900-2199 TrustJournal "
        "keeps. Correct its date in the source and try again.",
    ]
    assert result.stderr.strip() == (
        "Nothing was imported: 2 entries could not be read (listed above). Correct or remove "
        "them in the source, then import again."
    )
    assert run("import", "jrnl", str(path)).returncode == 1
    assert listed(run) == []


@pytest.mark.slow
def test_a_real_zip_bomb_and_a_folder_of_100000_files(run: Run, tmp_path: Path) -> None:
    import zipfile

    bomb = tmp_path / "bomb.zip"
    with (
        zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("Journal.json", "w", force_zip64=True) as member,
    ):
        for _ in range(1100):
            member.write(b" " * (1024 * 1024))
    result = run("import", "dayone", str(bomb))
    assert result.returncode == 1 and "would unpack to more than 1024 MB" in result.stderr
    many = tmp_path / "many"
    many.mkdir()
    for i in range(100_000):
        (many / f"{i}.md").touch()
    result = run("import", "markdown", str(many))
    assert result.returncode == 1 and "holds more than 50,000 files" in result.stderr
    assert listed(run) == []


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_shown_on_a_terminal_only() -> None:
    from trustjournal.cli.import_commands import _TerminalProgress

    terminal, piped = _Terminal(), io.StringIO()
    for stream in (terminal, piped):
        progress = _TerminalProgress(stream)
        progress.reading(1200, None)
        progress.writing(500, 1000)
        progress.clear()
    assert terminal.getvalue() == (
        "\rReading… 1,200 entries\x1b[K\rImporting… 500 entries (50%)\x1b[K\r\x1b[K"
    )
    assert piped.getvalue() == ""


def test_a_missing_file_is_said_before_the_passphrase_is_asked(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    result = run_here(capsys, monkeypatch, tmp_path / "no-vault", "import", "auto", "/nowhere")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "There is no file or folder at /nowhere. Check the path and try again."
    )


def test_an_import_reads_its_source_once_and_says_what_it_held(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No question is asked before writing here, so the summary comes from the one pass
    that writes (a second read of a large file was a fifth of the command's time)."""
    from trustjournal.core.exchange.importing import Import

    def no_second_pass(*_arguments: object, **_options: object) -> None:
        raise AssertionError("the source was read twice")

    monkeypatch.setattr(Import, "preview", no_second_pass)
    result = run("import", "jrnl", str(FIXTURES / "jrnl" / "journal.txt"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[:2] == [
        "5 entries to import, from 9 March 2024 to 31 March 2024.",
        "  no moods, 6 different tags.",
    ]
    assert "Imported 5 entries" in result.stdout
    assert len(listed(run)) == 5


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("de", "Erkanntes Format: Day-One-Export (.zip, Ordner oder .json)."),
        ("es", "Formato reconocido: exportación de Day One (.zip, carpeta o .json)."),
    ],
)
def test_the_format_found_is_named_in_the_persons_language(run: Run, lang: str, said: str) -> None:
    result = run("--lang", lang, "import", "auto", str(FIXTURES / "dayone"), "--dry-run")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == said
