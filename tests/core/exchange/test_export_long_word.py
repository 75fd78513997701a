"""One unbroken word is broken into bounded runs for the PDF's layout (issue 20, item 12).

Qt's line breaking grew with the square of a run that has no break opportunity, so a
zero-width space goes after every RUN characters of such a run: the layout stays
linear, and the words read and copy the same (pdftotext gives back the same characters,
with or without the invisible spaces). Speed itself is measured by
benchmarks/bench_export.py --long-word, not here.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trustjournal.core.exchange.build import build_export
from trustjournal.core.exchange.export import render
from trustjournal.core.exchange.model import ExportOptions
from trustjournal.core.exchange.pdf_documents import (
    RUN,
    ZERO_WIDTH_SPACE,
    breakable,
    entries_document,
)
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft

pytestmark = pytest.mark.usefixtures("painting_application")

WORD = "".join(chr(ord("a") + n % 26) for n in range(5000))  # letters, so order is checked


def longest_run(text: str) -> int:
    return max((len(run) for run in re.findall(rf"[^\s{ZERO_WIDTH_SPACE}]+", text)), default=0)


CHARACTERS = st.sampled_from("ab*é-/")
RUNS = st.one_of(
    st.text(alphabet=CHARACTERS, max_size=80),
    st.builds(lambda ch, n: ch * n, CHARACTERS, st.integers(RUN - 2, 5 * RUN)),
)
GAPS = st.sampled_from([" ", "\n", "\n\n", "\u200b", "\t"])


@given(st.lists(st.tuples(RUNS, GAPS), max_size=8))
def test_breakable_bounds_every_run_and_changes_nothing_else(
    parts: list[tuple[str, str]],
) -> None:
    text = "".join(run + gap for run, gap in parts)
    broken = breakable(text)
    assert broken.replace(ZERO_WIDTH_SPACE, "") == text.replace(ZERO_WIDTH_SPACE, "")
    assert longest_run(broken) <= RUN


def test_ordinary_words_are_left_alone() -> None:
    text = "we talked about the garden and what trust means to me now " * 100
    assert breakable(text) is text or breakable(text) == text


def exported(journal: Journal, body: str) -> ExportOptions:
    journal.add_entry(EntryDraft(day=journal.clock.today(), title="Long", body=body))
    return ExportOptions()


def test_the_long_word_reaches_the_layout_in_bounded_runs(journal: Journal) -> None:
    options = exported(journal, f"Before {WORD} after.")
    laid_out = entries_document(build_export(journal, options)).toPlainText()
    assert longest_run(laid_out) <= RUN
    assert WORD in laid_out.replace(ZERO_WIDTH_SPACE, "")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdftotext_gives_the_same_characters(journal: Journal, tmp_path: Path) -> None:
    word = WORD[:2000]  # on one page, so no page's header or footer comes between
    options = exported(journal, f"Before {word} after.")
    path = tmp_path / "export.pdf"
    path.write_bytes(render(build_export(journal, options), "pdf"))
    result = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    flat = "".join(result.stdout.replace(ZERO_WIDTH_SPACE, "").split())  # lines wrap anywhere
    assert f"Before{word}after." in flat
