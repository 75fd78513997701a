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
from trustjournal.core.records.trust import (
    EVENT_KIND_LABELS,
    AgreementDraft,
    CheckinDraft,
    EventDraft,
)
from trustjournal.core.vault import database, schema
from trustjournal.core.vault.keys.keyfile import FLOOR
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
        # The code of that time made no capture keys (they came with migration 7).
        before_the_flag.setattr(Vault, "settle_capture_key", lambda _vault: False)
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


def test_the_chart_holds_each_shared_days_mood_within_the_period(journal: Journal) -> None:
    """Two moods on one day are averaged; the period's first and last days count; a day
    after the period and a private mood leave no point; the average stays in the period."""
    fill(journal)
    add = journal.add_entry
    add(EntryDraft(day=d(3, 3), title="The session day", body="A long talk.", mood=5))
    add(EntryDraft(day=d(3, 10), title="Later that day", body="Tired.", mood=2))  # beside a 4
    add(EntryDraft(day=d(3, 13), title="The last day", body="Calm.", mood=3))
    add(EntryDraft(day=d(3, 14), title="After the period", body="Low.", mood=1))
    options = ExportOptions(chart=True, date_from=d(3, 3), date_to=d(3, 13))
    chart = build_export(journal, options).chart
    assert chart is not None
    assert [(p.day, p.value) for p in chart.moods] == [
        (d(3, 3), 5.0),
        (d(3, 5), 2.0),
        (d(3, 10), 3.0),
        (d(3, 12), 4.0),
        (d(3, 13), 3.0),
    ]
    averaged = [p.day for p in chart.mood_average]
    assert averaged[0] >= d(3, 3) and averaged[-1] == d(3, 13)
    assert all(1.0 <= p.value <= 5.0 for p in chart.mood_average)


def test_an_explicit_period_and_a_highest_mood_leave_the_rest_out(journal: Journal) -> None:
    fill(journal)
    period = ExportOptions(date_from=d(3, 3), date_to=d(3, 10))
    assert titles(build_export(journal, period)) == ["After dinner", "A quieter day"]
    low = dataclasses.replace(period, filters=Filters(mood_max=2))
    assert titles(build_export(journal, low)) == ["After dinner"]


def test_a_one_day_export_is_allowed_and_a_reversed_one_says_what_to_do(
    journal: Journal,
) -> None:
    fill(journal)
    one_day = choose_period(journal, ExportOptions(date_from=d(3, 10), date_to=d(3, 10)))
    assert (one_day.start, one_day.end) == (d(3, 10), d(3, 10))
    with pytest.raises(InvalidInput) as reversed_days:
        choose_period(journal, ExportOptions(date_from=d(3, 11), date_to=d(3, 10)))
    assert str(reversed_days.value) == (
        "The start of the export is after its end; swap the two dates."
    )
    with pytest.raises(InvalidInput) as both:
        choose_period(journal, ExportOptions(date_from=d(3, 1), since_last_session=True))
    assert str(both.value) == ("Choose either a start date or 'since the last session', not both.")


def test_without_a_session_the_message_says_what_to_do_word_for_word(journal: Journal) -> None:
    with pytest.raises(InvalidInput) as missing:
        choose_period(journal, ExportOptions(since_last_session=True))
    assert str(missing.value) == (
        "There is no therapy session on your timeline yet. Add one as an event, "
        "or choose the dates to export."
    )


def test_the_summary_names_the_period_before_kinds_reviews_and_every_rated_dimension(
    journal: Journal,
) -> None:
    fill(journal)
    journal.checkins.add(CheckinDraft(day=d(2, 26), scores={"honesty": 5}))  # before only
    journal.checkins.add(CheckinDraft(day=d(3, 11), scores={"closeness": 7}))  # now only
    journal.agreements.add(
        AgreementDraft(title="Made on the last day", made=d(3, 13), review=d(4, 13))
    )
    options = ExportOptions(date_from=d(3, 3), date_to=d(3, 13))
    summary = build_export(journal, options).summary
    assert summary is not None
    assert (summary.previous_start, summary.previous_end) == (d(2, 20), d(3, 2))
    assert (summary.mood.key, summary.mood.label) == ("mood", "Mood")
    rated = {a.key: (a.current, a.previous) for a in summary.trust}
    assert rated["honesty"] == (None, 5.0) and rated["closeness"] == (7.0, None)
    assert "sexual" not in rated
    assert [e.kind_label for e in summary.events] == [
        EVENT_KIND_LABELS["therapy"],
        EVENT_KIND_LABELS["trigger"],
        EVENT_KIND_LABELS["agreement"],  # an agreement puts a moment on the timeline
    ]
    assert EVENT_KIND_LABELS["therapy"] != "therapy"
    reviews = {a.title: a.review for a in summary.agreements}
    assert reviews["Made on the last day"] == d(4, 13)


def test_the_chart_and_the_summary_come_only_when_asked_and_the_app_named_only_then(
    journal: Journal,
) -> None:
    fill(journal)
    chart_only = build_export(journal, ExportOptions(summary=False, chart=True))
    assert chart_only.summary is None and chart_only.chart is not None
    summary_only = build_export(journal, ExportOptions(summary=True, chart=False))
    assert summary_only.summary is not None and summary_only.chart is None
    assert not summary_only.name_app
    assert build_export(journal, ExportOptions(name_app=True)).name_app


def test_the_trust_line_is_each_check_ins_overall_or_its_mean_and_its_own_average(
    journal: Journal,
) -> None:
    fill(journal)
    journal.checkins.add(CheckinDraft(day=d(3, 11), scores={"safety": 4, "honesty": 8}))
    options = ExportOptions(chart=True, date_from=d(3, 3), date_to=d(3, 13))
    chart = build_export(journal, options).chart
    assert chart is not None
    assert [(p.day, p.value) for p in chart.trust] == [
        (d(3, 9), 6.0),
        (d(3, 11), 6.0),  # no overall: the mean of what was rated
        (d(3, 13), 7.0),
    ]
    overall = journal.timeline(d(3, 3), d(3, 13)).trends.moving_averages["overall"]
    assert [(p.day, p.value) for p in chart.trust_average] == [(p.day, p.value) for p in overall]
    assert chart.trust_average != chart.trust
