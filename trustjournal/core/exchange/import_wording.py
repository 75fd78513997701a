"""The words an import says, before and after: the same in the command line and the app."""

from __future__ import annotations

from trustjournal.core.exchange.importing import ImportSummary


def _count(number: int, one: str, many: str) -> str:
    return f"{number:,} {one if number == 1 else many}"


def summary_lines(
    summary: ImportSummary, listed: int | None = None, say_moods: bool = True
) -> list[str]:
    """What the source holds, said before anything is written: at most `listed` problems
    by name, and the guessed Daylio moods unless the app asks about them itself."""
    if summary.new == 0:
        lines = ["There are no new entries in it."]
    else:
        span = f"from {summary.first_day} to {summary.last_day}"
        if summary.first_day == summary.last_day:
            span = f"all on {summary.first_day}"
        lines = [f"{_count(summary.new, 'entry', 'entries')} to import, {span}."]
        moods = f"{summary.moods:,} with a mood" if summary.moods else "no moods"
        tags = _count(len(summary.tags), "tag", "different tags") if summary.tags else "no tags"
        details = [moods, tags]
        lines.append("  " + ", ".join(details) + ".")
    if summary.media:
        lines.append(
            "  "
            + _count(summary.media, "entry had", "entries had")
            + " photos or recordings; they are not brought over, and each such entry says so."
        )
    if summary.assumed_moods and say_moods:
        read_as = ", ".join(f'"{name}" as {mood}' for name, mood in summary.assumed_moods.items())
        lines.append(
            f"  Your own Daylio moods are guessed on the scale from 1 (awful) to 5 (rad): "
            f"{read_as}."
        )
    if summary.duplicates:
        lines.append(
            "  "
            + _count(summary.duplicates, "entry is", "entries are")
            + " already in your journal and will be skipped."
        )
    return lines + problem_lines(summary, listed)


def problem_lines(summary: ImportSummary, listed: int | None = None) -> list[str]:
    """Each entry that could not be read or is skipped, by its place, and what that means."""
    lines = []
    if summary.unreadable:
        them = "it is" if summary.unreadable == 1 else "they are"
        lines.append(
            f"  {_count(summary.unreadable, 'entry', 'entries')} could not be read; nothing "
            f"can be imported until {them} corrected or removed in the source:"
        )
    if summary.skipped:
        lines.append(
            f"  {_count(summary.skipped, 'entry is', 'entries are')} empty and will be skipped:"
        )
    shown = summary.problems[:listed]
    lines += [f"    {problem.said}" for problem in shown]
    unlisted = summary.unreadable + summary.skipped - len(shown)
    if unlisted:
        lines.append(f"    …and {unlisted:,} more.")
    return lines


def not_imported(summary: ImportSummary) -> str:
    """The one sentence for a source the preview found entries in that could not be read."""
    count = _count(summary.unreadable, "entry", "entries")
    return (
        f"Nothing was imported: {count} could not be read (listed above). Correct or "
        "remove them in the source, then import again."
    )


def done_lines(summary: ImportSummary, path: str) -> list[str]:
    """What was done, and what the person may want to do with the source now."""
    return [
        f"Imported {_count(summary.new, 'entry', 'entries')}; your journal keeps them encrypted.",
        f"The source is still at {path}, unchanged and readable by anyone who can open it.",
        "Once you have looked through the entries here, you may want to delete it. "
        "Deleting may not erase it from every kind of disk (SSDs, backups and synced "
        "folders can keep copies).",
    ]
