"""A refusal that names a day says it as a person reads it, in their language ("5 January
2026", "5. Januar 2026"), never as ISO (issue 24: "cannot start before your journal's
first day (2026-01-05)"). The app and the command line both show the core's sentence."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from language_kit import plant, said

from trustjournal.core.clock import ManualClock
from trustjournal.core.errors import InvalidInput
from trustjournal.core.journal.journal import Journal
from trustjournal.core.language import speaking
from trustjournal.core.records.disclosure import ArrangementDraft
from trustjournal.core.records.entries import EntryDraft
from trustjournal.core.records.trust import AgreementDraft

FIRST = dt.date(2026, 1, 5)
SHARING = AgreementDraft(title="Sharing locations", made=dt.date(2026, 3, 14))


@pytest.fixture
def begun(journal: Journal) -> Journal:
    """A journal whose first day is 5 January 2026."""
    journal.add_entry(EntryDraft(day=FIRST, body="The day it came out."))
    return journal


def _refusal(doing: object) -> str:
    with pytest.raises(InvalidInput) as refused:
        doing()  # type: ignore[operator]
    return str(refused.value)


def test_an_arrangement_before_the_first_day_names_that_day_in_words(begun: Journal) -> None:
    draft = ArrangementDraft("location", dt.date(2026, 1, 4), days=30, my_yes=True)
    said_ = _refusal(lambda: begun.arrangements.make(SHARING, draft))
    assert "first day (5 January 2026)" in said_
    assert "2026-01-05" not in said_


def test_a_path_move_before_the_first_day_names_that_day_in_words(begun: Journal) -> None:
    begun.settings.set("prompt_role", "hurt")  # a path together, with "attune"
    said_ = _refusal(lambda: begun.path.move("attune", dt.date(2026, 1, 4)))
    assert "first day (5 January 2026)" in said_


def test_an_ended_arrangement_says_its_end_day_in_words(begun: Journal, clock: ManualClock) -> None:
    draft = ArrangementDraft("location", clock.today(), days=30, my_yes=True, partner_yes=True)
    agreement, _ = begun.arrangements.make(SHARING, draft)
    begun.arrangements.end(agreement.id)
    said_ = _refusal(lambda: begun.arrangements.pause(agreement.id))
    assert "14 March 2026" in said_ and "2026-03-14" not in said_


def test_the_day_is_said_in_the_persons_language(begun: Journal, tmp_path: Path) -> None:
    plant(
        tmp_path,
        "de",
        [said("{day} {month} {year}", "{day}. {month} {year}"), said("January", "Januar")],
    )
    german = speaking.load("de", tmp_path)
    assert german is not None
    draft = ArrangementDraft("location", dt.date(2026, 1, 4), days=30, my_yes=True)
    with speaking.speaking(german):
        said_ = _refusal(lambda: begun.arrangements.make(SHARING, draft))
    assert "5. Januar 2026" in said_
