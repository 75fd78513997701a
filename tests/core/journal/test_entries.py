"""Entries: writing, reading, filtering, searching, and the changes they report."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustjournal.core.changes import Action, Change, Topic
from trustjournal.core.clock import ManualClock
from trustjournal.core.errors import InvalidInput, NotFound
from trustjournal.core.journal import vocabulary
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft, EntryFilter
from trustjournal.core.vault.stores.entries import list_key
from trustjournal.core.vault.stores.search_query import fts_query

DAY = dt.date(2026, 3, 14)


def draft(**fields: object) -> EntryDraft:
    values: dict[str, object] = {"day": DAY, "body": "Some words."}
    values.update(fields)
    return EntryDraft(**values)  # type: ignore[arg-type]


def test_an_entry_keeps_every_field(journal: Journal, clock: ManualClock) -> None:
    entry = journal.add_entry(
        draft(
            title="  After the session  ",
            body="We **talked** openly.",
            mood=4,
            emotions=("hopeful", "on edge"),
            tags=("Therapy", "  week one "),
            activities=("talked openly", "a long drive"),
            private=True,
        )
    )
    again = journal.entry(entry.id)
    assert again == entry
    assert entry.title == "After the session"
    assert entry.body == "We **talked** openly."
    assert entry.mood == 4
    assert set(entry.emotions) == {"hopeful", "on edge"}
    assert set(entry.tags) == {"therapy", "week one"}
    assert set(entry.activities) == {"talked openly", "a long drive"}
    assert entry.private is True
    assert entry.created_at == entry.updated_at == clock.now()


def test_updating_changes_fields_and_the_updated_time(journal: Journal, clock: ManualClock) -> None:
    entry = journal.add_entry(draft(tags=("one",), emotions=("hurt",)))
    clock.advance(minutes=5)
    updated = journal.update_entry(entry.id, draft(body="Changed.", tags=("two",), mood=2))
    assert updated.body == "Changed."
    assert updated.tags == ("two",)
    assert updated.emotions == ()
    assert updated.mood == 2
    assert updated.created_at == entry.created_at
    assert updated.updated_at == clock.now()


def test_deleting_and_restoring(journal: Journal) -> None:
    entry = journal.add_entry(draft(tags=("kept",), emotions=("safe",)))
    deleted = journal.delete_entry(entry.id)
    with pytest.raises(NotFound):
        journal.entry(entry.id)
    assert journal.entries(EntryFilter(tags=("kept",))) == []
    restored = journal.restore_entry(deleted)
    assert restored == entry


def test_a_missing_entry_is_not_found(journal: Journal) -> None:
    with pytest.raises(NotFound):
        journal.update_entry(999, draft())
    with pytest.raises(NotFound):
        journal.delete_entry(999)


@pytest.mark.parametrize("mood", [0, 6, -1])
def test_a_mood_outside_one_to_five_is_refused(journal: Journal, mood: int) -> None:
    with pytest.raises(InvalidInput, match="from 1 to 5"):
        journal.add_entry(draft(mood=mood))


def test_an_unknown_emotion_is_refused_with_the_choices(journal: Journal) -> None:
    with pytest.raises(InvalidInput, match="hopeful"):
        journal.add_entry(draft(emotions=("grumpy-ish",)))


def test_every_mutation_reports_its_change(journal: Journal) -> None:
    seen: list[Change] = []
    journal.changes.subscribe(seen.append)
    entry = journal.add_entry(draft())
    journal.update_entry(entry.id, draft(body="again"))
    deleted = journal.delete_entry(entry.id)
    journal.restore_entry(deleted)
    assert [(c.topic, c.action, c.ids) for c in seen] == [
        (Topic.ENTRIES, Action.ADDED, (entry.id,)),
        (Topic.ENTRIES, Action.UPDATED, (entry.id,)),
        (Topic.ENTRIES, Action.DELETED, (entry.id,)),
        (Topic.EVENTS, Action.UPDATED, ()),  # moments linked to it lose the link
        (Topic.ENTRIES, Action.ADDED, (entry.id,)),
    ]


def test_lists_are_newest_day_first(journal: Journal) -> None:
    older = journal.add_entry(draft(day=DAY - dt.timedelta(days=3)))
    newer = journal.add_entry(draft(day=DAY))
    same_day_later = journal.add_entry(draft(day=DAY))
    assert journal.entry_ids() == [same_day_later.id, newer.id, older.id]
    assert [e.id for e in journal.entries(limit=2)] == [same_day_later.id, newer.id]
    assert [e.id for e in journal.entries(limit=2, offset=2)] == [older.id]


def test_filters_narrow_the_list(journal: Journal) -> None:
    a = journal.add_entry(draft(day=DAY, mood=1, tags=("home",), emotions=("fear",)))
    b = journal.add_entry(draft(day=DAY - dt.timedelta(days=10), mood=5, tags=("walk",)))
    c = journal.add_entry(
        draft(day=DAY - dt.timedelta(days=20), mood=3, private=True, emotions=("fear", "safe"))
    )

    def ids(**where: object) -> set[int]:
        return set(journal.entry_ids(EntryFilter(**where)))  # type: ignore[arg-type]

    assert ids(date_from=DAY - dt.timedelta(days=10)) == {a.id, b.id}
    assert ids(date_to=DAY - dt.timedelta(days=10)) == {b.id, c.id}
    assert ids(tags=("home",)) == {a.id}
    assert ids(emotions=("fear",)) == {a.id, c.id}
    assert ids(emotions=("fear", "safe")) == {c.id}
    assert ids(mood_min=3) == {b.id, c.id}
    assert ids(mood_max=3) == {a.id, c.id}
    assert ids(include_private=False) == {a.id, b.id}
    assert journal.count(EntryFilter(mood_min=2, mood_max=4)) == 1


def test_search_finds_words_and_prefixes(journal: Journal) -> None:
    a = journal.add_entry(draft(title="Counselling", body="We talked about the café."))
    b = journal.add_entry(draft(body="A quiet walk by the river."))
    assert journal.entry_ids(EntryFilter(search="talked")) == [a.id]
    assert journal.entry_ids(EntryFilter(search="riv")) == [b.id]
    assert journal.entry_ids(EntryFilter(search="cafe")) == [a.id]  # diacritics folded
    assert journal.entry_ids(EntryFilter(search="counselling quiet")) == []
    assert journal.entry_ids(EntryFilter(search="   ")) == [b.id, a.id]


def test_search_stays_in_step_with_edits_and_deletes(journal: Journal) -> None:
    entry = journal.add_entry(draft(body="lighthouse"))
    journal.update_entry(entry.id, draft(body="harbour"))
    assert journal.entry_ids(EntryFilter(search="lighthouse")) == []
    assert journal.entry_ids(EntryFilter(search="harbour")) == [entry.id]
    journal.delete_entry(entry.id)
    assert journal.entry_ids(EntryFilter(search="harbour")) == []


def test_tags_and_activities_in_use_are_offered_alphabetically(journal: Journal) -> None:
    journal.add_entry(draft(tags=("walk", "home"), activities=("massage",)))
    journal.add_entry(draft(tags=("walk", "anniversary"), activities=("cuddling",)))
    assert journal.tags_in_use() == ["anniversary", "home", "walk"]
    assert journal.activities_in_use() == ["cuddling", "massage"]


def test_an_unchanged_save_writes_nothing(journal: Journal, clock: ManualClock) -> None:
    entry = journal.add_entry(draft(body="harbour", tags=("walk",), mood=2))
    clock.advance(minutes=1)
    same = journal.update_entry(entry.id, draft(body="harbour", tags=("walk",), mood=2))
    assert same.updated_at == entry.updated_at


def test_a_mood_only_change_keeps_text_links_and_search(
    journal: Journal, clock: ManualClock
) -> None:
    entry = journal.add_entry(draft(body="harbour lights", tags=("walk",), emotions=("calm",)))
    clock.advance(minutes=1)
    changed = journal.update_entry(
        entry.id, draft(body="harbour lights", tags=("walk",), emotions=("calm",), mood=4)
    )
    assert changed.mood == 4 and changed.updated_at == clock.now()
    assert (changed.body, changed.tags, changed.emotions) == (
        "harbour lights",
        ("walk",),
        ("calm",),
    )
    assert journal.entry_ids(EntryFilter(search="lights")) == [entry.id]
    assert journal.entry_ids(EntryFilter(tags=("walk",), emotions=("calm",))) == [entry.id]


def test_headline_is_the_title_or_the_first_line(journal: Journal) -> None:
    assert journal.add_entry(draft(title="A title", body="x")).headline == "A title"
    assert journal.add_entry(draft(body="\n\n# First line\nsecond")).headline == "First line"


def test_the_vocabulary_has_two_families_and_the_words_people_need() -> None:
    families = {f.name: f for f in vocabulary.emotion_families()}
    assert set(families) == {"pleasant", "painful"}
    assert len(vocabulary.emotions()) >= 40
    required = {
        "safe",
        "secure",
        "respected",
        "valued",
        "hopeful",
        "connected",
        "distrust",
        "suspicion",
        "shame",
        "fear",
        "anger",
        "hurt",
        "betrayed",
    }
    assert required <= vocabulary.emotions()
    assert vocabulary.family_of("betrayed") == "painful"
    assert vocabulary.family_of("hopeful") == "pleasant"
    activities = set(vocabulary.suggested_activities())
    assert {
        "talked openly",
        "cuddling",
        "massage",
        "a walk together",
        "time outside the bedroom",
    } <= activities


FUZZ_BODIES = {
    "garden": "We planted tomatoes in the garden and talked for once.",
    "café": "A long talk at the café; I felt heard, mostly.",
    "quotes": 'He said "never again" AND meant it * (I think) - NOT sure.',
    "hurt": "Hurt again today. Hurt, then calmer by evening.",
}


@pytest.fixture
def filled_journal(journal: Journal) -> dict[str, int]:
    """A journal with a few entries whose words a search can find; gives their ids."""
    made = {}
    for number, (name, body) in enumerate(FUZZ_BODIES.items()):
        entry = journal.add_entry(draft(day=dt.date(2026, 3, 1 + number), title=name, body=body))
        made[name] = entry.id
    return made


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(typed=st.text(max_size=40) | st.sampled_from(["garden", "café", "hurt", "tomatoes"]))
def test_any_typed_search_runs_and_finds_only_entries_of_the_journal(
    journal: Journal, filled_journal: dict[str, int], typed: str
) -> None:
    everything = journal.entry_ids()
    assert sorted(everything) == sorted(filled_journal.values())
    found = journal.entry_ids(EntryFilter(search=typed))
    assert set(found) <= set(everything)
    assert len(found) == len(set(found))
    holding = [filled_journal[n] for n, body in FUZZ_BODIES.items() if typed in body.lower()]
    if typed in ("garden", "café", "hurt", "tomatoes"):  # a whole word the journal holds
        assert set(holding) <= set(found) and holding


@given(st.text(max_size=40))
def test_search_queries_quote_every_word(typed: str) -> None:
    query = fts_query(typed)
    if query is None:
        assert not any(ch.isalpha() for ch in typed)
        return
    for term in query.split(" AND "):
        assert term.startswith('"')
        assert term.endswith('"') or term.endswith('"*')


@settings(max_examples=100, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)),
    entry_id=st.integers(min_value=1, max_value=2**32 - 1),
)
def test_the_list_key_matches_the_search_index(
    journal: Journal, day: dt.date, entry_id: int
) -> None:
    row = journal.vault.database.query_one(
        "SELECT CAST(julianday(?) AS INTEGER) * 4294967296 + ?", (day.isoformat(), entry_id)
    )
    assert row == (list_key(day, entry_id),)


def test_search_results_follow_the_list_order(journal: Journal) -> None:
    later_written_earlier_day = [
        journal.add_entry(draft(day=DAY - dt.timedelta(days=n), body=f"harbour {n}"))
        for n in (5, 1, 9, 3)
    ]
    ids = journal.entry_ids(EntryFilter(search="harbour"))
    assert ids == journal.entry_ids()
    moved = later_written_earlier_day[2]
    journal.update_entry(moved.id, draft(day=DAY + dt.timedelta(days=1), body="harbour moved"))
    assert journal.entry_ids(EntryFilter(search="harbour"))[0] == moved.id
    assert [e.id for e in journal.entries(EntryFilter(search="harbour"), limit=2, offset=1)] == (
        journal.entry_ids()[1:3]
    )


def test_search_combines_with_every_filter(journal: Journal) -> None:
    journal.add_entry(draft(day=DAY, body="harbour", mood=2, tags=("a",)))
    b = journal.add_entry(
        draft(
            day=DAY - dt.timedelta(days=2), body="harbour", mood=4, tags=("a",), emotions=("safe",)
        )
    )
    c = journal.add_entry(
        draft(day=DAY - dt.timedelta(days=4), body="harbour", private=True, tags=("b",))
    )
    journal.add_entry(draft(day=DAY - dt.timedelta(days=2), body="lighthouse", tags=("a",)))

    def ids(**where: object) -> list[int]:
        return journal.entry_ids(EntryFilter(search="harbour", **where))  # type: ignore[arg-type]

    assert ids(date_from=DAY - dt.timedelta(days=3), date_to=DAY - dt.timedelta(days=1)) == [b.id]
    assert ids(date_to=DAY - dt.timedelta(days=2)) == [b.id, c.id]
    assert ids(tags=("a",), mood_min=3) == [b.id]
    assert ids(emotions=("safe",)) == [b.id]
    assert ids(include_private=False, tags=("b",)) == []
    assert journal.count(EntryFilter(search="harbour")) == 3
    assert journal.count(EntryFilter(search="harbour", tags=("a",))) == 2


def test_words_that_only_look_like_a_search_keep_the_date_filter(journal: Journal) -> None:
    journal.add_entry(draft(day=DAY))
    old = journal.add_entry(draft(day=DAY - dt.timedelta(days=30)))
    assert journal.entry_ids(EntryFilter(search="!!", date_to=DAY - dt.timedelta(days=1))) == [
        old.id
    ]


def test_a_long_prefix_expands_to_the_words_the_journal_holds(journal: Journal) -> None:
    a = journal.add_entry(draft(body="I saw the counsellor."))
    b = journal.add_entry(draft(body="Counselling helped, and so did the council."))
    assert set(journal.entry_ids(EntryFilter(search="counsel"))) == {a.id, b.id}
    assert journal.entry_ids(EntryFilter(search="counsell helped")) == []
    assert journal.entry_ids(EntryFilter(search="helped counsell")) == [b.id]
    assert journal.entry_ids(EntryFilter(search="counc")) == [b.id]


def test_deleted_words_leave_the_word_list(journal: Journal) -> None:
    def known() -> set[str]:
        return {row[0] for row in journal.vault.database.query("SELECT term FROM search_terms")}

    a = journal.add_entry(draft(title="Lighthouse", body="keeper shared"))
    b = journal.add_entry(draft(body="shared words"))
    assert {"lighthouse", "keeper", "shared", "words"} <= known()
    journal.update_entry(a.id, draft(body="shared harbour"))
    assert "keeper" not in known() and "lighthouse" not in known()
    assert {"shared", "harbour"} <= known()
    journal.delete_entry(b.id)
    assert "words" not in known() and "shared" in known()
    journal.delete_entry(a.id)
    assert known() == set()


def test_tag_and_emotion_lists_follow_the_list_order_and_day_changes(journal: Journal) -> None:
    entries = [
        journal.add_entry(
            draft(
                day=DAY - dt.timedelta(days=n), tags=("walk",), emotions=("calm",), mood=n % 5 + 1
            )
        )
        for n in (4, 1, 7, 2)
    ]
    walk = EntryFilter(tags=("walk",))
    assert journal.entry_ids(walk) == journal.entry_ids()
    moved = entries[2]
    journal.update_entry(
        moved.id, draft(day=DAY + dt.timedelta(days=3), tags=("walk",), emotions=("calm",))
    )
    assert journal.entry_ids(walk)[0] == moved.id
    assert journal.entry_ids(EntryFilter(emotions=("calm",)))[0] == moved.id
    window = EntryFilter(tags=("walk",), date_from=DAY - dt.timedelta(days=2), date_to=DAY)
    assert journal.entry_ids(window) == [entries[1].id, entries[3].id]
    calm_and_low = EntryFilter(emotions=("calm",), mood_max=2)
    assert {e.mood for e in journal.entries(calm_and_low)} <= {1, 2}
    assert journal.count(EntryFilter(tags=("walk",), emotions=("calm",), mood_min=3)) == 2


def test_listeners_can_leave_and_leaving_twice_is_harmless(journal: Journal) -> None:
    seen: list[Change] = []
    leave = journal.changes.subscribe(seen.append)
    journal.add_entry(draft())
    leave()
    leave()
    journal.add_entry(draft())
    assert len(seen) == 1


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("Straße", "straße"),
        ("λόγος", "λόγος"),
        ("ﬁne", "ﬁne"),
        ("Café", "cafe"),
        ("Crème brûlée", "creme brulee"),
        ("NAÏVE", "naive"),
    ],
)
def test_search_folds_words_as_the_index_does(journal: Journal, written: str, typed: str) -> None:
    entry = journal.add_entry(draft(body=f"{written} tonight"))
    assert journal.entry_ids(EntryFilter(search=typed + " ")) == [entry.id]  # whole word
    assert journal.entry_ids(EntryFilter(search=typed)) == [entry.id]  # still typing
    assert journal.entry_ids(EntryFilter(search=typed[:-1])) == [entry.id]  # a prefix


def test_a_single_letter_being_typed_matches_as_a_word_not_a_prefix(journal: Journal) -> None:
    walk = journal.add_entry(draft(body="garden walk"))
    journal.add_entry(draft(body="garden"))
    with_a = journal.add_entry(draft(body="garden w"))
    assert journal.entry_ids(EntryFilter(search="garden w")) == [with_a.id]
    assert journal.entry_ids(EntryFilter(search="garden wa")) == [walk.id]
