"""The words an import says, before and after: the same in the command line and the app.

The exchange room's texts module for imports (docs/words.md): every sentence that counts
something is one function taking the count, so translation marks each message once.
"""

from __future__ import annotations

import datetime as dt

from trustjournal.core.exchange.importing import ImportSummary
from trustjournal.core.exchange.texts.dates import short_date
from trustjournal.core.language.speaking import _, spoken
from trustjournal.core.texts import counted

NO_NEW_ENTRIES = "There are no new entries in it."
# Translators: {moods} lists the guesses, as in: "sad" as 2, "meh" as 3.
DAYLIO_MOODS_GUESSED = (
    "Your own Daylio moods are guessed on the scale from 1 (awful) to 5 (rad): {moods}."
)
# Translators: one of the person's own Daylio moods ({name}, their word) and the number
# from 1 to 5 it is read as ({mood}).
MOOD_READ_AS = '"{name}" as {mood}'
# Translators: {path} is the file or folder that was imported from.
SOURCE_STILL_THERE = (
    "The source is still at {path}, unchanged and readable by anyone who can open it."
)
MAY_WANT_TO_DELETE = (
    "Once you have looked through the entries here, you may want to delete it. "
    "Deleting may not erase it from every kind of disk (SSDs, backups and synced "
    "folders can keep copies)."
)


def entries_to_import(count: int, span: str) -> str:
    return counted(
        count,
        "{count:,} entry to import, {span}.",
        "{count:,} entries to import, {span}.",
        span=span,
    )


def with_a_mood(count: int) -> str:
    return counted(count, "{count:,} with a mood", "{count:,} with a mood")


def tags_found(count: int) -> str:
    return counted(count, "{count:,} tag", "{count:,} different tags")


def pictures_coming(count: int) -> str:
    return counted(
        count,
        "{count:,} picture comes with them, cleaned of its location on the way in.",
        "{count:,} pictures come with them, cleaned of their location on the way in.",
    )


def files_coming(count: int) -> str:
    return counted(
        count,
        "{count:,} other file (a PDF, a recording or the like) comes with them.",
        "{count:,} other files (PDFs, recordings or the like) come with them.",
    )


def media_left_out(count: int) -> str:
    return counted(
        count,
        "{count:,} picture or file cannot come along; its entry is imported without it:",
        "{count:,} pictures or files cannot come along; their entries are imported without them:",
    )


def media_brought(count: int) -> str:
    return counted(
        count,
        "{count:,} picture or file came along, kept encrypted with its entry.",
        "{count:,} pictures or files came along, kept encrypted with their entries.",
    )


def already_in_journal(count: int) -> str:
    return counted(
        count,
        "{count:,} entry is already in your journal and will be skipped.",
        "{count:,} entries are already in your journal and will be skipped.",
    )


def could_not_be_read(count: int) -> str:
    return counted(
        count,
        "{count:,} entry could not be read; nothing can be imported until it is corrected "
        "or removed in the source:",
        "{count:,} entries could not be read; nothing can be imported until they are "
        "corrected or removed in the source:",
    )


def empty_and_skipped(count: int) -> str:
    return counted(
        count,
        "{count:,} entry is empty and will be skipped:",
        "{count:,} entries are empty and will be skipped:",
    )


def nothing_imported(count: int) -> str:
    return counted(
        count,
        "Nothing was imported: {count:,} entry could not be read (listed above). Correct or "
        "remove them in the source, then import again.",
        "Nothing was imported: {count:,} entries could not be read (listed above). Correct or "
        "remove them in the source, then import again.",
    )


def imported(count: int) -> str:
    return counted(
        count,
        "Imported {count:,} entry; your journal keeps them encrypted.",
        "Imported {count:,} entries; your journal keeps them encrypted.",
    )


_LISTED_AFTER = 20  # pictures left out, named after the import (the rest counted)


def summary_lines(
    summary: ImportSummary, listed: int | None = None, say_moods: bool = True
) -> list[str]:
    """What the source holds, said before anything is written: at most `listed` problems
    by name, and the guessed Daylio moods unless the app asks about them itself."""
    if summary.new == 0:
        lines = [_(NO_NEW_ENTRIES)]
    else:
        lines = [entries_to_import(summary.new, _span(summary.first_day, summary.last_day))]
        moods = with_a_mood(summary.moods) if summary.moods else _("no moods")
        tags = tags_found(len(summary.tags)) if summary.tags else _("no tags")
        details = [moods, tags]
        lines.append("  " + ", ".join(details) + ".")
    if summary.pictures:
        lines.append("  " + pictures_coming(summary.pictures))
    if summary.files:
        lines.append("  " + files_coming(summary.files))
    if summary.assumed_moods and say_moods:
        read_as = ", ".join(
            _(MOOD_READ_AS).format(name=name, mood=mood)
            for name, mood in summary.assumed_moods.items()
        )
        lines.append("  " + _(DAYLIO_MOODS_GUESSED).format(moods=read_as))
    if summary.duplicates:
        lines.append("  " + already_in_journal(summary.duplicates))
    return lines + problem_lines(summary, listed)


def _span(first: dt.date | None, last: dt.date | None) -> str:
    """The days the new entries are about ('' before any is read)."""
    if first is None or last is None:
        return ""
    if first == last:
        return _("all on {day}").format(day=short_date(first))
    return _("from {first} to {last}").format(first=short_date(first), last=short_date(last))


def problem_lines(summary: ImportSummary, listed: int | None = None) -> list[str]:
    """Each entry that could not be read or is skipped, by its place, and what that means."""
    lines = []
    if summary.unreadable:
        lines.append("  " + could_not_be_read(summary.unreadable))
    if summary.skipped:
        lines.append("  " + empty_and_skipped(summary.skipped))
    shown = summary.problems[:listed]
    lines += [f"    {problem.said}" for problem in shown]
    unlisted = summary.unreadable + summary.skipped - len(shown)
    if unlisted:
        lines.append("    " + counted(unlisted, "…and {count:,} more.", "…and {count:,} more."))
    return lines + left_out_lines(summary, listed)


def left_out_lines(summary: ImportSummary, listed: int | None = None) -> list[str]:
    """Each picture or file that cannot come along, by name, and what that means."""
    if not summary.left_out_count:
        return []
    shown = summary.left_out[:listed]
    lines = ["  " + media_left_out(summary.left_out_count)]
    lines += [f"    {said}" for said in shown]
    unlisted = summary.left_out_count - len(shown)
    if unlisted:
        lines.append("    " + counted(unlisted, "…and {count:,} more.", "…and {count:,} more."))
    return lines


def not_imported(summary: ImportSummary) -> str:
    """The one sentence for a source the preview found entries in that could not be read."""
    return nothing_imported(summary.unreadable)


def done_lines(summary: ImportSummary, path: str) -> list[str]:
    """What was done, and what the person may want to do with the source now."""
    brought = [media_brought(summary.brought)] if summary.brought else []
    left_out = left_out_lines(summary, _LISTED_AFTER)
    return [
        imported(summary.new),
        *brought,
        *(["\n".join(line.strip() for line in left_out)] if left_out else []),
        _(SOURCE_STILL_THERE).format(path=path),
        _(MAY_WANT_TO_DELETE),
    ]


spoken(__name__)
