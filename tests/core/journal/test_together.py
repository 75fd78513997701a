"""Check-ins done together: storing both people's answers, comparing them, starters."""

from __future__ import annotations

import datetime as dt

import pytest
from together_kit import together_draft

from trustjournal.core.changes import Action, Change, Topic
from trustjournal.core.errors import InvalidInput, NotFound
from trustjournal.core.journal import together
from trustjournal.core.journal.journal import Journal
from trustjournal.core.journal.trust_json import timeline_json
from trustjournal.core.language import speaking
from trustjournal.core.records.together import (
    NEEDS_MET_KEY,
    TOGETHER_DIMENSIONS,
    TogetherAnswers,
    TogetherDraft,
)
from trustjournal.core.vault import schema

DAY = dt.date(2026, 3, 12)


def test_together_checkin_keeps_each_persons_answers_as_their_own(journal: Journal) -> None:
    draft = together_draft(DAY, partner_consents=True)
    saved = journal.together.add(draft)
    again = journal.together.get(saved.id)
    assert again.day == DAY
    assert again.owner == draft.owner
    assert again.partner == draft.partner
    assert again.partner.helped == "PARTNERHELPEDCANARY"
    assert again.went_well == "WENTWELLCANARY" and again.talk_about == "TALKABOUTCANARY"
    assert again.partner_consents is True


def test_together_checkin_may_leave_everything_empty(journal: Journal) -> None:
    saved = journal.together.add(TogetherDraft(day=DAY))
    assert saved.owner.is_empty() and saved.partner.is_empty()
    assert saved.partner_consents is False  # no answer is a no


def test_together_answers_are_tidied_and_kept_in_dimension_order(journal: Journal) -> None:
    answers = TogetherAnswers(scores={"sexual": 2, "safety": 5}, helped="  tea  ")
    saved = journal.together.add(TogetherDraft(day=DAY, partner=answers))
    assert list(saved.partner.scores) == ["safety", "sexual"]
    assert saved.partner.helped == "tea"


@pytest.mark.parametrize(
    "answers",
    [
        TogetherAnswers(scores={"safety": 11}),
        TogetherAnswers(scores={"respect": 5}),  # not asked together
        TogetherAnswers(needs_met="maybe"),
    ],
)
def test_together_refuses_what_does_not_fit_and_saves_nothing(
    journal: Journal, answers: TogetherAnswers
) -> None:
    with pytest.raises(InvalidInput):
        journal.together.add(TogetherDraft(day=DAY, owner=answers))
    assert journal.together.between(dt.date.min, dt.date.max) == []


def test_together_changes_are_published(journal: Journal) -> None:
    seen: list[Change] = []
    journal.changes.subscribe(seen.append)
    saved = journal.together.add(together_draft(DAY))
    journal.together.set_partner_consent(saved.id, True)
    assert journal.together.get(saved.id).partner_consents
    journal.together.delete(saved.id)
    assert [(c.topic, c.action) for c in seen] == [
        (Topic.TOGETHER, Action.ADDED),
        (Topic.TOGETHER, Action.UPDATED),
        (Topic.TOGETHER, Action.DELETED),
    ]
    with pytest.raises(NotFound):
        journal.together.get(saved.id)
    with pytest.raises(NotFound):
        journal.together.set_partner_consent(saved.id, False)


def test_deleting_a_together_checkin_deletes_both_answers(journal: Journal) -> None:
    saved = journal.together.add(together_draft(DAY))
    journal.together.delete(saved.id)
    rows = journal.vault.database.query("SELECT count(*) FROM together_answers")
    assert rows[0][0] == 0


