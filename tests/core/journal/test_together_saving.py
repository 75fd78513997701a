"""Saving a check-in done together: what each change names, what a delete gives back, and
the partner's consent given and taken back on one check-in alone (mutation gaps, issue 20)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from together_kit import together_draft

from trustjournal.core.changes import Action, Change, Topic
from trustjournal.core.errors import InvalidInput
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.together import TOGETHER_DIMENSIONS, TogetherAnswers, TogetherDraft

DAY = dt.date(2026, 3, 12)


def test_every_together_change_names_the_check_in_it_is_about(journal: Journal) -> None:
    journal.together.add(together_draft(DAY - dt.timedelta(days=1)))
    seen: list[Change] = []
    journal.changes.subscribe(seen.append)
    saved = journal.together.add(together_draft(DAY))
    journal.together.set_partner_consent(saved.id, True)
    journal.together.delete(saved.id)
    assert seen == [
        Change(Topic.TOGETHER, Action.ADDED, ids=(saved.id,)),
        Change(Topic.TOGETHER, Action.UPDATED, ids=(saved.id,)),
        Change(Topic.TOGETHER, Action.DELETED, ids=(saved.id,)),
    ]


def test_deleting_a_together_check_in_gives_back_what_was_deleted(journal: Journal) -> None:
    saved = journal.together.add(together_draft(DAY, partner_consents=True))
    assert journal.together.delete(saved.id) == saved


def test_consent_given_and_taken_back_changes_that_check_in_and_nothing_else(
    journal: Journal,
) -> None:
    other = journal.together.add(together_draft(DAY - dt.timedelta(days=1)))
    saved = journal.together.add(together_draft(DAY))
    given = journal.together.set_partner_consent(saved.id, True)
    assert given == dataclasses.replace(saved, partner_consents=True)
    assert journal.together.get(other.id) == other
    taken_back = journal.together.set_partner_consent(saved.id, False)
    assert taken_back == saved
    assert journal.together.get(saved.id).partner_consents is False


@pytest.mark.parametrize(
    ("answers", "said"),
    [
        (
            TogetherAnswers(scores={"respect": 5}),
            "'respect' is not a dimension of a check-in together. Choose from: "
            + ", ".join(TOGETHER_DIMENSIONS)
            + ".",
        ),
        (
            TogetherAnswers(needs_met="maybe"),
            "'maybe' is not an answer to 'are my needs being met?'. Choose from: yes, partly, no.",
        ),
    ],
)
def test_a_refused_answer_says_what_is_wrong_word_for_word(
    journal: Journal, answers: TogetherAnswers, said: str
) -> None:
    with pytest.raises(InvalidInput) as refused:
        journal.together.add(TogetherDraft(day=DAY, partner=answers))
    assert str(refused.value) == said


def test_every_written_answer_of_both_and_the_shared_words_are_saved_trimmed(
    journal: Journal,
) -> None:
    def padded(who: str) -> TogetherAnswers:
        return TogetherAnswers(
            helped=f"  {who} helped \n",
            need_more=f"\t{who} more  ",
            appreciations=f" {who} thanks ",
            try_this=f"\n{who} try ",
            closing=f"  {who} closing\n",
        )

    draft = TogetherDraft(
        day=DAY,
        owner=padded("owner"),
        partner=padded("partner"),
        went_well="  went well \n",
        talk_about="\ttalk about ",
    )
    saved = journal.together.get(journal.together.add(draft).id)
    for who, answers in (("owner", saved.owner), ("partner", saved.partner)):
        assert (
            answers.helped,
            answers.need_more,
            answers.appreciations,
            answers.try_this,
            answers.closing,
        ) == (f"{who} helped", f"{who} more", f"{who} thanks", f"{who} try", f"{who} closing")
    assert (saved.went_well, saved.talk_about) == ("went well", "talk about")
