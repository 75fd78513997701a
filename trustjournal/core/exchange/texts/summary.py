"""The sentences of an export's summary and of each entry's heading lines, in the export's
language (docs/words.md): every line a whole marked sentence with named placeholders, its
numbers written the language's way (core/language/numbers.py), its kinds, moods and parts
of trust in their in-sentence forms (never a translated label put in lower case).
The headings and fixed sentences are constants in texts/export.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from trustjournal.core.exchange import recovery
from trustjournal.core.exchange.model import (
    Average,
    ExportAgreement,
    ExportDocument,
    ExportEvent,
    ExportTogether,
    ExportTogetherAnswers,
    Filters,
    Period,
    Summary,
)
from trustjournal.core.exchange.texts import export as words
from trustjournal.core.exchange.texts.dates import long_date, short_date
from trustjournal.core.journal.path import texts as path_texts
from trustjournal.core.language import content
from trustjournal.core.language.numbers import Number
from trustjournal.core.language.speaking import N_, _
from trustjournal.core.records.entries import Entry, mood_word
from trustjournal.core.records.trust import dimension_word
from trustjournal.core.texts import counted

_SAME = 0.25  # a change smaller than this reads as "about the same"
NEEDS_MET_WORDS = {"yes": N_("yes"), "partly": N_("partly"), "no": N_("no")}


@dataclass(frozen=True)
class Section:
    heading: str
    lines: tuple[str, ...]


def period_text(period: Period) -> str:
    start, end = short_date(period.start), short_date(period.end)
    return _("{start} \u2013 {end}").format(start=start, end=end)


def number(value: float) -> str:
    """A score or an average with one decimal, as the export's language writes it."""
    return f"{Number(value):.1f}"


def period_from_to(start: dt.date, end: dt.date, days: int) -> str:
    return counted(
        days,
        "From {start} to {end} ({count:,} day).",
        "From {start} to {end} ({count:,} days).",
        start=long_date(start),
        end=long_date(end),
    )


def entries_shared(count: int) -> str:
    return counted(count, "{count:,} entry shared.", "{count:,} entries shared.")


def average_mood(mood: str, label: str, days: int) -> str:
    return counted(
        days,
        "Average mood {mood} of 5 ({label}), from {count:,} day with a mood.",
        "Average mood {mood} of 5 ({label}), from {count:,} days with a mood.",
        mood=mood,
        label=label,
    )


def checkins_in_period(count: int) -> str:
    return counted(
        count,
        "{count:,} check-in in this period; averages out of 10.",
        "{count:,} check-ins in this period; averages out of 10.",
    )


def calm_again_after(minutes: int) -> str:
    return counted(
        minutes, "calm again after {count:,} minute", "calm again after {count:,} minutes"
    )


def summary_sections(document: ExportDocument) -> list[Section]:
    """The one-page summary as headed lists of plain sentences."""
    summary = document.summary
    if summary is None:
        return letter_sections(document)
    together = [Section(words.TOGETHER_HEADING, together_lines(document))]
    return [
        Section(_("The period"), period_lines(document)),
        Section(_("Mood"), mood_lines(summary)),
        Section(_("Trust check-ins"), trust_lines(summary)),
        *(together if document.together else []),
        *recovery_sections(document),
        Section(_("What happened"), events_lines(summary)),
        Section(_("Agreements in place"), agreements_lines(summary)),
        Section(_("To talk about in this session"), flagged_lines(summary)),
        *letter_sections(document),
    ]


def letter_sections(document: ExportDocument) -> list[Section]:
    """Each unsent letter the person chose for this export, under its kind and title."""
    return [
        Section(
            _("{kind}: {title}").format(kind=letter.kind, title=letter.title)
            if letter.title
            else letter.kind,
            tuple(line for line in letter.body.splitlines() if line.strip()),
        )
        for letter in document.letters
    ]


def events_lines(summary: Summary) -> tuple[str, ...]:
    return tuple(event_line(e) for e in summary.events) or (_("No events."),)


def agreements_lines(summary: Summary) -> tuple[str, ...]:
    return tuple(agreement_line(a) for a in summary.agreements) or (_("No active agreements."),)


def flagged_lines(summary: Summary) -> tuple[str, ...]:
    return tuple(
        _("{day}: {headline}").format(day=short_date(f.day), headline=f.headline or _("untitled"))
        for f in summary.flagged
    ) or (_("No entries were flagged to talk about."),)


