"""The recovery path: each path's moves forward and back, the involved partner's record,
parting ways, signposts, and the bad values that store nothing."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustjournal.core.changes import Change, Topic
from trustjournal.core.clock import ManualClock
from trustjournal.core.errors import InvalidInput
from trustjournal.core.journal.journal import Journal
from trustjournal.core.journal.path.walk import current_of, kind_of_move
from trustjournal.core.records.entries import EntryDraft
from trustjournal.core.records.path import ALONE, PHASES_OF, TOGETHER, PathMove

TODAY = dt.date(2026, 3, 14)


def as_role(journal: Journal, role: str) -> Journal:
    journal.settings.set("prompt_role", role)
    return journal


def later(clock: ManualClock, days: int) -> None:
    clock.set(clock.now() + dt.timedelta(days=days))


@pytest.mark.parametrize(
    ("role", "route"),
    [("hurt", TOGETHER), ("involved", TOGETHER), ("individual", ALONE), ("any", ALONE)],
)
def test_a_path_begins_at_the_first_phase_of_the_path_for_who_is_writing(
    journal: Journal, role: str, route: str
) -> None:
    where = as_role(journal, role).path.where()
    assert (where.route, where.phase, where.since, where.history) == (
        route,
        PHASES_OF[route][0],
        None,
        (),
    )
    assert where.explanation and where.name
    assert {s.phase for s in where.signposts} == set(PHASES_OF[route])
    assert all(s.checked is None for s in where.signposts)


@pytest.mark.parametrize("role", ["hurt", "individual"])
def test_each_path_moves_forward_and_back_with_its_days(
    journal: Journal, clock: ManualClock, role: str
) -> None:
    as_role(journal, role)
    first, second, third = PHASES_OF[journal.path.where().route]
    _, said_on = journal.path.move(second)
    later(clock, 10)
    journal.path.move(third)
    later(clock, 3)
    back, said_back = journal.path.move(second)
    where = journal.path.where()
    assert (where.phase, where.since) == (second, TODAY + dt.timedelta(days=13))
    assert [(m.phase, m.kind) for m in where.history] == [
        (second, "forward"),
        (third, "forward"),
        (second, "back"),
    ]
    assert "going back is not starting over" in said_back
    assert said_on.startswith("You are now in")
    assert back.kind == "back" and first not in [m.phase for m in where.history]


def test_the_hurt_partner_moves_on_with_no_signpost_checked(journal: Journal) -> None:
    as_role(journal, "hurt").path.move("attach")
    where = journal.path.where()
    assert where.phase == "attach" and where.decides == "self"
    assert not any(s.checked for s in where.signposts)


def test_in_the_involved_partners_journal_a_move_on_is_their_partners_word(
    journal: Journal,
) -> None:
    as_role(journal, "involved")
    assert journal.path.where().decides == "partner"
    move, said = journal.path.move("attune", day=TODAY)
    assert move.kind == "partner_ready" and move.day == TODAY
    assert said == "Recorded: your partner said they are ready for Attune."
    back, _ = journal.path.move("atone")
    assert back.kind == "back"


def test_parting_ways_moves_a_together_path_on_your_own_and_keeps_its_history(
    journal: Journal, clock: ManualClock
) -> None:
    as_role(journal, "hurt").path.move("attune")
    journal.path.check("atone-contact-ended")
    later(clock, 30)
    parted, said = journal.path.part(i_left=True)
    where = journal.path.where()
    assert (where.route, where.phase, parted.kind) == (ALONE, "safety", "left")
    assert [(m.route, m.phase) for m in where.history] == [
        (TOGETHER, "attune"),
        (ALONE, "safety"),
    ]
    assert {s.phase for s in where.signposts} == {"safety", "grief", "rebuilding"}
    assert "Everything before it stays" in said
    journal.path.move("grief")
    assert journal.path.where().phase == "grief"


def test_we_separated_is_kept_as_such_and_only_once(journal: Journal) -> None:
    as_role(journal, "involved")
    assert journal.path.part()[0].kind == "separated"
    with pytest.raises(InvalidInput, match="already the path on your own"):
        journal.path.part()
    assert len(journal.path.where().history) == 1


def test_a_signpost_is_checked_with_its_day_and_can_be_taken_back(journal: Journal) -> None:
    as_role(journal, "hurt")
    changes: list[Change] = []
    journal.changes.subscribe(changes.append)
    journal.path.check("attach-rituals")
    checked = {s.id: s.checked for s in journal.path.where().signposts}
    assert checked["attach-rituals"] == TODAY
    journal.path.check("attach-rituals", done=False)
    assert all(s.checked is None for s in journal.path.where().signposts)
    assert [c.topic for c in changes] == [Topic.PATH, Topic.PATH]


@pytest.mark.parametrize(
    ("role", "action", "sentence"),
    [
        ("hurt", lambda j: j.path.move("grief"), "no phase called “grief”"),
        ("individual", lambda j: j.path.move("attune"), "no phase called “attune”"),
        ("hurt", lambda j: j.path.move("atone"), "already in Atone"),
        ("hurt", lambda j: j.path.check("grief-my-story"), "belongs to the path on your own"),
        ("individual", lambda j: j.path.check("atone-hurt-heard"), "belongs to the path together"),
        ("hurt", lambda j: j.path.check("no-such-sign"), "no signpost called"),
        ("individual", lambda j: j.path.part(), "already the path on your own"),
        ("hurt", lambda j: j.path.move("attune", TODAY - dt.timedelta(days=1)), "first day"),
        ("hurt", lambda j: j.path.move("attune", TODAY + dt.timedelta(days=1)), "not come yet"),
    ],
)
def test_bad_values_get_one_plain_sentence_and_store_nothing(
    journal: Journal, role: str, action: object, sentence: str
) -> None:
    as_role(journal, role)
    with pytest.raises(InvalidInput, match=sentence) as raised:
        action(journal)  # type: ignore[operator]
    assert str(raised.value).count(". ") <= 1
    where = journal.path.where()
    assert where.history == () and all(s.checked is None for s in where.signposts)


def test_dates_reach_back_to_the_first_day_the_journal_is_about(journal: Journal) -> None:
    as_role(journal, "hurt")
    journal.add_entry(EntryDraft(day=dt.date(2026, 1, 5), body="The day it came out."))
    with pytest.raises(InvalidInput, match=r"first day \(5 January 2026\)"):
        journal.path.move("attune", dt.date(2026, 1, 4))
    with pytest.raises(InvalidInput, match=r"first day \(5 January 2026\)"):
        journal.scores.add("PHQ-9", 12, dt.date(2026, 1, 4))
    assert journal.path.move("attune", dt.date(2026, 1, 9))[0].day == dt.date(2026, 1, 9)
    with pytest.raises(InvalidInput, match=r"the last one \(9 January 2026\)"):
        journal.path.move("attach", dt.date(2026, 1, 8))
    assert [m.day for m in journal.path.where().history] == [dt.date(2026, 1, 9)]
    assert journal.scores.listed() == []


def test_the_prompt_of_the_day_follows_the_path(journal: Journal) -> None:
    as_role(journal, "individual")
    journal.settings.set("recovery_phase", "early")
    journal.path.move("rebuilding")
    assert journal.path.phase() == "rebuilding"
    assert all(p.phase in (None, "rebuilding") for p in journal.prompts.daily_pool())
    today = journal.prompts.of_the_day()
    assert today is not None and today.phase in (None, "rebuilding")


# -- any sequence of moves gives a consistent current phase --------------------------------

ALL_PHASES = [p for phases in PHASES_OF.values() for p in phases]
STEPS = st.lists(
    st.one_of(
        st.tuples(st.just("move"), st.sampled_from([*ALL_PHASES, "nowhere"])),
        st.tuples(st.just("part"), st.booleans()),
        st.tuples(st.just("wait"), st.integers(0, 40)),
    ),
    max_size=12,
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=STEPS, role=st.sampled_from(["hurt", "involved", "individual", "any"]))
def test_any_sequence_of_moves_gives_a_consistent_current_phase(
    journal: Journal, clock: ManualClock, steps: list[tuple[str, object]], role: str
) -> None:
    as_role(journal, role)
    start = journal.path.where()
    kept = list(start.history)  # hypothesis reuses the journal: the path goes on from here
    route, phase = start.route, start.phase
    for what, value in steps:
        if what == "wait":
            later(clock, int(value))  # type: ignore[call-overload]
            continue
        try:
            if what == "move":
                move, _ = journal.path.move(str(value))
            else:
                move, _ = journal.path.part(i_left=bool(value))
        except InvalidInput:
            continue
        kept.append(move)
        route, phase = move.route, move.phase
    where = journal.path.where()
    assert list(where.history) == kept
    assert (where.route, where.phase) == (route, phase)
    assert where.phase in PHASES_OF[where.route]
    # The moves of earlier examples were made under the role of their own example: the
    # kinds are checked from this example's start (its last earlier move included).
    assert_history_consistent(kept[max(len(start.history) - 1, 0) :], role)


def assert_history_consistent(history: list[PathMove], role: str) -> None:
    """Each step follows from the one before: days never go back, a together path only
    ever becomes the path on your own by parting, and each move's kind fits its order."""
    for before, after in itertools.pairwise(history):
        assert after.day >= before.day
        if after.route != before.route:
            assert (before.route, after.route, after.kind) in {
                (TOGETHER, ALONE, "separated"),
                (TOGETHER, ALONE, "left"),
            }
        else:
            assert after.phase != before.phase
            assert after.kind == kind_of_move(after.route, before.phase, after.phase, role)
    assert current_of(history, role)[1] == (
        history[-1].phase if history else current_of([], role)[1]
    )
