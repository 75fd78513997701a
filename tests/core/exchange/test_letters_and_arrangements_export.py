"""Unsent letters are in no export unless chosen one by one (every format, the PDF read
back), and an agreement that is a transparency arrangement says so, and where it stands."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import unicodedata

import pytest
from export_kit import chart_page_text, pdf_lines

from trustjournal.core.exchange.build import build_export
from trustjournal.core.exchange.export import FORMATS, read_json, render
from trustjournal.core.exchange.model import ChartArrangement, ExportOptions
from trustjournal.core.exchange.texts.dates import short_date
from trustjournal.core.exchange.texts.export import CHART_ARRANGEMENTS_CAPTION, CHART_CAPTION
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.disclosure import ArrangementDraft
from trustjournal.core.records.entries import EntryDraft
from trustjournal.core.records.trust import AgreementDraft

pytestmark = pytest.mark.usefixtures("painting_application")

FIRST_DAY = dt.date(2026, 3, 1)
OPTIONS = ExportOptions(date_from=FIRST_DAY)


def exported(journal: Journal, fmt: str, options: ExportOptions) -> str:
    data = render(build_export(journal, options), fmt)
    if fmt == "pdf":
        return unicodedata.normalize("NFKC", " ".join(pdf_lines(data)))
    text = data.decode("utf-8")
    return " ".join((html.unescape(text) if fmt == "html" else text).split())


def with_letters(journal: Journal) -> tuple[int, int]:
    journal.add_entry(EntryDraft(day=FIRST_DAY, title="A day", body="Words."))
    chosen = journal.letters.write("impact", "What it did", "Canarychosen was the word.")
    other = journal.letters.write("self", "To me", "Canaryother stays home.")
    return chosen.id, other.id


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_letter_is_in_an_export_only_when_chosen_one_by_one(journal: Journal, fmt: str) -> None:
    chosen, _other = with_letters(journal)
    for options in (OPTIONS, dataclasses.replace(OPTIONS, summary=False)):
        text = exported(journal, fmt, options)
        assert "Canarychosen" not in text and "Canaryother" not in text
    text = exported(journal, fmt, dataclasses.replace(OPTIONS, letters=(chosen,)))
    assert "Canarychosen was the word." in text
    assert "Canaryother" not in text
    if fmt != "pdf":
        assert "Impact letter" in text


def test_a_chosen_letter_comes_back_from_our_own_json(journal: Journal) -> None:
    chosen, _other = with_letters(journal)
    data = render(build_export(journal, dataclasses.replace(OPTIONS, letters=(chosen,))), "json")
    document = read_json(data.decode("utf-8"))
    assert [(letter.kind, letter.body) for letter in document.letters] == [
        ("Impact letter", "Canarychosen was the word.")
    ]


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "pdf"])
def test_an_arrangement_says_its_kind_and_where_it_stands(journal: Journal, fmt: str) -> None:
    today = journal.clock.today()
    journal.add_entry(EntryDraft(day=FIRST_DAY, title="A day", body="Words."))
    journal.arrangements.make(
        AgreementDraft(title="Sharing locations", made=FIRST_DAY),
        ArrangementDraft("location", FIRST_DAY, days=60, my_yes=True, partner_yes=True),
    )
    text = exported(journal, fmt, OPTIONS)
    ends = short_date(FIRST_DAY + dt.timedelta(days=59))  # in words, as the app says it
    assert today < FIRST_DAY + dt.timedelta(days=59)
    assert f"Location sharing: Runs until {ends}" in text


def test_the_pdf_chart_shows_the_arrangements_both_said_yes_to(journal: Journal) -> None:
    """Issue 24: an arrangement both said yes to is a strip on the PDF's chart, named in
    the export's words and said in the caption; one waiting for a yes is not."""
    journal.add_entry(EntryDraft(day=FIRST_DAY, title="A day", body="Words."))
    journal.arrangements.make(
        AgreementDraft(title="Sharing locations", made=FIRST_DAY),
        ArrangementDraft("location", FIRST_DAY, days=60, my_yes=True, partner_yes=True),
    )
    journal.arrangements.make(
        AgreementDraft(title="Open phone", made=FIRST_DAY),
        ArrangementDraft("phone", FIRST_DAY, days=60, my_yes=True),
    )
    options = dataclasses.replace(OPTIONS, chart=True)
    text = chart_page_text(render(build_export(journal, options), "pdf"))
    assert CHART_ARRANGEMENTS_CAPTION.strip() in text
    painted = text.split(CHART_CAPTION[:30])[0]
    assert "Location sharing" in painted
    assert "Phone" not in painted
    # The JSON export's chart holds the same strips, and reads back.
    chart = read_json(render(build_export(journal, options), "json").decode()).chart
    assert chart is not None
    assert chart.arrangements == (
        ChartArrangement(FIRST_DAY, journal.clock.today(), "Location sharing"),
    )