def recovery_sections(document: ExportDocument) -> list[Section]:
    """The recovery path (unless left out) and questionnaire totals (when chosen)."""
    sections = []
    if document.path is not None:
        lines = recovery.path_lines(document.path, short_date)
        sections.append(Section(path_texts.EXPORT_PATH_HEADING, lines))
    if document.scores is not None:
        lines = recovery.score_lines(document.scores, short_date)
        sections.append(Section(path_texts.EXPORT_SCORES_HEADING, lines))
    return sections


def period_lines(document: ExportDocument) -> tuple[str, ...]:
    period = document.period
    lines = [period_from_to(period.start, period.end, period.days)]
    if period.since_session is not None:
        lines.append(
            _("This is the time since the therapy session on {day}.").format(
                day=short_date(period.since_session)
            )
        )
    lines.append(entries_shared(len(document.entries)))
    lines += narrowed_lines(document.filters)
    if document.summary is not None:
        lines += kept_private_lines(document.summary)
    return tuple(lines)


def narrowed_lines(chosen: Filters) -> list[str]:
    """One whole sentence for each way the entries were narrowed."""
    lines = []
    if chosen.tags:
        lines.append(_("Only entries tagged {tags}.").format(tags=", ".join(chosen.tags)))
    if chosen.emotions:
        feelings = ", ".join(content.emotions(chosen.emotions))
        lines.append(_("Only entries where I felt {feelings}.").format(feelings=feelings))
    if chosen.mood_min is not None or chosen.mood_max is not None:
        lines.append(
            _("Only entries with a mood from {low} to {high}.").format(
                low=chosen.mood_min or 1, high=chosen.mood_max or 5
            )
        )
    if chosen.flagged_only:
        lines.append(_("Only entries flagged to talk about."))
    return lines


def kept_private_lines(summary: Summary) -> list[str]:
    """What shows in place of withheld passages and names, as one whole sentence."""
    if summary.passages_withheld and summary.names_redacted:
        return [
            _(
                'Some passages are kept private and show as "[passage withheld]", '
                'and some names show as "[name]".'
            )
        ]
    if summary.passages_withheld:
        return [_('Some passages are kept private and show as "[passage withheld]".')]
    if summary.names_redacted:
        return [_('Some names show as "[name]".')]
    return []


def mood_lines(summary: Summary) -> tuple[str, ...]:
    mood = summary.mood
    if mood.current is None:
        return (_("No mood was recorded in this period."),)
    label = mood_word(round(mood.current))
    lines = [average_mood(number(mood.current), label, summary.mood_days)]
    lines.append(compare_mood(mood))
    return tuple(lines)


def compare_mood(average: Average) -> str:
    """This period's average mood against the same number of days before, in one sentence."""
    if average.current is None:
        return _("Nothing recorded in this period (before: {before} of 5).").format(
            before=number(average.previous or 0)
        )
    if average.previous is None:
        return _("There is nothing from the same number of days before to compare with.")
    before, change = number(average.previous), average.current - average.previous
    if change >= _SAME:
        said = _("That is higher than the same number of days before ({before} of 5).")
    elif change <= -_SAME:
        said = _("That is lower than the same number of days before ({before} of 5).")
    else:
        said = _("That is about the same as the same number of days before ({before} of 5).")
    return said.format(before=before)


def trust_lines(summary: Summary) -> tuple[str, ...]:
    if not summary.trust:
        return (_("No trust check-ins in this period or the one before it."),)
    lines = [checkins_in_period(summary.checkins)]
    for average in summary.trust:
        now = number(average.current) if average.current is not None else _("not rated")
        before = number(average.previous) if average.previous is not None else _("not rated")
        lines.append(
            _("{part}: {now} (the period before: {before})").format(
                part=average.label, now=now, before=before
            )
        )
    return tuple(lines)


def trigger_details(intensity: int | None, minutes_to_calm: int | None) -> str:
    """How strong a trigger felt and how long until calm, as far as the person noted: the
    same words in the app's timeline and in every export."""
    if intensity is not None and minutes_to_calm is not None:
        return _("strength {intensity} of 10, {calm}").format(
            intensity=intensity, calm=calm_again_after(minutes_to_calm)
        )
    if intensity is not None:
        return _("strength {intensity} of 10").format(intensity=intensity)
    return calm_again_after(minutes_to_calm) if minutes_to_calm is not None else ""


