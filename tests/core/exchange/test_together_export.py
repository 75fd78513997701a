"""Check-ins done together in therapy exports: the partner's answers only with their yes."""

from __future__ import annotations

import dataclasses
import html
import io
import json

import pytest
from pypdf import PdfReader
from test_export_choosing import d
from together_kit import OWNER_WORDS, PARTNER_CANARIES, together_draft

from trustjournal.core.exchange.build import build_export
from trustjournal.core.exchange.export import FORMATS, read_json, render
from trustjournal.core.exchange.json_format import write_json
from trustjournal.core.exchange.model import ExportOptions
from trustjournal.core.exchange.texts.export import PARTNER_LEFT_OUT, TOGETHER_HEADING
from trustjournal.core.journal.journal import Journal

pytestmark = pytest.mark.usefixtures("painting_application")


def exported_text(journal: Journal, fmt: str, options: ExportOptions | None = None) -> str:
    document = build_export(journal, options or ExportOptions(date_from=d(3, 1)))
    data = render(document, fmt)
    if fmt == "pdf":
        return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return html.unescape(data.decode("utf-8")) if fmt == "html" else data.decode("utf-8")


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_together_partner_answers_stay_out_without_consent(journal: Journal, fmt: str) -> None:
    journal.together.add(together_draft(d(3, 12), partner_consents=False))
    text = flat(exported_text(journal, fmt))
    for words in OWNER_WORDS:
        assert words in text, words
    for canary in PARTNER_CANARIES:
        assert canary not in text, canary
    if fmt != "json":
        assert TOGETHER_HEADING in text
        assert flat(PARTNER_LEFT_OUT) in text


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_together_partner_answers_go_along_with_consent(journal: Journal, fmt: str) -> None:
    journal.together.add(together_draft(d(3, 12), partner_consents=True))
    text = flat(exported_text(journal, fmt))
    for words in (*OWNER_WORDS, *PARTNER_CANARIES):
        assert words in text, words


def test_together_consent_taken_back_keeps_them_out_again(journal: Journal) -> None:
    saved = journal.together.add(together_draft(d(3, 12), partner_consents=True))
    journal.together.set_partner_consent(saved.id, False)
    text = exported_text(journal, "txt")
    assert not any(canary in text for canary in PARTNER_CANARIES)


def test_together_checkins_follow_the_period_and_the_choice(journal: Journal) -> None:
    journal.together.add(together_draft(d(2, 1), partner_consents=True))
    journal.together.add(together_draft(d(3, 12), partner_consents=True))
    document = build_export(journal, ExportOptions(date_from=d(3, 1)))
    assert [t.day for t in document.together] == [d(3, 12)]
    left_out = build_export(journal, ExportOptions(date_from=d(3, 1), together=False))
    assert left_out.together == ()
    no_summary = build_export(journal, ExportOptions(date_from=d(3, 1), summary=False))
    assert no_summary.together == ()


def test_together_names_to_redact_are_redacted(journal: Journal) -> None:
    draft = together_draft(d(3, 12), partner_consents=True)
    draft = dataclasses.replace(
        draft, owner=dataclasses.replace(draft.owner, helped="a walk with Jordan")
    )
    journal.together.add(draft)
    document = build_export(journal, ExportOptions(date_from=d(3, 1), redact=("Jordan",)))
    assert "Jordan" not in write_json(document)


def test_together_json_round_trips_every_field(journal: Journal) -> None:
    journal.together.add(together_draft(d(3, 10), partner_consents=False))
    journal.together.add(together_draft(d(3, 12), partner_consents=True))
    document = build_export(journal, ExportOptions(date_from=d(3, 1)))
    again = read_json(write_json(document))
    assert again == document
    assert again.together[0].partner is None
    assert again.together[1].partner is not None


def test_together_json_written_before_together_still_reads(journal: Journal) -> None:
    document = build_export(journal, ExportOptions(date_from=d(3, 1)))
    older = json.loads(write_json(document))
    del older["together"]
    assert read_json(json.dumps(older)) == document


def test_together_without_consent_holds_empty_shared_words_and_each_ones_needs(
    journal: Journal,
) -> None:
    journal.together.add(together_draft(d(3, 12), partner_consents=False))
    journal.together.add(together_draft(d(3, 13), partner_consents=True))
    kept_out, shared = build_export(journal, ExportOptions(date_from=d(3, 1))).together
    assert (kept_out.partner, kept_out.went_well, kept_out.talk_about) == (None, "", "")
    assert kept_out.mine.needs_met == "partly"
    assert shared.partner is not None and shared.partner.needs_met == "yes"
    assert (shared.went_well, shared.talk_about) == ("WENTWELLCANARY", "TALKABOUTCANARY")
