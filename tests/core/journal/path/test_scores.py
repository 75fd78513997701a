"""Questionnaire totals: known ranges, one's own with its range, published cut-offs with a
gentle pointer, the change since the first score, and bad values that store nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from trustjournal.core.changes import Action, Change, Topic
from trustjournal.core.clock import ManualClock
from trustjournal.core.errors import InvalidInput, NotFound
from trustjournal.core.journal.journal import Journal
from trustjournal.core.journal.path import texts
from trustjournal.core.journal.path.scores import QUESTIONNAIRES, known, pointer_for

TODAY = dt.date(2026, 3, 14)


@pytest.mark.parametrize(
    ("name", "low", "high"),
    [("PCL-5", 0, 80), ("PHQ-9", 0, 27), ("GAD-7", 0, 21), ("CSI-16", 0, 81)],
)
def test_each_known_questionnaire_takes_its_whole_range_and_nothing_past_it(
    journal: Journal, name: str, low: int, high: int
) -> None:
    assert journal.scores.add(name, low).total == low
    assert journal.scores.add(name.lower().replace("-", ""), high).name == name
    for outside in (low - 1, high + 1):
        with pytest.raises(InvalidInput, match=f"from {low} to {high}, so {outside} cannot"):
            journal.scores.add(name, outside)
    assert [s.total for s in journal.scores.listed(name)] == [low, high]


@pytest.mark.parametrize(
    ("name", "below", "past"),
    [("PCL-5", 30, 31), ("PHQ-9", 9, 10), ("GAD-7", 9, 10), ("CSI-16", 52, 51)],
)
def test_a_total_past_the_published_cut_off_brings_a_gentle_pointer(
    journal: Journal, name: str, below: int, past: int
) -> None:
    assert pointer_for(journal.scores.add(name, below)) is None
    pointer = pointer_for(journal.scores.add(name, past))
    assert pointer == texts.PAST_CUTOFF
    assert "not a diagnosis" in pointer and "therapist" in pointer
    assert "When it's hard" in pointer and "alarm" in pointer  # "no cause for alarm"
    assert [s.past_cutoff for s in journal.scores.summaries()] == [True]


def test_the_change_since_the_first_score(journal: Journal, clock: ManualClock) -> None:
    journal.scores.add("PHQ-9", 18, TODAY)
    journal.scores.add("GAD-7", 8, TODAY)
    clock.set(clock.now() + dt.timedelta(days=60))
    journal.scores.add("PHQ-9", 11)
    journal.scores.add("PHQ-9", 7)
    phq, gad = journal.scores.summaries()
    assert (phq.name, phq.first.total, phq.latest.total, phq.change) == ("PHQ-9", 18, 7, -11)
    assert (phq.first.day, phq.latest.day) == (TODAY, TODAY + dt.timedelta(days=60))
    assert (gad.change, phq.past_cutoff) == (0, False)


def test_a_questionnaire_of_ones_own_keeps_the_range_it_was_first_given(
    journal: Journal,
) -> None:
    with pytest.raises(InvalidInput, match="needs the lowest and highest"):
        journal.scores.add("My weekly calm", 4)
    first = journal.scores.add("My weekly calm", 4, span=(1, 10))
    again = journal.scores.add("My  weekly calm", 9)
    assert (first.low, first.high, again.low, again.high, again.name) == (
        1,
        10,
        1,
        10,
        "My weekly calm",
    )
    assert pointer_for(again) is None
    with pytest.raises(InvalidInput, match="from 1 to 10, so 11"):
        journal.scores.add("My weekly calm", 11)
    with pytest.raises(InvalidInput, match="always from 1 to 10"):
        journal.scores.add("My weekly calm", 5, span=(0, 20))


@pytest.mark.parametrize(
    ("arguments", "sentence"),
    [
        ({"name": "  ", "total": 1}, "needs the questionnaire's name"),
        ({"name": "Mine", "total": 1, "span": (5, 5)}, "lowest total has to be below"),
        ({"name": "PHQ-9", "total": 3, "span": (0, 30)}, "always from 0 to 27"),
        ({"name": "PHQ-9", "total": 3, "day": TODAY + dt.timedelta(days=1)}, "not come yet"),
        ({"name": "PHQ-9", "total": 3, "day": TODAY - dt.timedelta(days=1)}, "first day"),
    ],
)
def test_bad_scores_get_one_plain_sentence_and_store_nothing(
    journal: Journal, arguments: dict[str, object], sentence: str
) -> None:
    with pytest.raises(InvalidInput, match=sentence):
        journal.scores.add(**arguments)  # type: ignore[arg-type]
    assert journal.scores.listed() == []


def test_only_names_ranges_and_cut_offs_are_shipped() -> None:
    # No item text: a questionnaire is its name, range and published cut-off, nothing more.
    assert {q.name for q in QUESTIONNAIRES} == {"PCL-5", "PHQ-9", "GAD-7", "CSI-16"}
    assert known("Phq 9") is known("PHQ-9") is not None
    assert "not a diagnosis" in texts.NOT_A_DIAGNOSIS


def test_a_score_recorded_by_mistake_can_be_deleted(journal: Journal) -> None:
    changes: list[Change] = []
    journal.changes.subscribe(changes.append)
    kept = journal.scores.add("GAD-7", 5)
    wrong = journal.scores.add("GAD-7", 15)
    assert journal.scores.delete(wrong.id) == wrong
    assert journal.scores.listed() == [kept]
    assert [(c.topic, c.action) for c in changes][-1] == (Topic.SCORES, Action.DELETED)
    with pytest.raises(NotFound):
        journal.scores.delete(wrong.id)
