"""On this day (opt-in) never brings back a hard date or a private entry, and support
contacts are kept encrypted like everything else."""

from __future__ import annotations

import datetime as dt
import secrets
import tempfile
from pathlib import Path

import pytest
from testkit import PASSPHRASE, files_containing

from trustjournal.core.clock import ManualClock
from trustjournal.core.errors import InvalidInput
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.care import HardDateDraft, SupportContactDraft
from trustjournal.core.records.entries import EntryDraft
from trustjournal.core.records.trust import EventDraft
from trustjournal.core.vault.vault import Vault

TODAY = dt.date(2026, 3, 14)


@pytest.fixture
def remembering(journal: Journal) -> Journal:
    journal.settings.set("on_this_day", True)
    return journal


def write(journal: Journal, day: dt.date, mood: int | None, title: str, **more: bool) -> int:
    return journal.add_entry(EntryDraft(day=day, mood=mood, title=title, **more)).id


def titles(journal: Journal) -> list[str]:
    return [entry.title for entry in journal.on_this_day().entries]


def test_on_this_day_is_off_until_chosen(journal: Journal) -> None:
    write(journal, dt.date(2025, 3, 14), 5, "A good day")
    assert journal.on_this_day().is_empty
    journal.settings.set("on_this_day", True)
    assert titles(journal) == ["A good day"]


def test_only_good_days_from_earlier_years_come_back(remembering: Journal) -> None:
    write(remembering, dt.date(2025, 3, 14), 4, "good last year")
    write(remembering, dt.date(2023, 3, 14), 5, "very good three years ago")
    write(remembering, dt.date(2024, 3, 14), 3, "an ordinary day")
    write(remembering, dt.date(2024, 3, 14), None, "no mood given")
    write(remembering, dt.date(2025, 3, 15), 5, "another date")
    write(remembering, TODAY, 5, "today itself")
    assert titles(remembering) == ["good last year", "very good three years ago"]


def test_milestones_and_breakthroughs_come_back_other_moments_do_not(
    remembering: Journal,
) -> None:
    day = dt.date(2025, 3, 14)
    for kind in ("milestone", "breakthrough", "setback", "trigger", "therapy"):
        remembering.events.add(EventDraft(day=day, kind=kind, title=kind))
    kinds = sorted(moment.kind for moment in remembering.on_this_day().moments)
    assert kinds == ["breakthrough", "milestone"]


def test_private_entries_stay_away_unless_asked_for(remembering: Journal) -> None:
    write(remembering, dt.date(2025, 3, 14), 5, "private and good", private=True)
    assert titles(remembering) == []
    remembering.settings.set("on_this_day_private", True)
    assert titles(remembering) == ["private and good"]


def test_never_an_entry_or_moment_from_a_hard_date(remembering: Journal) -> None:
    """A day marked as hard, good entries and a milestone on it: none of it comes back,
    and neither does anything else on its anniversary."""
    marked_day = dt.date(2023, 3, 14)
    write(remembering, marked_day, 4, "held it together")
    remembering.events.add(EventDraft(day=marked_day, kind="milestone", title="A milestone"))
    write(remembering, dt.date(2025, 3, 14), 5, "a gentle day")
    assert titles(remembering) == ["held it together", "a gentle day"][::-1]
    remembering.hard_dates.save(HardDateDraft(day=marked_day, title="The call"))
    assert remembering.on_this_day().is_empty


def test_nothing_at_all_on_the_anniversary_of_a_hard_date(
    remembering: Journal, clock: ManualClock
) -> None:
    remembering.events.add(EventDraft(day=dt.date(2024, 3, 14), kind="discovery", title="x"))
    write(remembering, dt.date(2025, 3, 14), 5, "good, a year on")
    assert remembering.on_this_day().is_empty
    clock.advance(days=1)
    write(remembering, dt.date(2025, 3, 15), 5, "the day after")
    assert titles(remembering) == ["the day after"]


