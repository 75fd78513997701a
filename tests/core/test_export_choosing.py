"""Choosing what an export holds: the flag, the period, the filters and the summary."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from testkit import PASSPHRASE

from trustjournal.core.errors import InvalidInput
from trustjournal.core.exchange.build import build_export, choose_period
from trustjournal.core.exchange.model import ExportDocument, ExportOptions, Filters
from trustjournal.core.exchange.redaction import REDACTED, WITHHELD
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft, EntryFilter
from trustjournal.core.records.trust import AgreementDraft, CheckinDraft, EventDraft
from trustjournal.core.vault import database, schema
from trustjournal.core.vault.keyfile import FLOOR
from trustjournal.core.vault.vault import Vault


def d(month: int, day: int) -> dt.date:
    return dt.date(2026, month, day)


def fill(journal: Journal) -> None:
    """A small journal; "today" is 14 March 2026 (the test clock)."""
    add = journal.add_entry
    add(EntryDraft(day=d(2, 20), title="Before the session", body="Older words.", mood=2))
    journal.events.add(EventDraft(day=d(2, 10), kind="therapy", title="First session"))
    journal.events.add(EventDraft(day=d(3, 3), kind="therapy", title="Second session"))
    add(
        EntryDraft(
            day=d(3, 5),
            title="After dinner",
            body="I felt far from Jordan tonight.",
            mood=2,
            emotions=("hurt",),
            tags=("dinner",),
            discuss=True,
        )
    )
    add(EntryDraft(day=d(3, 8), title="Only for me", body="PRIVATE-CANARY", mood=1, private=True))
    add(
        EntryDraft(
            day=d(3, 10),
            title="A quieter day",
            body="We walked. [[withhold]]WITHHELD-CANARY\nmore[[/withhold]] Jordan laughed.",
            mood=4,
            emotions=("hopeful",),
            tags=("walk",),
            activities=("a walk with Jordan", "[[withhold]]ACTIVITY-CANARY[[/withhold]]"),
        )
    )
    add(EntryDraft(day=d(3, 12), title="Sunday", body="Rest.", mood=4, tags=("walk",)))
    journal.events.add(
        EventDraft(
            day=d(3, 6),
            kind="trigger",
            title="A message from an unknown number",
            note="Asked jordan about it",
            intensity=6,
            minutes_to_calm=25,
        )
    )
    journal.agreements.add(
        AgreementDraft(
            title="Phones stay face up",
            made=d(2, 1),
            details="Jordan asked for it. [[withhold]]DETAILS-CANARY[[/withhold]] We agreed.",
        )
    )
    retired = journal.agreements.add(AgreementDraft(title="Old rule", made=d(1, 5)))
    journal.agreements.set_status(retired.id, "retired")
    journal.checkins.add(CheckinDraft(day=d(2, 25), scores={"safety": 3, "overall": 4}))
    journal.checkins.add(CheckinDraft(day=d(3, 9), scores={"safety": 6, "overall": 6}))
    journal.checkins.add(CheckinDraft(day=d(3, 13), scores={"safety": 8, "overall": 7}))
    journal.settings.set("redact_words", ["Jordan"])


def titles(document: ExportDocument) -> list[str]:
    return [e.title for e in document.entries]


def test_the_discuss_flag_is_kept_and_filtered_on(journal: Journal) -> None:
    flagged = journal.add_entry(EntryDraft(day=d(3, 1), body="talk", tags=("t",), discuss=True))
    plain = journal.add_entry(EntryDraft(day=d(3, 2), body="talk", tags=("t",)))
    assert journal.entry(flagged.id).discuss and not journal.entry(plain.id).discuss
    for where in (
        EntryFilter(discuss_only=True),
        EntryFilter(discuss_only=True, tags=("t",)),
        EntryFilter(discuss_only=True, search="talk"),
        EntryFilter(discuss_only=True, search="talk", include_private=False),
    ):
        assert journal.entry_ids(where) == [flagged.id], where
    edited = journal.update_entry(flagged.id, journal.entry(flagged.id).draft())
    assert edited.discuss  # an edit keeps the flag it had
    gone = journal.delete_entry(flagged.id)
    assert journal.restore_entry(gone).discuss
    journal.update_entry(flagged.id, EntryDraft(day=d(3, 1), body="talk"))
    assert journal.entry_ids(EntryFilter(discuss_only=True)) == []


def test_redact_words_is_a_list_of_words_in_the_settings(journal: Journal) -> None:
    assert journal.settings.get("redact_words") == []
    journal.settings.set("redact_words", ["Jordan", "Sam"])
    journal.settings.get("redact_words").append("changed")  # a copy
    assert journal.settings.get("redact_words") == ["Jordan", "Sam"]
    with pytest.raises(InvalidInput):
        journal.settings.set("redact_words", ["Jordan", 3])
    with pytest.raises(InvalidInput):
        journal.settings.set("redact_words", "Jordan")


def test_the_default_period_is_since_the_last_therapy_session(journal: Journal) -> None:
    fill(journal)
    period = choose_period(journal, ExportOptions())
    assert (period.start, period.end, period.since_session) == (d(3, 3), d(3, 14), d(3, 3))
    assert choose_period(journal, ExportOptions(since_last_session=True)) == period
    # Up to an earlier end, the session before it.
    earlier = choose_period(journal, ExportOptions(date_to=d(3, 1)))
    assert (earlier.start, earlier.since_session) == (d(2, 10), d(2, 10))
    chosen = choose_period(journal, ExportOptions(date_from=d(2, 1), date_to=d(2, 28)))
    assert (chosen.start, chosen.end, chosen.since_session) == (d(2, 1), d(2, 28), None)


def test_without_a_session_the_last_thirty_days_or_a_plain_message(journal: Journal) -> None:
    period = choose_period(journal, ExportOptions())
    assert (period.start, period.end) == (d(2, 13), d(3, 14))
    with pytest.raises(InvalidInput, match="no therapy session"):
        choose_period(journal, ExportOptions(since_last_session=True))
    with pytest.raises(InvalidInput, match="swap"):
        choose_period(journal, ExportOptions(date_from=d(3, 10), date_to=d(3, 1)))


def test_private_entries_only_when_included(journal: Journal) -> None:
    fill(journal)
    assert titles(build_export(journal, ExportOptions())) == [
        "After dinner",
        "A quieter day",
        "Sunday",
    ]
    included = build_export(journal, ExportOptions(filters=Filters(include_private=True)))
    assert "Only for me" in titles(included)


def test_filters_narrow_the_entries(journal: Journal) -> None:
    fill(journal)
    assert titles(build_export(journal, ExportOptions(filters=Filters(tags=("walk",))))) == [
        "A quieter day",
        "Sunday",
    ]
    assert titles(build_export(journal, ExportOptions(filters=Filters(emotions=("hurt",))))) == [
        "After dinner"
    ]
    assert titles(build_export(journal, ExportOptions(filters=Filters(flagged_only=True)))) == [
        "After dinner"
    ]
    assert titles(build_export(journal, ExportOptions(filters=Filters(mood_min=4)))) == [
        "A quieter day",
        "Sunday",
    ]
    wide = build_export(journal, ExportOptions(date_from=d(2, 1)))
    assert titles(wide)[0] == "Before the session"


def test_withheld_passages_and_names_are_cleaned_everywhere(journal: Journal) -> None:
    fill(journal)
    document = build_export(journal, ExportOptions(redact=("Sunday",), chart=True))
    text = repr(document)
    secrets = ("WITHHELD-CANARY", "ACTIVITY-CANARY", "DETAILS-CANARY", "PRIVATE-CANARY")
    for secret in (*secrets, "Jordan", "jordan", "Sunday"):
        assert secret not in text
    quieter = next(e for e in document.entries if e.title == "A quieter day")
    assert quieter.body == f"We walked. {WITHHELD} {REDACTED} laughed."
    assert set(quieter.activities) == {f"a walk with {REDACTED}", WITHHELD}
    assert document.summary is not None
    assert document.summary.events[-1].note == f"Asked {REDACTED} about it"
    (agreement,) = document.summary.agreements
    assert agreement.details == f"{REDACTED} asked for it. {WITHHELD} We agreed."
    assert document.summary.passages_withheld == 3  # the body, an activity, the details


def test_the_summary_holds_what_the_therapist_needs(journal: Journal) -> None:
    fill(journal)
    summary = build_export(journal, ExportOptions()).summary
    assert summary is not None
    assert summary.mood.current == pytest.approx((2 + 4 + 4) / 3)  # each shared day's mood
    assert (summary.mood.previous, summary.mood_days) == (pytest.approx(2.0), 3)
    overall = next(a for a in summary.trust if a.key == "overall")
    assert (overall.current, overall.previous) == (pytest.approx(6.5), pytest.approx(4.0))
    assert summary.checkins == 2
    assert [(e.kind, e.intensity, e.minutes_to_calm) for e in summary.events] == [
        ("therapy", None, None),
        ("trigger", 6, 25),
    ]
    assert [a.title for a in summary.agreements] == ["Phones stay face up"]
    assert [f.headline for f in summary.flagged] == ["After dinner"]


def test_no_summary_and_no_entries_when_not_wanted(journal: Journal) -> None:
    fill(journal)
    document = build_export(journal, ExportOptions(summary=False, entries=False))
    assert document.summary is None and document.entries == () and document.chart is None


def test_a_private_entry_leaves_no_mood_behind_unless_included(journal: Journal) -> None:
    fill(journal)
    shared = build_export(journal, ExportOptions(chart=True))
    assert shared.chart is not None and shared.summary is not None
    assert d(3, 8) not in [p.day for p in shared.chart.moods]
    assert all(p.value >= 2 for p in shared.chart.mood_average)
    everything = build_export(
        journal, ExportOptions(chart=True, filters=Filters(include_private=True))
    )
    assert everything.chart is not None and everything.summary is not None
    assert d(3, 8) in [p.day for p in everything.chart.moods]
    assert everything.summary.mood.current == pytest.approx((2 + 1 + 4 + 4) / 4)


def test_a_tag_chosen_as_a_filter_is_redacted_where_the_export_names_it(journal: Journal) -> None:
    journal.add_entry(EntryDraft(day=d(3, 10), body="Dinner.", tags=("jordan",)))
    journal.settings.set("redact_words", ["Jordan"])
    document = build_export(journal, ExportOptions(filters=Filters(tags=("jordan",))))
    assert len(document.entries) == 1
    assert "jordan" not in repr(document).lower()
    assert document.filters.tags == (REDACTED,)


def test_a_journal_from_before_the_flag_gains_it_on_opening(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as before_the_flag:
        before_the_flag.setattr(database, "MIGRATIONS", schema.MIGRATIONS[:2])
        vault, _code = Vault.create(data_dir, PASSPHRASE, params=FLOOR)
        with vault.database.transaction() as cursor:  # as the code of that time wrote it
            cursor.execute(
                "INSERT INTO entries (day, created_at, updated_at, title) VALUES"
                " ('2026-01-05', '2026-01-05T09:00:00+00:00', '2026-01-05T09:00:00+00:00',"
                " 'Written before')"
            )
        vault.close()
    vault = Vault.unlock(data_dir, PASSPHRASE)
    journal = Journal(vault)
    try:
        assert vault.database.schema_version == len(schema.MIGRATIONS)
        assert vault.database.problems() == []
        (entry,) = journal.entries()
        assert (entry.title, entry.discuss) == ("Written before", False)
        journal.update_entry(entry.id, dataclasses.replace(entry.draft(), discuss=True))
        assert journal.entry_ids(EntryFilter(discuss_only=True)) == [entry.id]
    finally:
        journal.close()
