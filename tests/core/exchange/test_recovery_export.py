"""The recovery path and questionnaire totals in the therapy export: the phase, its
history and the signposts checked in every format (the PDF read back with pypdf), the
totals only when chosen, and nothing of a path the person never used."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import unicodedata

import pytest
from export_kit import chart_page_text, pdf_lines, write

from trustjournal.core.exchange.build import build_export
from trustjournal.core.exchange.export import FORMATS, read_json, render
from trustjournal.core.exchange.model import ExportOptions
from trustjournal.core.exchange.texts.export import (
    CHART_CAPTION,
    CHART_PHASES_CAPTION,
    CHART_SCORES_CAPTION,
)
from trustjournal.core.journal.journal import Journal
from trustjournal.core.journal.path import texts
from trustjournal.core.records.entries import EntryDraft

pytestmark = pytest.mark.usefixtures("painting_application")

FIRST_DAY = dt.date(2026, 3, 1)
OPTIONS = ExportOptions(date_from=FIRST_DAY)


def walked(journal: Journal) -> Journal:
    """A hurt partner's journal: a path moved on and back, a signpost, two PHQ-9 totals."""
    journal.settings.set("prompt_role", "hurt")
    # An entry on the first of March makes it the journal's first day.
    journal.add_entry(EntryDraft(day=FIRST_DAY, title="A day", body="Words."))
    journal.path.move("attune", dt.date(2026, 3, 2))
    journal.path.move("atone", dt.date(2026, 3, 9))
    journal.path.check("atone-contact-ended", day=dt.date(2026, 3, 3))
    journal.scores.add("PHQ-9", 16, dt.date(2026, 3, 2))
    journal.scores.add("PHQ-9", 11, dt.date(2026, 3, 12))
    return journal


def exported(journal: Journal, fmt: str, options: ExportOptions = OPTIONS) -> str:
    data = render(build_export(journal, options), fmt)
    if fmt == "pdf":
        return read_back(data)
    text = data.decode("utf-8")
    return " ".join((html.unescape(text) if fmt == "html" else text).split())


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "json"])
def test_the_summary_says_the_phase_its_history_and_the_signposts_checked(
    journal: Journal, fmt: str
) -> None:
    text = exported(walked(journal), fmt)
    assert texts.EXPORT_PATH_HEADING in text
    assert "Together: Atone, since 9 March 2026." in text
    assert "2 March 2026: Attune (Moved on)." in text
    assert "9 March 2026: Atone (Went back for a while)." in text
    assert "Signpost checked on 3 March 2026: Contact with the affair partner has ended" in text
    assert texts.EXPORT_SCORES_HEADING not in text and "PHQ-9" not in text


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "json"])
def test_scores_go_in_the_summary_only_when_chosen(journal: Journal, fmt: str) -> None:
    options = dataclasses.replace(OPTIONS, scores=True)
    text = exported(walked(journal), fmt, options)
    assert texts.EXPORT_SCORES_HEADING in text
    assert "PHQ-9 (from 0 to 27): 2 March 2026: 16, 12 March 2026: 11." in text
    assert "PHQ-9: change since the first total (2 March 2026): -5." in text
    assert "PHQ-9: the latest total is past the cut-off its authors published." in text
    assert "They are not a diagnosis." in text


def read_back(pdf: bytes) -> str:
    # The PDF's fonts join "fi" and "ff" into ligatures; NFKC reads them as letters again.
    return unicodedata.normalize("NFKC", " ".join(pdf_lines(pdf)))


def test_the_pdf_reads_back_the_phase_and_the_scores(journal: Journal) -> None:
    options = dataclasses.replace(OPTIONS, scores=True)
    text = read_back(render(build_export(walked(journal), options), "pdf"))
    assert "Together: Atone, since 9 March 2026." in text
    assert "Signpost checked on 3 March 2026" in text
    assert "16, 12 March 2026: 11." in text
    assert "change since the first total (2 March 2026): -5." in text


def test_the_json_export_holds_the_path_and_scores_and_reads_back(journal: Journal) -> None:
    options = dataclasses.replace(OPTIONS, scores=True)
    document = read_json(render(build_export(walked(journal), options), "json").decode())
    assert document.path is not None and document.scores is not None
    assert (document.path.route, document.path.phase) == ("together", "atone")
    assert [s.phase for s in document.path.history] == ["attune", "atone"]
    assert [s.day for s in document.path.signposts_checked] == [dt.date(2026, 3, 3)]
    [phq] = document.scores.questionnaires
    assert (phq.name, phq.change_since_first, phq.past_cutoff) == ("PHQ-9", -5, True)


def test_a_path_never_used_and_a_path_left_out_are_not_in_the_export(journal: Journal) -> None:
    write(journal, "Words.")
    assert build_export(journal, OPTIONS).path is None
    walked(journal)
    assert build_export(journal, dataclasses.replace(OPTIONS, path=False)).path is None
    assert build_export(journal, dataclasses.replace(OPTIONS, summary=False)).path is None


def test_the_pdf_chart_shows_the_phase_bands_with_their_names(journal: Journal) -> None:
    """Issue 24: the phases as bands behind the PDF's chart, named, and said in its caption;
    none when the path is left out of the export."""
    with_chart = dataclasses.replace(OPTIONS, chart=True)
    text = chart_page_text(render(build_export(walked(journal), with_chart), "pdf"))
    assert CHART_PHASES_CAPTION.strip() in text
    # The chart's own words before its caption: the bands' names are painted on it.
    painted = text.split(CHART_CAPTION[:30])[0]
    assert "Attune" in painted and "Atone" in painted
    left_out = dataclasses.replace(with_chart, path=False)
    text = chart_page_text(render(build_export(journal, left_out), "pdf"))
    assert CHART_PHASES_CAPTION.strip() not in text
    assert "Attune" not in text.split(CHART_CAPTION[:30])[0]


def test_the_pdf_chart_draws_the_totals_only_when_they_are_chosen(journal: Journal) -> None:
    """Issue 24: the questionnaire totals as their own lines on the PDF's chart, under the
    app's name for them and each named on the chart, when the export holds the totals;
    never when the person left them out."""
    chosen = dataclasses.replace(OPTIONS, chart=True, scores=True)
    text = chart_page_text(render(build_export(walked(journal), chosen), "pdf"))
    assert CHART_SCORES_CAPTION.strip() in text
    painted = text.split(CHART_CAPTION[:30])[0]
    assert "Questionnaire totals" in painted and "PHQ-9" in painted
    left_out = dataclasses.replace(chosen, scores=False)
    text = chart_page_text(render(build_export(journal, left_out), "pdf"))
    assert CHART_SCORES_CAPTION.strip() not in text
    assert "Questionnaire totals" not in text and "PHQ-9" not in text