def test_a_leap_day_comes_back_on_the_28th(remembering: Journal, clock: ManualClock) -> None:
    write(remembering, dt.date(2024, 2, 29), 5, "leap day")
    write(remembering, dt.date(2025, 2, 28), 5, "last year")
    clock.set(dt.datetime(2026, 2, 28, 9, tzinfo=dt.UTC))
    assert titles(remembering) == ["last year", "leap day"]
    # In a leap year the 29th has its own day again.
    clock.set(dt.datetime(2028, 2, 28, 9, tzinfo=dt.UTC))
    assert titles(remembering) == ["last year"]
    clock.set(dt.datetime(2028, 2, 29, 9, tzinfo=dt.UTC))
    assert titles(remembering) == ["leap day"]


# -- support contacts ------------------------------------------------------------------------


def test_support_contacts_are_kept_changed_and_removed(journal: Journal) -> None:
    added = journal.support_contacts.add(
        SupportContactDraft(name=" Dr. Ames ", reach="555 0100", note="Tuesdays")
    )
    changed = journal.support_contacts.update(
        added.id, SupportContactDraft(name="Dr. Ames", reach="555 0199", note="")
    )
    assert (changed.name, changed.reach, changed.note) == ("Dr. Ames", "555 0199", "")
    assert journal.support_contacts.listed() == [changed]
    journal.support_contacts.delete(added.id)
    assert journal.support_contacts.listed() == []


def test_a_support_contact_needs_a_name(journal: Journal) -> None:
    with pytest.raises(InvalidInput, match="needs a name"):
        journal.support_contacts.add(SupportContactDraft(name="  ", reach="555"))


@pytest.fixture
def private_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The test's own temporary folder, for anything the code writes with tempfile."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_support_contacts_are_encrypted_like_everything_else(
    data_dir: Path, clock: ManualClock, journal: Journal, private_temp: Path
) -> None:
    canary = "Canary" + secrets.token_hex(8)
    journal.support_contacts.add(
        SupportContactDraft(name=canary, reach=canary + "@example.org", note=canary)
    )
    journal.hard_dates.save(
        HardDateDraft(day=dt.date(2025, 1, 1), title=canary, place=canary, reminder=canary)
    )
    journal.close()
    # The temporary folder is the test's own (never the system's shared /tmp): read whole.
    leaks = files_containing(canary, [data_dir, private_temp])
    assert leaks == [], leaks
    reopened = Journal(Vault.unlock(data_dir, PASSPHRASE), clock=clock)
    try:
        assert [c.name for c in reopened.support_contacts.listed()] == [canary]
        assert [h.title for h in reopened.hard_dates.listed()] == [canary]
    finally:
        reopened.close()


def test_hard_days_reads_never_scan_the_entries_or_events(remembering: Journal) -> None:
    """On this day and the coming anniversaries cost the same at any journal size: every
    read of entries or events goes through an index (hard dates are a handful of rows)."""
    write(remembering, dt.date(2025, 3, 14), 5, "good")
    remembering.events.add(EventDraft(day=dt.date(2024, 3, 1), kind="discovery", title="x"))
    remembering.events.add(EventDraft(day=dt.date(2025, 3, 14), kind="milestone", title="y"))
    connection = remembering.vault.database.connection
    statements: list[str] = []
    connection.set_trace_callback(statements.append)
    try:
        remembering.on_this_day()
        remembering.hard_dates.coming()
    finally:
        connection.set_trace_callback(None)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) >= 4
    for sql in selects:
        plan = [str(row[3]) for row in connection.execute("EXPLAIN QUERY PLAN " + sql)]
        # Only the hard dates themselves (alias h) are read whole: a handful of rows.
        scans = [
            step for step in plan if step.startswith("SCAN") and not step.startswith("SCAN h ")
        ]
        assert not scans, f"{sql} -> {plan}"


def test_on_this_day_brings_back_a_few_newest_first(remembering: Journal) -> None:
    for year in range(2010, 2026):
        write(remembering, dt.date(year, 3, 14), 5, f"good {year}")
        remembering.events.add(EventDraft(day=dt.date(year, 3, 14), kind="milestone", title="m"))
    found = remembering.on_this_day()
    assert [e.title for e in found.entries] == [f"good {y}" for y in range(2025, 2020, -1)]
    assert [m.day.year for m in found.moments] == list(range(2025, 2020, -1))
