"""The words of an export, shared by every writer so all formats say the same thing.

Plain and warm: the summary describes, it never judges or diagnoses. This is the
exchange room's texts module for exports (docs/words.md): whole sentences with named
placeholders, and one function for each sentence that counts something, so translation
marks each of them once.
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
from trustjournal.core.exchange.texts.dates import long_date, short_date
from trustjournal.core.journal.path import texts as path_texts
from trustjournal.core.language import content
from trustjournal.core.language.speaking import _, spoken
from trustjournal.core.records.entries import Entry, mood_label
from trustjournal.core.records.trust import dimension_short_label
from trustjournal.core.texts import counted

TITLE = "Journal notes for therapy"
SUMMARY_HEADING = "Summary"
ENTRIES_HEADING = "Entries I chose to share"
CHART_HEADING = "Trust and mood over this period"
CHART_CAPTION = (
    "Each small dot is one day's mood (right scale, 1 to 5). The dark line joins the trust "
    "check-ins (left scale, 0 to 10) and the wide soft line is their moving average, so "
    "single hard days do not hide the direction. The marks under the chart are the events "
    "listed in the summary, one shape for each kind."
)
CHART_TOGETHER_CAPTION = (
    " The lines marked “Together” are the check-ins done together: for each person, the "
    "mean of the scores they gave."
)
NO_ENTRIES = "No entries match what was chosen for this export."
CONFIDENTIAL = (
    "Private and confidential: written for my therapist. This copy is no longer protected "
    "by the journal's passphrase."
)
TOGETHER_HEADING = "Checking in together"
PARTNER_LEFT_OUT = "My partner's answers stay out of this export; they are theirs to share."
_SAME = 0.25  # a change smaller than this reads as "about the same"


@dataclass(frozen=True)
class Section:
    heading: str
    lines: tuple[str, ...]


def period_text(period: Period) -> str:
    return f"{short_date(period.start)} \u2013 {short_date(period.end)}"


def number(value: float) -> str:
    return f"{value:.1f}"


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
    return [
        Section(_("The period"), period_lines(document)),
        Section("Mood", mood_lines(summary)),
        Section("Trust check-ins", trust_lines(summary)),
        *([Section(_(TOGETHER_HEADING), together_lines(document))] if document.together else []),
        *recovery_sections(document),
        Section("What happened", tuple(event_line(e) for e in summary.events) or ("No events.",)),
        Section(
            "Agreements in place",
            tuple(agreement_line(a) for a in summary.agreements) or ("No active agreements.",),
        ),
        Section(
            "To talk about in this session",
            tuple(f"{short_date(f.day)}: {f.headline or 'untitled'}" for f in summary.flagged)
            or ("No entries were flagged to talk about.",),
        ),
        *letter_sections(document),
    ]


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
        return ("No mood was recorded in this period.",)
    label = mood_label(round(mood.current)).lower()
    lines = [average_mood(number(mood.current), label, summary.mood_days)]
    lines.append(compare(mood, "the same number of days before", "of 5"))
    return tuple(lines)


def compare(average: Average, before: str, scale: str) -> str:
    if average.current is None:
        return f"Nothing recorded in this period (before: {number(average.previous or 0)} {scale})."
    if average.previous is None:
        return f"There is nothing from {before} to compare with."
    change = average.current - average.previous
    if change >= _SAME:
        way = "higher than"
    elif change <= -_SAME:
        way = "lower than"
    else:
        way = "about the same as"
    return f"That is {way} {before} ({number(average.previous)} {scale})."


def trust_lines(summary: Summary) -> tuple[str, ...]:
    if not summary.trust:
        return ("No trust check-ins in this period or the one before it.",)
    lines = [checkins_in_period(summary.checkins)]
    for average in summary.trust:
        now = number(average.current) if average.current is not None else "not rated"
        before = number(average.previous) if average.previous is not None else "not rated"
        lines.append(f"{average.label}: {now} (the period before: {before})")
    return tuple(lines)


def trigger_details(intensity: int | None, minutes_to_calm: int | None) -> str:
    """How strong a trigger felt and how long until calm, as far as the person noted: the
    same words in the app's timeline and in every export."""
    details = []
    if intensity is not None:
        details.append(f"strength {intensity} of 10")
    if minutes_to_calm is not None:
        details.append(calm_again_after(minutes_to_calm))
    return ", ".join(details)


def event_line(event: ExportEvent) -> str:
    line = f"{short_date(event.day)} · {event.kind_label}: {event.title}"
    details = trigger_details(event.intensity, event.minutes_to_calm)
    if details:
        line += f" ({details})"
    if event.note.strip():
        line += f" — {' '.join(event.note.split())}"
    return line


