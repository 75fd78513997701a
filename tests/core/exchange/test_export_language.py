"""An export speaks its own language (issue 22, item 6): its dates in the export's
language ("Sonntag, 8. März 2026"), its sentences whole, the PDF carrying every glyph of
German and Spanish; the JSON export stays ISO and language-free."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from pathlib import Path

import pytest
from language_kit import plant, said
from pypdf import PdfReader

from trustjournal.core.exchange.export import build_export, render
from trustjournal.core.exchange.model import ExportOptions, Filters
from trustjournal.core.exchange.texts import dates as date_texts
from trustjournal.core.exchange.texts import export as export_texts
from trustjournal.core.exchange.texts import summary as summary_texts
from trustjournal.core.journal.journal import Journal
from trustjournal.core.language import speaking
from trustjournal.core.records.entries import EntryDraft

pytestmark = pytest.mark.usefixtures("painting_application")
EIGHTH = dt.date(2026, 3, 8)  # a Sunday
GLYPHS = "ß ñ ¿ ¡ á é í ó ú ü Ä Ö Ü"
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


def german(tmp_path: Path) -> speaking.gettext.NullTranslations:
    plant(
        tmp_path,
        "de",
        [
            said("{weekday} {day} {month} {year}", "{weekday}, {day}. {month} {year}"),
            said("{day} {month} {year}", "{day}. {month} {year}"),
            said("Sunday", "Sonntag"),
            said("March", "März"),
            said(export_texts.TITLE, f"Tagebuchnotizen für die Therapie ({GLYPHS})"),
            said(export_texts.SUMMARY_HEADING, "Zusammenfassung"),
        ],
    )
    found = speaking.load("de", tmp_path)
    assert found is not None
    return found


def test_an_exports_dates_speak_its_language(tmp_path: Path) -> None:
    assert date_texts.long_date(EIGHTH) == "Sunday 8 March 2026"
    with speaking.speaking(german(tmp_path)):
        assert date_texts.long_date(EIGHTH) == "Sonntag, 8. März 2026"
        assert date_texts.short_date(EIGHTH) == "8. März 2026"
    assert date_texts.short_date(EIGHTH) == "8 March 2026"  # only inside the block


def test_a_german_pdf_keeps_every_glyph_and_says_german_dates(
    journal: Journal, tmp_path: Path
) -> None:
    journal.add_entry(EntryDraft(day=EIGHTH, title="Spaziergang", body=f"Heute: {GLYPHS}"))
    options = ExportOptions(date_from=EIGHTH, date_to=EIGHTH)
    with speaking.speaking(german(tmp_path)):
        data = render(build_export(journal, options), "pdf")
    reader = PdfReader(io.BytesIO(data))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert text.count(GLYPHS) >= 2  # the translated title and the entry, glyph for glyph
    assert "Sonntag, 8. März 2026" in text and "Zusammenfassung" in text


def test_the_json_export_stays_iso_in_any_language(journal: Journal) -> None:
    journal.add_entry(EntryDraft(day=EIGHTH, title="Walk", body="A walk.", mood=3))
    options = ExportOptions(date_from=EIGHTH, date_to=EIGHTH)
    english = render(build_export(journal, options), "json")
    speaking.choose("pseudo", {})
    try:
        spoken = render(build_export(journal, options), "json")
    finally:
        speaking.choose(None, {})
    data = json.loads(spoken)
    assert data["entries"][0]["day"] == "2026-03-08"
    assert ISO_DAY.match(data["period"]["start"])
    assert json.loads(english)["entries"] == data["entries"]


def test_the_periods_sentences_are_whole_in_any_language(journal: Journal) -> None:
    journal.add_entry(EntryDraft(day=EIGHTH, title="Walk", body="A walk.", tags=("work",)))
    options = ExportOptions(date_from=EIGHTH, date_to=EIGHTH, filters=Filters(tags=("work",)))
    speaking.choose("pseudo", {})
    try:
        lines = summary_texts.period_lines(build_export(journal, options))
    finally:
        speaking.choose(None, {})
    # Every line one whole translated sentence: opened and closed by the pseudo brackets.
    assert all(line.startswith("[") and line.rstrip(".").endswith("]") for line in lines), lines
