"""A therapy export speaks German or Spanish whole (issue 22): its headings, sentences,
page footers, dates ("8. März 2026") and numbers (German 1.169 and 3,5), read back from
the PDF with pdftotext; an export in Spanish made while the app speaks German is Spanish;
under the pseudo-locale no English of ours is left in any line."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from trustjournal.core.exchange.export import build_export, render
from trustjournal.core.exchange.model import ExportOptions
from trustjournal.core.journal.journal import Journal
from trustjournal.core.language import speaking
from trustjournal.core.records.entries import EntryDraft
from trustjournal.core.records.trust import AgreementDraft, CheckinDraft, EventDraft

pytestmark = pytest.mark.usefixtures("painting_application")
EIGHTH = dt.date(2026, 3, 8)
FIRST = dt.date(2023, 1, 1)  # 1,169 days to the clock's 14 March 2026, both counted
# Our English words that an export once printed whatever its language.
ENGLISH = (
    "Mood",
    "Trust check-ins",
    "What happened",
    "Agreements in place",
    "To talk about",
    "strength",
    "since",
    "to review on",
    "Feeling:",
    "Tags:",
    "Together:",
    "Exported on",
    "not rated",
    "period before",
    "Private entry",
    "Page",
    "Private and confidential",
    "compare",
    "untitled",
    "The chart is drawn",
)


def filled(journal: Journal) -> ExportOptions:
    journal.add_entry(
        EntryDraft(day=EIGHTH, title="Walk", body="We walked.", mood=3, tags=("home",))
    )
    journal.add_entry(EntryDraft(day=EIGHTH + dt.timedelta(days=1), body="Better.", mood=4))
    journal.checkins.add(CheckinDraft(day=EIGHTH, scores={"safety": 4}, needs_met="partly"))
    journal.events.add(EventDraft(day=EIGHTH, kind="therapy", title="Session"))
    journal.events.add(
        EventDraft(day=EIGHTH, kind="trigger", title="Phone", intensity=7, minutes_to_calm=30)
    )
    journal.agreements.add(
        AgreementDraft(title="Openness", made=EIGHTH, review=dt.date(2026, 4, 1))
    )
    return ExportOptions(date_from=FIRST, date_to=dt.date(2026, 3, 14))


def language(code: str) -> speaking.gettext.NullTranslations:
    found = speaking.load(code)
    assert found is not None
    return found


def pdf_text(data: bytes, tmp_path: Path) -> str:
    assert shutil.which("pdftotext"), "pdftotext (poppler-utils) is needed"
    pdf = tmp_path / "export.pdf"
    pdf.write_bytes(data)
    read = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True)
    return " ".join(read.stdout.decode("utf-8").split())


def test_a_german_pdf_reads_german_with_german_dates_and_numbers(
    journal: Journal, tmp_path: Path
) -> None:
    options = filled(journal)
    with speaking.speaking(language("de")):
        text = pdf_text(render(build_export(journal, options), "pdf"), tmp_path)
    assert "8. März 2026" in text and "Sonntag, 8. März 2026" in text
    for german in ("Stimmung", "Was passiert ist", "Therapiesitzung", "Vereinbarungen"):
        assert german in text
    assert "(1.169 Tage)" in text and "3,5" in text
    assert not [word for word in ENGLISH if word in text]


def test_a_spanish_export_from_an_app_speaking_german_is_spanish(
    journal: Journal, tmp_path: Path
) -> None:
    options = filled(journal)
    speaking.choose("de", {})
    try:
        with speaking.speaking(language("es")):
            text = pdf_text(render(build_export(journal, options), "pdf"), tmp_path)
    finally:
        speaking.choose(None, {})
    assert "domingo, 8 de marzo de 2026" in text and "Sesión de terapia" in text
    assert "Stimmung" not in text and "Therapiesitzung" not in text
    assert "3,5" in text
    assert not [word for word in ENGLISH if word in text]


@pytest.mark.parametrize("fmt", ["txt", "md", "html"])
def test_under_pseudo_no_english_of_ours_is_left(journal: Journal, fmt: str) -> None:
    options = dataclasses.replace(filled(journal), chart=True)  # the text exports' chart note
    with speaking.speaking(language("pseudo")):
        text = render(build_export(journal, options), fmt).decode("utf-8")
    assert not [word for word in ENGLISH if word in text]


@pytest.mark.parametrize(("code", "tag"), [("de", "de"), ("es", "es"), ("en", "en")])
def test_an_html_export_says_its_language(journal: Journal, code: str, tag: str) -> None:
    options = filled(journal)
    translations = speaking.load(code) or speaking.gettext.NullTranslations()
    with speaking.speaking(translations):
        html = render(build_export(journal, options), "html").decode("utf-8")
    assert f'<html lang="{tag}">' in html


def test_a_german_pdf_chart_names_its_lines_in_german(journal: Journal, tmp_path: Path) -> None:
    """The chart's key and its empty-period sentence were printed in English whatever the
    export's language (found beside issue 24's work on the printed chart)."""
    options = dataclasses.replace(filled(journal), chart=True)
    with speaking.speaking(language("de")):
        text = pdf_text(render(build_export(journal, options), "pdf"), tmp_path)
        empty = dataclasses.replace(options, date_from=FIRST, date_to=FIRST + dt.timedelta(days=9))
        nothing = pdf_text(render(build_export(journal, empty), "pdf"), tmp_path)
    assert "Vertrauens-Check-ins, 0\u201310 (links)" in text
    assert "Stimmung, 1\u20135 (rechts)" in text
    assert "(left)" not in text and "(right)" not in text
    assert "In diesem Zeitraum wurde noch nichts festgehalten." in nothing