def agreement_line(agreement: ExportAgreement) -> str:
    line = f"{agreement.title} (since {short_date(agreement.made)}"
    if agreement.review is not None:
        line += f"; to review on {short_date(agreement.review)}"
    line += ")"
    if agreement.details.strip():
        line += f" — {' '.join(agreement.details.split())}"
    if agreement.arrangement:
        line += f" — {agreement.arrangement}"
    return line


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


def entry_heading(entry: Entry) -> str:
    title = entry.title.strip()
    return f"{long_date(entry.day)} — {title}" if title else long_date(entry.day)


def entry_details(entry: Entry) -> tuple[str, ...]:
    """Short lines under an entry's heading: mood, feelings, tags, activities, flags."""
    lines = []
    if entry.mood is not None:
        lines.append(f"Mood: {entry.mood} of 5 ({mood_label(entry.mood).lower()})")
    if entry.emotions:
        lines.append("Feeling: " + ", ".join(content.emotions(entry.emotions)))
    if entry.tags:
        lines.append("Tags: " + ", ".join(entry.tags))
    if entry.activities:
        lines.append("Together: " + ", ".join(content.activities(entry.activities)))
    if entry.discuss:
        lines.append("Flagged to talk about")
    if entry.private:
        lines.append("Private entry, shared by choice")
    return tuple(lines)


def generated_line(document: ExportDocument) -> str:
    # No app name unless asked: an export found by someone else should not say which
    # app wrote it (a journal app on the computer can itself be a danger to someone).
    made_with = " from TrustJournal" if document.name_app else ""
    return f"Exported on {short_date(document.generated_at.date())}{made_with}."


def together_lines(document: ExportDocument) -> tuple[str, ...]:
    """Each check-in done together: mine, then my partner's only when they said yes."""
    lines: list[str] = []
    for checkin in document.together:
        lines.append(f"{short_date(checkin.day)}: we checked in together.")
        lines.append("My answers: " + together_answers_text(checkin.mine))
        lines += _partner_lines(checkin)
    return tuple(lines)


def _partner_lines(checkin: ExportTogether) -> list[str]:
    if checkin.partner is None:
        return [_(PARTNER_LEFT_OUT)]
    lines = ["My partner's answers: " + together_answers_text(checkin.partner)]
    if checkin.went_well.strip():
        lines.append(f"What went well: {' '.join(checkin.went_well.split())}")
    if checkin.talk_about.strip():
        lines.append(f"What we talked about: {' '.join(checkin.talk_about.split())}")
    return lines


def together_answers_text(answers: ExportTogetherAnswers) -> str:
    parts = []
    if answers.needs_met is not None:
        parts.append(f"needs met: {answers.needs_met}")
    parts += [f"{dimension_short_label(k).lower()} {v} of 10" for k, v in answers.scores.items()]
    said = (
        ("what helped", answers.helped),
        ("what I need more of", answers.need_more),
        ("appreciations", answers.appreciations),
        ("something to try", answers.try_this),
        ("what would help me feel cared for", answers.closing),
    )
    parts += [f"{name}: {' '.join(text.split())}" for name, text in said if text.strip()]
    return "; ".join(parts) + "." if parts else "nothing written."


# When an export cannot be made as asked (InvalidInput, ExportNotWritten, WeakPdfPassword).
# (A name with "password" reads as a secret to ruff: the PDF password is its "lock" here.)
BOTH_STARTS = "Choose either a start date or 'since the last session', not both."
NO_SESSION_YET = (
    "There is no therapy session on your timeline yet. Add one as an event, "
    "or choose the dates to export."
)
EXPORT_BACKWARDS = "The start of the export is after its end; swap the two dates."
FORMAT_ONE_OF = "The format can be one of: {formats}."
LOCK_FOR_PDF_ONLY = "Only a PDF can be protected with a password."
PATH_IS_FOLDER = "{path} is a folder; choose a file name for the export."
NO_SUCH_FOLDER = "The folder {folder} does not exist. Nothing was saved."
NOT_WRITTEN = "The export could not be written to {path} ({reason}). Nothing was saved."
IT_COULD_NOT_BE_WRITTEN = "it could not be written"
PAGE_SIZE_ONE_OF = "The page size can be A4 or US Letter."
EMPTY_PDF_LOCK = "An empty password would not protect the file; choose one."
EASY_PDF_LOCK = (
    "That password would be easy to guess ({hint}). "
    "Choose a longer one: three or four unrelated words work well."
)

# Reading an export back (json_format.py: importing TrustJournal's own JSON).
NOT_JSON = "This is not a TrustJournal export: it is not JSON."
NOT_OUR_JSON = "This JSON file is not a TrustJournal export."
NEWER_EXPORT = (
    "This export is version {found}; this TrustJournal reads version {reads}. "
    "Update TrustJournal to read it."
)
EXPORT_DAMAGED = "This TrustJournal export is damaged and could not be read."
NO_PDF_LOCK = "Choose a password for the PDF, or turn protection off."
PDF_LOCKS_DIFFER = "The two passwords are not the same. Please type them again."


spoken(__name__)
