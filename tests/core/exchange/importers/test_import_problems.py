"""What could not be read is listed, by place and reason, and then nothing is written.

The preview reads on past an entry it cannot read, so the summary names every
one (entry number, and line where the source has lines); an empty entry is
listed as skipped. Importing with an unreadable entry present writes nothing and
says which entry and why, in one sentence (all or nothing).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from trustjournal.core.errors import InvalidInput
from trustjournal.core.exchange.importing import Import
from trustjournal.core.exchange.texts.importing import not_imported, summary_lines
from trustjournal.core.journal.journal import Journal

GOOD = {"date": "2024-03-01", "time": "09:00", "title": "Fine", "body": "words"}


def jrnl_json(folder: Path, entries: list[object]) -> Path:
    path = folder / "export.json"
    path.write_text(json.dumps({"tags": {}, "entries": entries}), encoding="utf-8")
    return path


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    return jrnl_json(
        tmp_path,
        [
            GOOD,
            {**GOOD, "date": "2024-02-30", "title": "Not a day"},
            {**GOOD, "title": "", "body": "  \n"},
            {**GOOD, "tags": "not a list", "title": "Odd tags"},
            {**GOOD, "time": "10:00", "title": "Also fine"},
        ],
    )


def test_the_preview_lists_each_problem_with_its_place_and_why(
    journal: Journal, mixed: Path
) -> None:
    summary = Import(journal, "jrnl-json", str(mixed)).preview()
    assert (summary.new, summary.unreadable, summary.skipped) == (2, 2, 1)
    assert not summary.can_import
    assert [p.said for p in summary.problems] == [
        "Entry 2 has a date or time that does not exist (2024-02-30 09:00).",
        "Entry 3 is empty, so it is skipped.",
        'Entry 4 has "tags" that is not a list of words.',
    ]
    lines = summary_lines(summary)
    assert lines[-5:] == [
        "  2 entries could not be read; nothing can be imported until they are corrected "
        "or removed in the source:",
        "  1 entry is empty and will be skipped:",
        "    Entry 2 has a date or time that does not exist (2024-02-30 09:00).",
        "    Entry 3 is empty, so it is skipped.",
        '    Entry 4 has "tags" that is not a list of words.',
    ]
    assert not_imported(summary) == (
        "Nothing was imported: 2 entries could not be read (listed above). Correct or "
        "remove them in the source, then import again."
    )
    assert journal.count() == 0


def test_importing_with_a_problem_present_writes_nothing(journal: Journal, mixed: Path) -> None:
    with pytest.raises(InvalidInput) as raised:
        Import(journal, "jrnl-json", str(mixed)).run()
    assert str(raised.value) == (
        "Entry 2 has a date or time that does not exist (2024-02-30 09:00); nothing was imported."
    )
    assert journal.count() == 0


def test_lines_of_a_text_source_are_named(journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "daylio.csv"
    path.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        '2021-09-28,28 September,Tuesday,10:00 pm,good,"","",""\n'
        "2021-09-27,27 September,Monday\n"
        '2021-09-31,31 September,Friday,9:00 pm,good,"","",""\n'
    )
    summary = Import(journal, "daylio", str(path)).preview()
    assert [p.said for p in summary.problems] == [
        "Entry 2 (line 3) has 3 columns where Daylio writes 8.",
        "Entry 3 (line 4) has a date that does not exist (2021-09-31).",
    ]


def test_empty_entries_are_skipped_and_the_rest_imported(journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "journal.txt"
    path.write_text("[2024-01-01 10:00] First\nwords\n\n[2024-01-02 10:00]\n\n")
    summary = Import(journal, "jrnl", str(path)).run()
    assert (summary.new, summary.skipped, summary.can_import) == (1, 1, True)
    assert [p.said for p in summary.problems] == ["Entry 2 (line 4) is empty, so it is skipped."]
    assert journal.count() == 1


def test_a_source_with_very_many_problems_lists_the_first_thousand(
    journal: Journal, tmp_path: Path
) -> None:
    path = jrnl_json(tmp_path, [{**GOOD, "date": "2024-02-30"}] * 1500)
    summary = Import(journal, "jrnl-json", str(path)).preview()
    assert summary.unreadable == 1500 and len(summary.problems) == 1000
    assert summary_lines(summary)[-1] == "    …and 500 more."