def test_together_between_reads_a_range_oldest_first(journal: Journal) -> None:
    for day in (dt.date(2026, 3, 20), dt.date(2026, 3, 1), dt.date(2026, 2, 1)):
        journal.together.add(together_draft(day))
    found = journal.together.between(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert [c.day for c in found] == [dt.date(2026, 3, 1), dt.date(2026, 3, 20)]
    assert all(c.partner.helped == "PARTNERHELPEDCANARY" for c in found)


def test_together_tables_come_with_a_migration(journal: Journal) -> None:
    version = journal.vault.database.query("PRAGMA user_version")[0][0]
    assert version == schema.SCHEMA_VERSION
    names = {row[0] for row in journal.vault.database.query("SELECT name FROM sqlite_master")}
    assert {"together_checkins", "together_answers", "together_checkins_by_day"} <= names


def test_together_timeline_and_its_json_hold_both_lines(journal: Journal) -> None:
    journal.together.add(together_draft(DAY))
    timeline = journal.timeline(dt.date(2026, 3, 1), dt.date(2026, 3, 14))
    assert len(timeline.together) == 1
    shown = timeline_json(timeline)["together"]
    assert shown[0]["date"] == "2026-03-12"
    assert shown[0]["owner"]["scores"] == {"safety": 7, "honesty": 3, "closeness": 6}
    assert shown[0]["partner"]["helped"] == "PARTNERHELPEDCANARY"
    assert shown[0]["partner_consents_to_exports"] is False


def test_together_compare_finds_agreement_and_the_largest_differences() -> None:
    mine = TogetherAnswers(needs_met="no", scores={"safety": 7, "honesty": 3, "closeness": 6})
    theirs = TogetherAnswers(needs_met="partly", scores={"safety": 8, "honesty": 9, "sexual": 1})
    comparison = together.compare(mine, theirs)
    assert comparison.agree == ("safety",)
    assert [(d.key, d.size) for d in comparison.differ] == [("honesty", 6.0), (NEEDS_MET_KEY, 5.0)]


def test_together_starters_cover_every_dimension_and_needs_met() -> None:
    library = together.starter_library()
    assert sum(len(texts) for texts in library.values()) >= 30
    for key in (NEEDS_MET_KEY, *TOGETHER_DIMENSIONS):
        assert len(library[key]) >= 3, key
    every = [text for texts in library.values() for text in texts]
    assert len(set(every)) == len(every)
    for text in every:
        assert text.endswith(("?", ".")) and "affair" not in text.lower()


def test_together_starters_follow_the_largest_differences() -> None:
    library = together.starter_library()
    mine = TogetherAnswers(scores={"safety": 1, "honesty": 2, "affection": 5, "sexual": 5})
    theirs = TogetherAnswers(scores={"safety": 9, "honesty": 6, "affection": 8, "sexual": 5})
    chosen = together.choose_starters(together.compare(mine, theirs), DAY)
    assert len(chosen) == 3
    assert chosen[0] in library["safety"]
    assert chosen[1] in library["honesty"]
    assert chosen[2] in library["affection"]
    assert chosen == together.choose_starters(together.compare(mine, theirs), DAY)


@pytest.mark.parametrize("day_offset", range(7))
def test_together_starters_are_two_or_three_and_never_repeat(day_offset: int) -> None:
    day = DAY + dt.timedelta(days=day_offset)
    library = together.starter_library()
    alike = together.compare(TogetherAnswers(scores={"safety": 5}), TogetherAnswers())
    general = together.choose_starters(alike, day)
    assert len(general) == 2 and len(set(general)) == 2
    assert all(text in library[together.GENERAL] for text in general)
    one = together.compare(TogetherAnswers(needs_met="yes"), TogetherAnswers(needs_met="no"))
    chosen = together.choose_starters(one, day)
    assert len(chosen) == 2 and len(set(chosen)) == 2
    assert all(text in library[NEEDS_MET_KEY] for text in chosen)


def test_a_difference_of_two_is_worth_talking_about_and_one_is_agreement() -> None:
    mine = TogetherAnswers(scores={"safety": 5, "honesty": 5, "closeness": 5})
    theirs = TogetherAnswers(scores={"safety": 7, "honesty": 6, "closeness": 8})
    comparison = together.compare(mine, theirs)
    assert comparison.agree == ("honesty",)
    assert [(d.key, d.size) for d in comparison.differ] == [("closeness", 3.0), ("safety", 2.0)]


def test_one_difference_takes_the_days_starter_and_the_next_from_its_own_list() -> None:
    texts = together.starter_library()[NEEDS_MET_KEY]
    one = together.compare(TogetherAnswers(needs_met="yes"), TogetherAnswers(needs_met="no"))
    turn = DAY.toordinal()
    assert together.choose_starters(one, DAY) == (
        texts[turn % len(texts)],
        texts[(turn + 1) % len(texts)],
    )


def test_together_starters_are_chosen_alike_and_said_in_the_language_of_the_moment() -> None:
    library = together.starter_library()
    mine, theirs = TogetherAnswers(scores={"safety": 1}), TogetherAnswers(scores={"safety": 9})
    english = together.choose_starters(together.compare(mine, theirs), DAY)
    german = speaking.load("de")
    assert german is not None
    with speaking.speaking(german):
        said = together.choose_starters(together.compare(mine, theirs), DAY)
    assert all(text in library["safety"] for text in english)
    assert said == tuple(german.pgettext("starter:safety", text) for text in english)
    assert not set(said) & set(library["safety"])
