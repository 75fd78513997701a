"""Hard dates: plans written ahead, and anniversaries that come round correctly across
leap years and year ends."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trustjournal.core.changes import Change, Topic
from trustjournal.core.clock import ManualClock
from trustjournal.core.errors import InvalidInput
from trustjournal.core.journal.care import anniversaries
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.care import HardDate, HardDateDraft, HardDatePlan
from trustjournal.core.records.trust import EventDraft

PLAN = HardDatePlan(
    will_do="A long walk by the sea, then dinner with my sister.",
    can_reach="My sister; Dr. Ames on Monday.",
    from_partner="To ask how I am, and to let me be quiet if I need it.",
)


def at(clock: ManualClock, day: dt.date) -> None:
    clock.set(dt.datetime(day.year, day.month, day.day, 9, tzinfo=dt.UTC))


def hard(day: dt.date, title: str = "A hard day") -> HardDate:
    return HardDate(None, day, title, "", "", HardDatePlan(), None)


# -- the arithmetic -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "today", "expected"),
    [
        # 29 February: kept on the 28th in common years, on the 29th in leap years.
        (dt.date(2024, 2, 29), dt.date(2025, 2, 20), (dt.date(2025, 2, 28), 1)),
        (dt.date(2024, 2, 29), dt.date(2027, 3, 1), (dt.date(2028, 2, 29), 4)),
        (dt.date(2024, 2, 29), dt.date(2028, 2, 22), (dt.date(2028, 2, 29), 4)),
        # A date near the year end, seen from the start of the next year and from before.
        (dt.date(2024, 12, 30), dt.date(2025, 12, 27), (dt.date(2025, 12, 30), 1)),
        (dt.date(2024, 1, 2), dt.date(2025, 12, 29), (dt.date(2026, 1, 2), 2)),
        (dt.date(2024, 12, 31), dt.date(2025, 12, 31), (dt.date(2025, 12, 31), 1)),
        # The day itself is not an anniversary; the first one is a year on.
        (dt.date(2026, 3, 14), dt.date(2026, 3, 14), (dt.date(2027, 3, 14), 1)),
    ],
)
def test_next_anniversary(day: dt.date, today: dt.date, expected: tuple[dt.date, int]) -> None:
    assert anniversaries.next_anniversary(day, today) == expected


def test_a_date_still_to_come_has_no_anniversary_yet() -> None:
    assert anniversaries.next_anniversary(dt.date(2027, 5, 1), dt.date(2026, 5, 1)) is None


def test_the_coming_week_crosses_the_year_end() -> None:
    dates = [hard(dt.date(2023, 1, 3), "new year"), hard(dt.date(2023, 1, 5), "later")]
    found = anniversaries.coming(dates, dt.date(2025, 12, 28))
    assert [(a.hard_date.title, a.on, a.years, a.days_until) for a in found] == [
        ("new year", dt.date(2026, 1, 3), 3, 6)
    ]


def test_a_leap_day_comes_round_on_the_28th_within_the_week() -> None:
    found = anniversaries.coming([hard(dt.date(2024, 2, 29))], dt.date(2026, 2, 22))
    assert [(a.on, a.days_until) for a in found] == [(dt.date(2026, 2, 28), 6)]


def test_this_day_in_earlier_years_includes_leap_days_on_the_28th() -> None:
    days = anniversaries.same_day_in_earlier_years(dt.date(2026, 2, 28), dt.date(2023, 6, 1))
    assert days == [dt.date(2025, 2, 28), dt.date(2024, 2, 28), dt.date(2024, 2, 29)]
    leap = anniversaries.same_day_in_earlier_years(dt.date(2028, 2, 29), dt.date(2019, 1, 1))
    assert leap == [dt.date(2024, 2, 29), dt.date(2020, 2, 29)]


@given(
    day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
    today=st.dates(min_value=dt.date(1901, 1, 1), max_value=dt.date(2101, 12, 31)),
)
def test_anniversaries_keep_the_month_and_come_within_a_year(day: dt.date, today: dt.date) -> None:
    found = anniversaries.next_anniversary(day, today)
    if today.year <= day.year:
        assert found is None or found[0] > day
        return
    assert found is not None
    on, years = found
    assert today <= on < today + dt.timedelta(days=367)
    assert years == on.year - day.year >= 1
    assert (on.month, on.day) == (day.month, day.day) or (day.month, day.day, on.day) == (2, 29, 28)


# -- in the journal ------------------------------------------------------------------------


def test_a_hard_date_keeps_its_plan(journal: Journal) -> None:
    saved = journal.hard_dates.save(
        HardDateDraft(
            day=dt.date(2025, 6, 1),
            title="  Our old   anniversary ",
            place="The harbour restaurant",
            reminder="Our song",
            plan=PLAN,
        )
    )
    assert saved.id is not None
    again = journal.hard_dates.get(saved.id)
    assert (again.title, again.place, again.reminder) == (
        "Our old anniversary",
        "The harbour restaurant",
        "Our song",
    )
    assert again.plan == PLAN
    changed = journal.hard_dates.save(
        HardDateDraft(day=dt.date(2025, 6, 2), title="Moved", plan=HardDatePlan()), saved.id
    )
    assert (changed.day, changed.plan.is_empty) == (dt.date(2025, 6, 2), True)


def test_a_hard_date_needs_a_title(journal: Journal) -> None:
    with pytest.raises(InvalidInput, match="few words"):
        journal.hard_dates.save(HardDateDraft(day=dt.date(2025, 6, 1), title="   "))


def test_the_discovery_is_always_a_hard_date_and_follows_its_moment(journal: Journal) -> None:
    moment = journal.events.add(
        EventDraft(day=dt.date(2025, 3, 20), kind="discovery", title="The day I found out")
    )
    (listed,) = journal.hard_dates.listed()
    assert (listed.id, listed.event_id, listed.day) == (None, moment.id, dt.date(2025, 3, 20))
    planned = journal.hard_dates.save(
        HardDateDraft(day=dt.date(2000, 1, 1), title="ignored", plan=PLAN, event_id=moment.id)
    )
    assert (planned.day, planned.title, planned.plan) == (
        dt.date(2025, 3, 20),
        "The day I found out",
        PLAN,
    )
    journal.events.update(
        moment.id, EventDraft(day=dt.date(2025, 3, 21), kind="discovery", title="Found out")
    )
    (moved,) = journal.hard_dates.listed()
    assert (moved.id, moved.day, moved.title, moved.plan) == (
        planned.id,
        dt.date(2025, 3, 21),
        "Found out",
        PLAN,
    )
    # Saving the moment's plan again changes it instead of adding a second.
    journal.hard_dates.save(
        HardDateDraft(
            day=moved.day, title="x", plan=HardDatePlan(will_do="Rest"), event_id=moment.id
        )
    )
    assert [h.plan.will_do for h in journal.hard_dates.listed()] == ["Rest"]
    journal.events.delete(moment.id)
    assert journal.hard_dates.listed() == []


def test_any_moment_can_be_marked_as_a_hard_date(journal: Journal) -> None:
    moment = journal.events.add(
        EventDraft(day=dt.date(2025, 8, 2), kind="setback", title="The wedding we left")
    )
    assert journal.hard_dates.for_moment(moment.id) is None
    journal.hard_dates.save(HardDateDraft(day=moment.day, title="", event_id=moment.id))
    marked = journal.hard_dates.for_moment(moment.id)
    assert marked is not None and marked.title == "The wedding we left"


def test_a_plan_for_a_missing_moment_is_refused(journal: Journal) -> None:
    with pytest.raises(Exception, match="no longer"):
        journal.hard_dates.save(HardDateDraft(day=dt.date(2025, 1, 1), title="x", event_id=99))


def test_coming_anniversaries_follow_the_clock(journal: Journal, clock: ManualClock) -> None:
    journal.events.add(EventDraft(day=dt.date(2024, 2, 29), kind="discovery", title="Found out"))
    journal.hard_dates.save(HardDateDraft(day=dt.date(2023, 12, 31), title="New Year's Eve"))
    at(clock, dt.date(2025, 2, 20))
    assert journal.hard_dates.coming() == []
    at(clock, dt.date(2025, 2, 21))
    (soon,) = journal.hard_dates.coming()
    assert (soon.hard_date.title, soon.on, soon.years, soon.days_until) == (
        "Found out",
        dt.date(2025, 2, 28),
        1,
        7,
    )
    at(clock, dt.date(2025, 12, 26))
    (year_end,) = journal.hard_dates.coming()
    assert (year_end.on, year_end.years, year_end.days_until) == (dt.date(2025, 12, 31), 2, 5)


def test_changes_to_hard_dates_are_reported(journal: Journal) -> None:
    seen: list[Change] = []
    journal.changes.subscribe(seen.append)
    saved = journal.hard_dates.save(HardDateDraft(day=dt.date(2025, 6, 1), title="A day"))
    assert saved.id is not None
    journal.hard_dates.delete(saved.id)
    assert [c.topic for c in seen] == [Topic.HARD_DATES, Topic.HARD_DATES]


def test_marking_and_unmarking_a_moment(journal: Journal) -> None:
    moment = journal.events.add(
        EventDraft(day=dt.date(2025, 8, 2), kind="setback", title="The wedding we left")
    )
    marked = journal.hard_dates.mark_moment(moment.id, True)
    assert marked is not None and marked.event_id == moment.id
    assert journal.hard_dates.mark_moment(moment.id, True) == marked  # once is enough
    assert journal.hard_dates.mark_moment(moment.id, False) is None
    assert journal.hard_dates.listed() == []
    discovery = journal.events.add(
        EventDraft(day=dt.date(2025, 3, 2), kind="discovery", title="Found out")
    )
    journal.hard_dates.mark_moment(discovery.id, True)
    assert journal.hard_dates.mark_moment(discovery.id, False) is not None
    assert [h.event_id for h in journal.hard_dates.listed()] == [discovery.id]


def test_a_hard_date_still_to_come_is_near_in_its_week(
    journal: Journal, clock: ManualClock
) -> None:
    """Issue 21, item 3: the dialog offers today and future days, so a hearing or a first
    holiday apart set ahead must show when it comes near, not only a year after."""
    at(clock, dt.date(2026, 5, 1))
    journal.hard_dates.save(HardDateDraft(day=dt.date(2026, 5, 1), title="The hearing"))
    journal.hard_dates.save(HardDateDraft(day=dt.date(2026, 5, 6), title="Away", plan=PLAN))
    journal.hard_dates.save(HardDateDraft(day=dt.date(2026, 5, 9), title="Eight days on"))
    journal.hard_dates.save(HardDateDraft(day=dt.date(2026, 11, 1), title="Later this year"))
    found = [(a.hard_date.title, a.on, a.years, a.days_until) for a in journal.hard_dates.coming()]
    assert found == [
        ("The hearing", dt.date(2026, 5, 1), 0, 0),
        ("Away", dt.date(2026, 5, 6), 0, 5),
    ]
    assert journal.hard_dates.coming()[1].hard_date.plan == PLAN
    at(clock, dt.date(2026, 5, 2))  # the hearing has passed: next time is its anniversary
    assert [a.hard_date.title for a in journal.hard_dates.coming()] == ["Away", "Eight days on"]
    at(clock, dt.date(2026, 10, 26))
    assert [(a.hard_date.title, a.years) for a in journal.hard_dates.coming()] == [
        ("Later this year", 0)
    ]
    at(clock, dt.date(2027, 4, 28))
    assert [(a.hard_date.title, a.years) for a in journal.hard_dates.coming()] == [
        ("The hearing", 1)
    ]


def test_the_next_time_is_the_day_itself_until_it_passes() -> None:
    assert anniversaries.next_time(dt.date(2026, 3, 14), dt.date(2026, 3, 14)) == (
        dt.date(2026, 3, 14),
        0,
    )
    assert anniversaries.next_time(dt.date(2027, 1, 2), dt.date(2026, 12, 30)) == (
        dt.date(2027, 1, 2),
        0,
    )
    assert anniversaries.next_time(dt.date(2026, 3, 13), dt.date(2026, 3, 14)) == (
        dt.date(2027, 3, 13),
        1,
    )
