"""Our own Markdown export changed after it was written: a link that leaves its folder, a
file not beside it, a mark moved, changed or cut away. Each is one plain sentence, and
nothing is imported (the next import of the mended export would skip entries already
brought, and their pictures with them)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from import_kit import fresh_journal
from round_trip_kit import NOTE, add_entry, attach, everything, exported, png

from trustjournal.core.clock import ManualClock
from trustjournal.core.errors import InvalidInput
from trustjournal.core.exchange.importing import Import
from trustjournal.core.exchange.texts.importing import summary_lines
from trustjournal.core.journal.journal import Journal

Change = Callable[[list[str]], list[str]]


@pytest.fixture
def export(journal: Journal, tmp_path: Path) -> Path:
    walk = add_entry(journal, 1, "A walk by the river.")
    attach(journal, walk, png(10), "river.png", caption="Where we sat")
    session = add_entry(journal, 2, "Notes from the session.")
    attach(journal, session, NOTE, "questions.txt")
    add_entry(journal, 3, "No pictures today.")
    return exported(journal, tmp_path / "notes.md", "md", everything())


def changed(path: Path, change: Change) -> Path:
    lines = path.read_text(encoding="utf-8").split("\n")
    path.write_text("\n".join(change(lines)), encoding="utf-8")
    return path


def marks(lines: list[str], kind: str) -> list[int]:
    return [n for n, line in enumerate(lines) if line.startswith(f"<!-- journal-{kind} ")]


def moved_after_the_end(lines: list[str]) -> list[str]:
    entry = marks(lines, "entry")[1]
    return [*lines[:entry], *lines[entry + 1 :], lines[entry]]


def file_mark_moved_to_the_last_entry(lines: list[str]) -> list[str]:
    file = marks(lines, "file")[1]
    block = lines[file : file + 4]
    rest = [*lines[:file], *lines[file + 4 :]]
    end = marks(rest, "end")[0]
    return [*rest[: end - 2], *block, *rest[end - 2 :]]


def entry_mark_changed(number: int, change: Callable[[str], str]) -> Change:
    """The change of one entry's mark (the `number`th), the rest as written."""

    def changing(lines: list[str]) -> list[str]:
        entry = marks(lines, "entry")[number]
        lines[entry] = change(lines[entry])
        return lines

    return changing


def json_cut(mark: str) -> str:
    return mark.replace('{"title"', '{"tit')


def token_changed(mark: str) -> str:
    return re.sub(r"[0-9a-f]{16}", "0" * 16, mark)


def day_that_does_not_exist(mark: str) -> str:
    return mark.replace("2025-06-01 ", "2025-02-30 ")


def end_cut_away(lines: list[str]) -> list[str]:
    return lines[: marks(lines, "end")[0]]


def heading_joined_to_the_mark(lines: list[str]) -> list[str]:
    entry = marks(lines, "entry")[0]
    return [*lines[: entry + 1], *lines[entry + 2 :]]


@pytest.mark.parametrize(
    "change",
    [
        moved_after_the_end,
        file_mark_moved_to_the_last_entry,
        entry_mark_changed(0, json_cut),
        entry_mark_changed(2, token_changed),
        end_cut_away,
        entry_mark_changed(0, day_that_does_not_exist),
        heading_joined_to_the_mark,
    ],
    ids=["entry-after-end", "file-moved", "json-cut", "token", "end-cut", "no-such-day", "joined"],
)
def test_a_mark_moved_changed_or_cut_is_one_sentence_and_nothing_comes(
    export: Path, tmp_path: Path, clock: ManualClock, change: Change
) -> None:
    changed(export, change)
    with fresh_journal(tmp_path / "other", clock) as other:
        with pytest.raises(InvalidInput) as refused:
            Import(other, "auto", str(export)).preview()
        said = str(refused.value)
        assert said.startswith("The file notes.md is a TrustJournal export, but it is damaged")
        assert said.endswith("Export it again and import that file; nothing was imported.")
        assert said.count(".") == 3 and "\n" not in said
        with pytest.raises(InvalidInput):
            Import(other, "markdown", str(export)).run()
        assert other.entries(limit=10) == []


def test_a_newer_export_is_told_as_one(export: Path, tmp_path: Path, clock: ManualClock) -> None:
    changed(export, lambda lines: [lines[0].replace("export 1 ", "export 2 "), *lines[1:]])
    newer = r"version 2; this TrustJournal reads version 1"
    with (
        fresh_journal(tmp_path / "other", clock) as other,
        pytest.raises(InvalidInput, match=newer),
    ):
        Import(other, "auto", str(export)).preview()


def test_a_link_that_leaves_the_folder_stops_the_import(
    export: Path, tmp_path: Path, clock: ManualClock
) -> None:
    (tmp_path / "secret.txt").write_bytes(b"not for the journal")
    text = export.read_text(encoding="utf-8")
    export.write_text(text.replace("(notes%20files/questions.txt)", "(../secret.txt)"))
    with fresh_journal(tmp_path / "other", clock) as other:
        preview = Import(other, "auto", str(export)).preview()
        assert not preview.can_import
        assert [p.said for p in preview.problems] == [
            "Entry 2 (notes.md) links to \u201c../secret.txt\u201d, outside the folder the "
            "export was written in, which TrustJournal never does. Export it again and "
            "import that file."
        ]
        assert "1 entry could not be read; nothing can be imported" in "\n".join(
            summary_lines(preview)
        )
        with pytest.raises(InvalidInput, match=r"^Entry 2 .* nothing was imported\.$"):
            Import(other, "auto", str(export)).run()
        assert other.entries(limit=10) == []


def test_a_file_not_beside_the_export_stops_the_import(
    export: Path, tmp_path: Path, clock: ManualClock
) -> None:
    (tmp_path / "notes files" / "river.png").unlink()
    with fresh_journal(tmp_path / "other", clock) as other:
        preview = Import(other, "auto", str(export)).preview()
        assert [p.said for p in preview.problems] == [
            "Entry 1 (notes.md): \u201cnotes files/river.png\u201d could not be found; nothing "
            "was attached. Put the folder of pictures and files beside the export back as "
            "it was written, and import again."
        ]
        with pytest.raises(InvalidInput):
            Import(other, "auto", str(export)).run()
        assert other.entries(limit=10) == []
