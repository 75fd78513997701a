"""A jrnl header whose date cannot be read is listed by its line, never folded into the
entry before it (issue 20, item 15).

jrnl tries every `[...] ` line as a date, so a bracket of date and time numbers is an
entry to jrnl even when its date is malformed; a bracket of words stays body text.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustjournal.core.exchange.importers import jrnl_text
from trustjournal.core.exchange.importers.model import ImportedEntry, ImportOptions, Problem
from trustjournal.core.exchange.importing import Import
from trustjournal.core.journal.journal import Journal

THREE = (
    "[2019-07-14 09:00] The first entry\nfirst words\n\n"
    "[2019-07-14 12:00] The second entry\nsecond words\n\n"
    "[2019-07 14:23] The third entry\nthird words\n"
)


def test_a_header_with_an_unreadable_date_is_listed_not_merged(
    journal: Journal, tmp_path: Path
) -> None:
    path = tmp_path / "journal.txt"
    path.write_text(THREE)
    summary = Import(journal, "jrnl", str(path)).preview()
    assert (summary.new, summary.unreadable) == (2, 1)
    assert [p.said for p in summary.problems] == [
        "Line 7 starts an entry with a date or time that does not exist; correct it in the "
        "journal and try again."
    ]
    read = list(jrnl_text.read(str(path), ImportOptions()))
    second = read[1]
    assert isinstance(second, ImportedEntry)
    assert second.draft.body == "second words"


def test_what_follows_an_unreadable_header_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "journal.txt"
    path.write_text(THREE + "[2019-07-15 08:00] The fourth entry\nfourth words\n")
    read = list(jrnl_text.read(str(path), ImportOptions()))
    assert [type(r).__name__ for r in read] == [
        "ImportedEntry",
        "ImportedEntry",
        "Problem",
        "ImportedEntry",
    ]
    last = read[3]
    assert isinstance(last, ImportedEntry)
    assert (last.where, last.draft.body) == ("entry 4 (line 9)", "fourth words")


@pytest.mark.parametrize(
    "stamp", ["2019-07 14:23", "10:30", "2023-02-30 10:00", "2019/13/01", "2024-01-01 25:00 PM"]
)
def test_date_shaped_brackets(stamp: str) -> None:
    assert jrnl_text.date_shaped(stamp)


@pytest.mark.parametrize("stamp", ["sic", "1/2", "2019", "see page 12", "x 2019-07", "1, 2"])
def test_brackets_of_words_stay_text(stamp: str, tmp_path: Path) -> None:
    assert not jrnl_text.date_shaped(stamp)
    path = tmp_path / "journal.txt"
    path.write_text(f"[2024-01-01 10:00] One\n[{stamp}] in prose\n")
    (only,) = jrnl_text.read(str(path), ImportOptions())
    assert isinstance(only, ImportedEntry)
    assert only.draft.body == f"[{stamp}] in prose"


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    yield tmp_path_factory.mktemp("jrnl_headers")


GOOD = st.sampled_from(["2024-03-09 23:58", "2020-08-29 11:11:00 AM", "2021-01-02 07:05"])
BAD = st.sampled_from(
    ["2019-07 14:23", "2023-02-30 10:00", "2024-13-01 10:00", "99:99", "2024-01-01 24:61"]
)
# Body lines that are no header: words, brackets of words, blank lines.
BODY = st.lists(
    st.sampled_from(["words", "", "[sic] in prose", "[1/2] cup", "@tag here", "- [ ] todo"]),
    max_size=4,
)


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    entries=st.lists(
        st.tuples(st.one_of(GOOD.map(lambda s: (s, True)), BAD.map(lambda s: (s, False))), BODY),
        min_size=1,
        max_size=8,
    )
)
def test_one_entry_or_one_problem_per_header(
    folder: Path, entries: list[tuple[tuple[str, bool], list[str]]]
) -> None:
    text = "".join(
        f"[{stamp}] Title {n}\n" + "".join(line + "\n" for line in body)
        for n, ((stamp, _), body) in enumerate(entries)
    )
    path = folder / "journal.txt"
    path.write_text(text)
    read = list(jrnl_text.read(str(path), ImportOptions()))
    assert [isinstance(r, ImportedEntry) for r in read] == [good for (_, good), _ in entries]
    for item, (_, body) in zip(read, entries, strict=True):
        if isinstance(item, Problem):
            assert item.said.startswith("Line ") and "Title" not in item.said
        else:
            assert isinstance(item, ImportedEntry)
            assert item.draft.body == "\n".join(body).strip("\n").rstrip()
