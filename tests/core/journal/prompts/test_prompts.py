"""Guided prompts: the loader, the prompt of the day, own prompts, answers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from testkit import PASSPHRASE

from trustjournal.core.changes import Change, Topic
from trustjournal.core.clock import ManualClock
from trustjournal.core.errors import InvalidInput, NotFound
from trustjournal.core.journal.journal import Journal
from trustjournal.core.journal.prompts.library import (
    PromptLibrary,
    PromptLibraryMissing,
    daily_pool,
    for_role,
    load_library,
    parse_library,
)
from trustjournal.core.journal.prompts.of_day import PromptHistory, choose
from trustjournal.core.language import speaking
from trustjournal.core.records.entries import EntryDraft
from trustjournal.core.records.prompts import Prompt
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.vault import Vault

ROLES = ("hurt", "involved", "individual", "any")
# Half of each person's prompts are for the first phase of their path; those for anyone
# are for every phase.
PHASE_OF_ROLE = {"hurt": "atone", "involved": "atone", "individual": "safety", "any": None}


def library_data(per_role: int = 20) -> dict[str, Any]:
    """A small library: `per_role` prompts for each role, spread over two themes."""
    prompts = [
        {
            "id": f"{theme}-{role}-{n:03d}",
            "theme": theme,
            "for": role,
            "phase": PHASE_OF_ROLE[role] if n % 2 else None,
            "text": f"What would you like to say about {theme}, {role} {n}?",
        }
        for role in ROLES
        for n in range(per_role)
        for theme in [("safety", "hope")[n % 2]]
    ]
    return {
        "version": 1,
        "themes": [{"id": "safety", "label": "Safety"}, {"id": "hope", "label": "Hope"}],
        "prompts": prompts,
    }


@pytest.fixture
def library() -> PromptLibrary:
    return parse_library(library_data())


@pytest.fixture
def pjournal(data_dir: Path, clock: ManualClock, library: PromptLibrary) -> Iterator[Journal]:
    vault, _code = Vault.create(data_dir, PASSPHRASE, params=FLOOR)
    journal = Journal(vault, clock=clock, prompt_library=library)
    yield journal
    journal.close()


# -- the library ---------------------------------------------------------------------------


def test_the_library_is_read_into_prompts(library: PromptLibrary) -> None:
    assert library.theme_ids == ("safety", "hope")
    first = library.prompts[0]
    assert first == Prompt(
        id="safety-hurt-000",
        theme="safety",
        audience="hurt",
        phase=None,
        text="What would you like to say about safety, hurt 0?",
    )
    assert not first.own


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d.pop("prompts"),
        lambda d: d["prompts"][0].update({"for": "everyone"}),
        lambda d: d["prompts"][0].update({"phase": "soon"}),
        lambda d: d["prompts"][0].update({"theme": "unknown"}),
        lambda d: d["prompts"][0].update({"id": "own-1"}),
    ],
)
def test_a_malformed_library_is_a_plain_error(damage: Any) -> None:
    data = library_data()
    damage(data)
    with pytest.raises(PromptLibraryMissing):
        parse_library(data)


def test_the_shipped_library_loads() -> None:
    shipped = load_library()
    assert len(shipped.themes) >= 11
    assert {p.theme for p in shipped.prompts} <= set(shipped.theme_ids)


def test_a_roles_pool_includes_prompts_for_anyone(library: PromptLibrary) -> None:
    assert {p.audience for p in for_role(library.prompts, "hurt")} == {"hurt", "any"}
    assert {p.audience for p in for_role(library.prompts, "any")} == {"any"}


# -- the prompt of the day -----------------------------------------------------------------


def test_the_prompt_of_the_day_stays_the_same_all_day(
    pjournal: Journal, clock: ManualClock
) -> None:
    clock.set(dt.datetime(2026, 3, 14, 0, 1, tzinfo=dt.UTC))
    first = pjournal.prompts.of_the_day()
    assert first is not None
    for _hour in range(23):
        clock.advance(hours=1)
        # Answering another prompt changes what is fresh, yet not today's prompt.
        pjournal.add_entry(EntryDraft(day=clock.today(), body="x", prompt_id="hope-any-001"))
        assert pjournal.prompts.of_the_day() == first


def test_the_prompt_of_the_day_comes_from_the_persons_role(
    pjournal: Journal, clock: ManualClock
) -> None:
    allowed = {
        "hurt": {"hurt", "any"},
        "involved": {"involved", "any"},
        "individual": {"individual", "any"},
        "any": {"individual", "any"},
    }
    for role, audiences in allowed.items():
        pjournal.settings.set("prompt_role", role)
        for _day in range(10):
            prompt = pjournal.prompts.of_the_day()
            assert prompt is not None
            assert prompt.audience in audiences
            clock.advance(days=1)


def test_changing_role_the_same_day_chooses_again(pjournal: Journal) -> None:
    pjournal.settings.set("prompt_role", "hurt")
    pjournal.prompts.of_the_day()
    pjournal.settings.set("prompt_role", "involved")
    prompt = pjournal.prompts.of_the_day()
    assert prompt is not None
    assert prompt.audience in ("involved", "any")


def test_no_prompt_repeats_within_30_days(pjournal: Journal, clock: ManualClock) -> None:
    pjournal.settings.set("prompt_role", "hurt")  # 40 in the pool: 20 hurt, 20 any
    shown = []
    for _day in range(31):
        prompt = pjournal.prompts.of_the_day()
        assert prompt is not None
        shown.append(prompt.id)
        clock.advance(days=1)
    assert len(set(shown)) == 31


def test_when_all_were_shown_the_longest_rested_comes_back() -> None:
    pool = _prompts(*(f"p{n:02d}" for n in range(20)))
    shown: dict[str, dt.date] = {}
    order = []
    for n in range(23):
        today = dt.date(2026, 1, 1) + dt.timedelta(days=n)
        prompt = choose(pool, PromptHistory(shown=dict(shown)), today)
        assert prompt is not None
        shown[prompt.id] = today
        order.append(prompt.id)
    assert len(set(order[:20])) == 20
    assert order[20:] == order[:3]


def test_answered_prompts_are_not_offered_while_others_remain(
    pjournal: Journal, clock: ManualClock
) -> None:
    pool = [p.id for p in daily_pool(pjournal.prompts.library.prompts, "any")]
    for prompt_id in pool[:-1]:
        pjournal.add_entry(EntryDraft(day=clock.today(), body="x", prompt_id=prompt_id))
    for _day in range(3):
        today = pjournal.prompts.of_the_day()
        assert today is not None
        assert today.id == pool[-1]
        clock.advance(days=31)


def test_shown_prompts_are_recorded_in_the_vault(pjournal: Journal, clock: ManualClock) -> None:
    start = clock.today()
    seen: list[Change] = []
    pjournal.changes.subscribe(seen.append)
    first = pjournal.prompts.of_the_day()
    pjournal.prompts.of_the_day()
    clock.advance(days=1)
    second = pjournal.prompts.of_the_day()
    assert first is not None and second is not None
    assert pjournal.prompts.shown_between(start, clock.today()) == [
        (start, first.id),
        (clock.today(), second.id),
    ]
    assert [c.topic for c in seen] == [Topic.PROMPTS, Topic.PROMPTS]  # once per day


def test_no_prompt_at_all_when_the_pool_is_empty(data_dir: Path, clock: ManualClock) -> None:
    vault, _code = Vault.create(data_dir, PASSPHRASE, params=FLOOR)
    empty = PromptLibrary(themes=(), prompts=())
    journal = Journal(vault, clock=clock, prompt_library=empty)
    try:
        assert journal.prompts.of_the_day() is None
    finally:
        journal.close()


def _prompts(*ids: str) -> list[Prompt]:
    return [Prompt(id=i, theme="hope", audience="any", phase=None, text="?") for i in ids]


def test_choose_is_a_pure_function_of_the_date_and_history() -> None:
    pool = _prompts(*(f"p{n:02d}" for n in range(40)))
    today = dt.date(2026, 5, 1)
    history = PromptHistory(shown={"p01": dt.date(2026, 4, 20)})
    assert choose(pool, history, today) == choose(list(reversed(pool)), history, today)


def test_choose_counts_the_30_days_by_hand() -> None:
    pool = _prompts("a", "b")
    today = dt.date(2026, 5, 31)
    # "a" was shown exactly 30 days ago: still recent. "b" was answered. Nothing is fresh,
    # so the one left alone longest comes back: "a" (1 May) before "b" (answered 10 May).
    history = PromptHistory(answered={"b": dt.date(2026, 5, 10)}, shown={"a": dt.date(2026, 5, 1)})
    assert choose(pool, history, today) == pool[0]
    # A day later "a" is 31 days old: fresh again, and the only fresh one.
    assert choose(pool, history, today + dt.timedelta(days=1)) == pool[0]
    history = PromptHistory(shown={"a": dt.date(2026, 5, 1)})
    assert choose(pool, history, today) == pool[1]


# -- own prompts, answers, writing from a prompt -------------------------------------------


def test_own_prompts_are_added_edited_and_removed(pjournal: Journal) -> None:
    mine = pjournal.prompts.add_own("  What helped me most today?  ", theme="hope")
    assert (mine.id, mine.text, mine.theme, mine.own) == (
        "own-1",
        "What helped me most today?",
        "hope",
        True,
    )
    edited = pjournal.prompts.update_own(mine.id, "What helped most this week?")
    assert (edited.text, edited.theme) == ("What helped most this week?", None)
    assert pjournal.prompts.own() == [edited]
    assert edited in pjournal.prompts.listed()
    pjournal.prompts.remove_own(mine.id)
    assert pjournal.prompts.own() == []
    with pytest.raises(NotFound):
        pjournal.prompts.get(mine.id)


def test_a_removed_own_prompts_id_is_never_given_again(pjournal: Journal) -> None:
    first = pjournal.prompts.add_own("What did I need today?")
    pjournal.add_entry(pjournal.prompts.draft_from(first.id))
    pjournal.prompts.remove_own(first.id)
    second = pjournal.prompts.add_own("What do I want to remember?")
    assert second.id != first.id
    assert [a.prompt_id for a in pjournal.prompts.answered()] == [first.id]


def test_own_prompts_are_in_every_roles_pool(pjournal: Journal) -> None:
    mine = pjournal.prompts.add_own("What do I need tonight?")
    for role in ROLES:
        assert mine in pjournal.prompts.listed(role=role)


def test_library_prompts_cannot_be_changed(pjournal: Journal) -> None:
    with pytest.raises(InvalidInput):
        pjournal.prompts.update_own("safety-hurt-000", "new words")


def test_own_prompts_need_words_and_a_known_theme(pjournal: Journal) -> None:
    with pytest.raises(InvalidInput):
        pjournal.prompts.add_own("   ")
    with pytest.raises(InvalidInput, match="safety, hope"):
        pjournal.prompts.add_own("Something?", theme="weather")


def test_own_prompts_are_kept_in_the_vault(
    data_dir: Path, clock: ManualClock, library: PromptLibrary
) -> None:
    vault, _code = Vault.create(data_dir, PASSPHRASE, params=FLOOR)
    Journal(vault, clock=clock, prompt_library=library).prompts.add_own("Mine?")
    vault.close()
    reopened = Journal(Vault.unlock(data_dir, PASSPHRASE), clock=clock, prompt_library=library)
    try:
        assert [p.text for p in reopened.prompts.own()] == ["Mine?"]
    finally:
        reopened.close()
    assert b"Mine?" not in (data_dir / "journal.db").read_bytes()


def test_listing_by_theme_and_role(pjournal: Journal) -> None:
    listed = pjournal.prompts.listed(theme="hope", role="individual")
    assert listed
    assert all(p.theme == "hope" and p.audience in ("individual", "any") for p in listed)
    with pytest.raises(InvalidInput, match="hurt, involved, individual, any"):
        pjournal.prompts.listed(role="partner")


def test_writing_from_a_prompt_links_the_entry(pjournal: Journal, clock: ManualClock) -> None:
    draft = pjournal.prompts.draft_from("hope-any-001")
    assert (draft.prompt_id, draft.title, draft.day) == (
        "hope-any-001",
        "What would you like to say about hope, any 1?",
        clock.today(),
    )
    entry = pjournal.add_entry(draft)
    clock.advance(days=3)
    later = pjournal.add_entry(pjournal.prompts.draft_from("safety-any-000"))
    answers = pjournal.prompts.answered()
    assert [(a.prompt_id, a.entry_id, a.day) for a in answers] == [
        ("hope-any-001", entry.id, entry.day),
        ("safety-any-000", later.id, later.day),
    ]


def test_before_a_role_is_chosen_no_partner_specific_prompt_is_offered(
    pjournal: Journal, clock: ManualClock
) -> None:
    assert pjournal.settings.get("prompt_role") == "any"
    pool = daily_pool(pjournal.prompts.library.prompts, "any")
    assert {p.audience for p in pool} == {"any", "individual"}
    for _day in range(40):
        prompt = pjournal.prompts.of_the_day()
        assert prompt is not None and prompt.audience in ("any", "individual")
        clock.advance(days=1)


def test_the_prompt_of_the_day_fits_the_phase_of_the_path(
    pjournal: Journal, clock: ManualClock
) -> None:
    """Issue 24: the prompts follow the path's phase, on and back."""
    pjournal.settings.set("prompt_role", "hurt")
    for phase in ("atone", "attune", "attach", "atone"):
        if pjournal.path.phase() != phase:
            pjournal.path.move(phase)
        for _day in range(12):
            prompt = pjournal.prompts.of_the_day()
            assert prompt is not None
            assert prompt.phase in (None, phase), (phase, prompt.id)
            clock.advance(days=1)


