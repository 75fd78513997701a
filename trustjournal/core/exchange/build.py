"""Building the export model from an unlocked journal and what the person chose."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections import defaultdict
from collections.abc import Sequence

from trustjournal.core.chart.data import arrangement_spans
from trustjournal.core.errors import InvalidInput
from trustjournal.core.exchange.model import (
    FORMAT_NAME,
    FORMAT_VERSION,
    Average,
    Chart,
    ChartArrangement,
    ChartEvent,
    ChartPoint,
    ExportAgreement,
    ExportAttachment,
    ExportDocument,
    ExportEvent,
    ExportLetter,
    ExportOptions,
    ExportTogether,
    ExportTogetherAnswers,
    Flagged,
    Period,
    Summary,
)
from trustjournal.core.exchange.recovery import build_path, build_scores
from trustjournal.core.exchange.redaction import Redactor
from trustjournal.core.exchange.texts import export as texts
from trustjournal.core.exchange.texts.dates import short_date
from trustjournal.core.journal.disclosure.disclosure_json import (
    arrangement_name,
    arrangement_summary,
    letter_kind_name,
)
from trustjournal.core.journal.journal import Journal
from trustjournal.core.journal.timeline import MOOD_WINDOW_DAYS, Timeline
from trustjournal.core.journal.trends import (
    MOOD,
    days_before,
    mean,
    mood_points,
    moving_average,
    period_change,
    previous_period,
)
from trustjournal.core.records.attachments import Attachment
from trustjournal.core.records.entries import MOOD_MIN, DayMood, Entry, EntryFilter
from trustjournal.core.records.together import TogetherAnswers, TogetherCheckin
from trustjournal.core.records.trust import (
    DIMENSIONS,
    Checkin,
    dimension_label,
    event_kind_label,
)

DEFAULT_DAYS = 30  # the period when there is no therapy session to start from
_PAGE = 500
# The side of the square a thumbnail fits in (attachments/pictures.py's THUMBNAIL_SIDE,
# not imported from there: that module loads Pillow, which an export does not need).
THUMBNAIL_SIDE = 320


def last_session(journal: Journal, on_or_before: dt.date) -> dt.date | None:
    """The day of the latest `therapy` event on or before the day given."""
    return journal.events.latest_day("therapy", on_or_before)


def choose_period(journal: Journal, options: ExportOptions) -> Period:
    """The dates the export covers: those chosen, else since the last therapy session."""
    if options.since_last_session and options.date_from is not None:
        raise InvalidInput(texts.BOTH_STARTS)
    end = options.date_to or journal.clock.today()
    if options.date_from is not None:
        start, session = options.date_from, None
    else:
        session = last_session(journal, end)
        if session is None and options.since_last_session:
            raise InvalidInput(texts.NO_SESSION_YET)
        start = session if session is not None else end - dt.timedelta(days=DEFAULT_DAYS - 1)
    if start > end:
        raise InvalidInput(texts.EXPORT_BACKWARDS)
    return Period(start=start, end=end, since_session=session)


def build_export(
    journal: Journal, options: ExportOptions, small_pictures: bool = False, read_files: bool = True
) -> ExportDocument:
    """The export the person chose. `small_pictures` (the app's preview) carries each
    picture's thumbnail, not the picture: the preview shows what goes, quickly. Without
    `read_files` (plain text names pictures and files, shows none) no bytes are read."""
    period = choose_period(journal, options)
    words = (*journal.settings.redact_words, *options.redact)
    redactor = Redactor(words=tuple(str(w) for w in words))
    entries = (
        tuple(export_entry(e, redactor) for e in chosen_entries(journal, options, period))
        if options.entries
        else ()
    )
    timeline = (
        journal.timeline(period.start, period.end) if options.summary or options.chart else None
    )
    if timeline is not None and not options.filters.include_private:
        timeline = without_private_moods(journal, timeline)
    summary = None
    if timeline is not None and options.summary:
        summary = build_summary(journal, timeline, entries, redactor)
    chart = (
        build_chart(timeline, redactor, chart_arrangements(journal, period, redactor))
        if timeline is not None and options.chart
        else None
    )
    together: tuple[ExportTogether, ...] = ()
    if timeline is not None and options.summary and options.together:
        together = tuple(export_together(t, redactor) for t in timeline.together)
    return ExportDocument(
        format=FORMAT_NAME,
        version=FORMAT_VERSION,
        generated_at=journal.clock.now(),
        period=period,
        # A tag chosen as a filter is named in the export: it is cleaned like any text.
        filters=dataclasses.replace(options.filters, tags=redactor.clean_all(options.filters.tags)),
        summary=summary,
        entries=entries,
        chart=chart,
        together=together,
        name_app=options.name_app,
        path=build_path(journal) if summary is not None and options.path else None,
        scores=(
            build_scores(journal, period, redactor)
            if summary is not None and options.scores
            else None
        ),
        letters=chosen_letters(journal, options.letters, redactor),
        attachments=exported_attachments(
            journal, entries, options, redactor, small_pictures, read_files
        ),
    )


def exported_attachments(
    journal: Journal,
    entries: Sequence[Entry],
    options: ExportOptions,
    redactor: Redactor,
    small_pictures: bool = False,
    read_files: bool = True,
) -> tuple[ExportAttachment, ...]:
    """The pictures and files of the entries that go out, in their order, read with one
    query for all of them: they follow their entry (a private entry's only when private
    entries are chosen), and none at all when the person left pictures out."""
    if not options.pictures or not entries:
        return ()
    found = journal.attachments.of_entries([entry.id for entry in entries])
    return tuple(
        exported_attachment(journal, attachment, redactor, small_pictures, read_files)
        for entry in entries
        for attachment in found.get(entry.id, ())
    )


def exported_attachment(
    journal: Journal, attachment: Attachment, redactor: Redactor, small: bool, read: bool = True
) -> ExportAttachment:
    exported = ExportAttachment(
        entry_id=attachment.entry_id,
        name=redactor.clean(attachment.name),
        media_type=attachment.media_type,
        size=attachment.size,
        caption=redactor.clean(attachment.caption),
        width=attachment.width,
        height=attachment.height,
    )
    if not read:
        return exported  # named, sized and captioned, without its bytes
    thumbnail = journal.attachments.thumbnail(attachment.id) if small else None
    if thumbnail is None or attachment.width is None or attachment.height is None:
        return dataclasses.replace(exported, data=journal.attachments.content(attachment.id))
    # The thumbnail is the picture made to fit a THUMBNAIL_SIDE square (its shape kept).
    scale = min(1.0, THUMBNAIL_SIDE / max(attachment.width, attachment.height))
    return dataclasses.replace(
        exported,
        media_type="image/png" if thumbnail.startswith(b"\x89PNG") else "image/jpeg",
        data=thumbnail,
        width=max(1, round(attachment.width * scale)),
        height=max(1, round(attachment.height * scale)),
    )


def chosen_letters(
    journal: Journal, letter_ids: tuple[int, ...], redactor: Redactor
) -> tuple[ExportLetter, ...]:
    """Only the letters chosen by id: a letter is never in an export by default."""
    return tuple(
        ExportLetter(
            kind=letter_kind_name(letter.kind),
            title=redactor.clean(letter.title),
            body=redactor.clean(letter.body),
        )
        for letter in journal.letters.chosen(letter_ids)
    )


def export_together(checkin: TogetherCheckin, redactor: Redactor) -> ExportTogether:
    """A check-in done together as it may leave: the partner's answers, and what the two
    said together, only when the partner agreed to therapy exports."""
    shared = checkin.partner_consents
    return ExportTogether(
        day=checkin.day,
        mine=export_together_answers(checkin.owner, redactor),
        partner=export_together_answers(checkin.partner, redactor) if shared else None,
        went_well=redactor.clean(checkin.went_well) if shared else "",
        talk_about=redactor.clean(checkin.talk_about) if shared else "",
    )


def export_together_answers(answers: TogetherAnswers, redactor: Redactor) -> ExportTogetherAnswers:
    return ExportTogetherAnswers(
        needs_met=answers.needs_met,
        scores=dict(answers.scores),
        helped=redactor.clean(answers.helped),
        need_more=redactor.clean(answers.need_more),
        appreciations=redactor.clean(answers.appreciations),
        try_this=redactor.clean(answers.try_this),
        closing=redactor.clean(answers.closing),
    )


def without_private_moods(journal: Journal, timeline: Timeline) -> Timeline:
    """The timeline with its moods (days, averages, change) from entries that are not
    private: a private entry leaves no trace in an export, not even its mood."""
    before = previous_period(timeline.start, timeline.end)
    reach = days_before(before[0] if before else timeline.start, MOOD_WINDOW_DAYS)
    where = EntryFilter(
        date_from=reach, date_to=timeline.end, include_private=False, mood_min=MOOD_MIN
    )
    by_day: dict[dt.date, list[int]] = defaultdict(list)
    for entry in _in_pages(journal, journal.entry_ids(where)):
        if entry.mood is not None and not entry.private:
            by_day[entry.day].append(entry.mood)
    daily = [DayMood(day, math.fsum(m) / len(m), len(m)) for day, m in sorted(by_day.items())]
    points = mood_points(daily)
    averages = moving_average(points, MOOD_WINDOW_DAYS, since=timeline.start)
    trends = dataclasses.replace(
        timeline.trends,
        moving_averages={
            **timeline.trends.moving_averages,
            MOOD: tuple(p for p in averages if p.day <= timeline.end),
        },
        changes={
            **timeline.trends.changes,
            MOOD: period_change(points, timeline.start, timeline.end),
        },
    )
    moods = tuple(m for m in daily if m.day >= timeline.start)
    return dataclasses.replace(timeline, moods=moods, trends=trends)


def _in_pages(journal: Journal, ids: Sequence[int]) -> list[Entry]:
    found: list[Entry] = []
    for start in range(0, len(ids), _PAGE):
        found.extend(journal.entries_by_id(ids[start : start + _PAGE]))
    return found


def chosen_entries(journal: Journal, options: ExportOptions, period: Period) -> list[Entry]:
    """The entries to share, oldest first; private ones only when asked for."""
    chosen = options.filters
    where = EntryFilter(
        date_from=period.start,
        date_to=period.end,
        tags=chosen.tags,
        emotions=chosen.emotions,
        mood_min=chosen.mood_min,
        mood_max=chosen.mood_max,
        include_private=chosen.include_private,
        discuss_only=chosen.flagged_only,
    )
    found = _in_pages(journal, list(reversed(journal.entry_ids(where))))
    # The filter already left private entries out; this holds even if a filter changes.
    return [e for e in found if chosen.include_private or not e.private]


def export_entry(entry: Entry, redactor: Redactor) -> Entry:
    """The entry with its texts cleaned: withheld passages and names kept out."""
    return dataclasses.replace(
        entry,
        title=redactor.clean(entry.title),
        body=redactor.clean(entry.body),
        tags=redactor.clean_all(entry.tags),
        activities=redactor.clean_all(entry.activities),
    )


def build_summary(
    journal: Journal,
    timeline: Timeline,
    entries: Sequence[Entry],
    redactor: Redactor,
) -> Summary:
    changes = timeline.trends.changes
    before = previous_period(timeline.start, timeline.end)
    trust = tuple(
        Average(d, dimension_label(d), changes[d].current, changes[d].previous)
        for d in DIMENSIONS
        if changes[d].current is not None or changes[d].previous is not None
    )
    events = tuple(
        ExportEvent(
            day=e.day,
            kind=e.kind,
            kind_label=event_kind_label(e.kind),
            title=redactor.clean(e.title),
            note=redactor.clean(e.note),
            intensity=e.intensity,
            minutes_to_calm=e.minutes_to_calm,
        )
        for e in timeline.events
    )
    arranged = {a.agreement_id: a for a in journal.arrangements.listed()}
    agreements = tuple(
        ExportAgreement(
            title=redactor.clean(a.title),
            details=redactor.clean(a.details),
            made=a.made,
            review=a.review,
            status=a.status,
            # Its day in words, in the export's language, as the app says it (not ISO).
            arrangement=arrangement_summary(arranged.get(a.id), journal.clock.today(), short_date),
        )
        for a in journal.agreements.listed("active")
        if a.made <= timeline.end
    )
    flagged = tuple(Flagged(e.id, e.day, e.headline) for e in entries if e.discuss)
    return Summary(
        previous_start=before[0] if before else None,
        previous_end=before[1] if before else None,
        mood=Average(MOOD, "Mood", changes[MOOD].current, changes[MOOD].previous),
        mood_days=len(timeline.moods),
        trust=trust,
        checkins=len(timeline.checkins),
        events=events,
        agreements=agreements,
        flagged=flagged,
        passages_withheld=redactor.passages_withheld,
        names_redacted=redactor.names_redacted,
    )


def chart_arrangements(
    journal: Journal, period: Period, redactor: Redactor
) -> tuple[ChartArrangement, ...]:
    """The arrangements that ran in the period, as the app's timeline shows them: only
    those both partners said yes to, until their end, the day they ended, or today."""
    spans = arrangement_spans(
        journal.arrangements.listed(), journal.clock.today(), arrangement_name
    )
    return tuple(
        ChartArrangement(span.start, span.last, redactor.clean(span.name))
        for span in spans
        if span.start <= period.end and span.last >= period.start
    )


def build_chart(
    timeline: Timeline, redactor: Redactor, arrangements: tuple[ChartArrangement, ...] = ()
) -> Chart:
    averages = timeline.trends.moving_averages
    trust = tuple(
        ChartPoint(c.day, score) for c in timeline.checkins if (score := trust_score(c)) is not None
    )
    overall = tuple(ChartPoint(p.day, p.value) for p in averages.get("overall", ()))
    return Chart(
        start=timeline.start,
        end=timeline.end,
        moods=tuple(ChartPoint(m.day, m.mood) for m in timeline.moods),
        mood_average=tuple(ChartPoint(p.day, p.value) for p in averages.get(MOOD, ())),
        trust=trust,
        # The moving average of "overall" when the person rates it; else the scores joined.
        trust_average=overall or trust,
        events=tuple(ChartEvent(e.day, e.kind, redactor.clean(e.title)) for e in timeline.events),
        arrangements=arrangements,
    )


def trust_score(checkin: Checkin) -> float | None:
    """A check-in's overall score, or the mean of the dimensions it rated."""
    if "overall" in checkin.scores:
        return float(checkin.scores["overall"])
    return mean(float(v) for v in checkin.scores.values())