def event_line(event: ExportEvent) -> str:
    day, kind, title = short_date(event.day), event.kind_label, event.title
    details = trigger_details(event.intensity, event.minutes_to_calm)
    line = (
        _("{day} · {kind}: {title} ({details})").format(
            day=day, kind=kind, title=title, details=details
        )
        if details
        else _("{day} · {kind}: {title}").format(day=day, kind=kind, title=title)
    )
    return _with_note(line, event.note)


def _with_note(line: str, note: str) -> str:
    """A line and the person's own note after a dash (the note as they wrote it)."""
    if not note.strip():
        return line
    return _("{line} — {note}").format(line=line, note=" ".join(note.split()))


def agreement_line(agreement: ExportAgreement) -> str:
    title, made = agreement.title, short_date(agreement.made)
    if agreement.review is None:
        line = _("{title} (since {made})").format(title=title, made=made)
    else:
        review = short_date(agreement.review)
        line = _("{title} (since {made}; to review on {review})").format(
            title=title, made=made, review=review
        )
    # A transparency arrangement's kind and where it stands, after the person's own note.
    return _with_note(_with_note(line, agreement.details), agreement.arrangement)


def entry_heading(entry: Entry) -> str:
    title = entry.title.strip()
    if not title:
        return long_date(entry.day)
    return _("{day} — {title}").format(day=long_date(entry.day), title=title)


def entry_details(entry: Entry) -> tuple[str, ...]:
    """Short lines under an entry's heading: mood, feelings, tags, activities, flags."""
    lines = []
    if entry.mood is not None:
        lines.append(
            _("Mood: {mood} of 5 ({word})").format(mood=entry.mood, word=mood_word(entry.mood))
        )
    if entry.emotions:
        feelings = ", ".join(content.emotions(entry.emotions))
        lines.append(_("Feeling: {feelings}").format(feelings=feelings))
    if entry.tags:
        lines.append(_("Tags: {tags}").format(tags=", ".join(entry.tags)))
    if entry.activities:
        together = ", ".join(content.activities(entry.activities))
        lines.append(_("Together: {activities}").format(activities=together))
    if entry.discuss:
        lines.append(_("Flagged to talk about"))
    if entry.private:
        lines.append(_("Private entry, shared by choice"))
    return tuple(lines)


def generated_line(document: ExportDocument) -> str:
    # No app name unless asked: an export found by someone else should not say which
    # app wrote it (a journal app on the computer can itself be a danger to someone).
    day = short_date(document.generated_at.date())
    if document.name_app:
        return _("Exported on {day} from TrustJournal.").format(day=day)
    return _("Exported on {day}.").format(day=day)


def together_lines(document: ExportDocument) -> tuple[str, ...]:
    """Each check-in done together: mine, then my partner's only when they said yes."""
    lines: list[str] = []
    for checkin in document.together:
        lines.append(_("{day}: we checked in together.").format(day=short_date(checkin.day)))
        mine = together_answers_text(checkin.mine)
        lines.append(_("My answers: {answers}").format(answers=mine))
        lines += _partner_lines(checkin)
    return tuple(lines)


def _partner_lines(checkin: ExportTogether) -> list[str]:
    if checkin.partner is None:
        return [words.PARTNER_LEFT_OUT]
    theirs = together_answers_text(checkin.partner)
    lines = [_("My partner's answers: {answers}").format(answers=theirs)]
    if checkin.went_well.strip():
        said = " ".join(checkin.went_well.split())
        lines.append(_("What went well: {text}").format(text=said))
    if checkin.talk_about.strip():
        said = " ".join(checkin.talk_about.split())
        lines.append(_("What we talked about: {text}").format(text=said))
    return lines


def together_answers_text(answers: ExportTogetherAnswers) -> str:
    parts = []
    if answers.needs_met is not None:
        met = _(NEEDS_MET_WORDS.get(answers.needs_met, answers.needs_met))
        parts.append(_("needs met: {answer}").format(answer=met))
    parts += [
        _("{part} {score} of 10").format(part=dimension_word(k), score=v)
        for k, v in answers.scores.items()
    ]
    said = (
        (_("what helped: {text}"), answers.helped),
        (_("what I need more of: {text}"), answers.need_more),
        (_("appreciations: {text}"), answers.appreciations),
        (_("something to try: {text}"), answers.try_this),
        (_("what would help me feel cared for: {text}"), answers.closing),
    )
    parts += [way.format(text=" ".join(text.split())) for way, text in said if text.strip()]
    return "; ".join(parts) + "." if parts else _("nothing written.")