def test_the_path_begins_where_the_person_said_they_roughly_are(pjournal: Journal) -> None:
    """Until the path has a step, the older "roughly where you are" setting says where it
    begins: onboarding's answer is not lost."""
    pjournal.settings.set("prompt_role", "hurt")
    for said, phase in (("unsaid", "atone"), ("early", "atone"), ("later", "attach")):
        pjournal.settings.set("recovery_phase", said)
        assert pjournal.prompts.lens() == ("hurt", phase)
    pjournal.path.move("attune")
    assert pjournal.prompts.lens() == ("hurt", "attune")  # a step of its own wins


def test_after_parting_the_prompts_are_those_for_healing_on_your_own(
    pjournal: Journal,
) -> None:
    pjournal.settings.set("prompt_role", "involved")
    pjournal.path.part()
    assert pjournal.prompts.lens() == ("individual", "safety")
    pool = pjournal.prompts.daily_pool()
    assert pool
    assert {p.audience for p in pool} <= {"individual", "any"}
    assert {p.phase for p in pool} <= {None, "safety"}
    assert pjournal.prompts.chosen_filters() == ("individual", "safety")


def test_nobody_said_who_is_writing_so_every_prompt_is_listed(pjournal: Journal) -> None:
    assert pjournal.settings.get("prompt_role") == "any"
    assert pjournal.prompts.chosen_filters() == (None, None)


def test_another_walks_the_daily_pool_of_the_role_and_stage(
    pjournal: Journal, clock: ManualClock
) -> None:
    """Issue 21, item 7: "Show another" follows the stage as the prompt of the day does."""
    pjournal.settings.set("prompt_role", "hurt")
    pjournal.settings.set("recovery_phase", "early")  # the path begins at atone
    pool = {p.id for p in pjournal.prompts.daily_pool()}
    assert pool == {
        p.id
        for p in pjournal.prompts.library.prompts
        if p.audience in ("hurt", "any") and p.phase in (None, "atone")
    }
    answered = sorted(pool)[0]
    pjournal.add_entry(EntryDraft(day=clock.today(), body="x", prompt_id=answered))
    start = pjournal.prompts.of_the_day()
    assert start is not None
    walked, current = [], start.id
    for _ in range(len(pool) - 1):
        following = pjournal.prompts.another(current)
        assert following is not None
        walked.append(following.id)
        current = following.id
    assert set(walked) == pool - {answered}  # each once, the answered one left out
    assert pjournal.prompts.another(current) == pjournal.prompts.another(current)


def test_an_entry_written_from_a_prompt_takes_its_words_in_the_persons_language(
    journal: Journal,
) -> None:
    first = journal.prompts.library.prompts[0]
    german = speaking.load("de")
    assert german is not None
    with speaking.speaking(german):
        draft = journal.prompts.draft_from(first.id)
    assert draft.title == german.pgettext(f"prompt:{first.id}", first.text) != first.text
    assert draft.prompt_id == first.id
    assert journal.prompts.draft_from(first.id).title == first.text
