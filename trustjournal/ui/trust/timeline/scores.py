"""The questionnaire totals on the timeline (issue 24): each questionnaire its own line on
the chart (off at first), and, while shown, the change since each one's first total, a
gentle pointer when the latest is past its published cut-off, and that the numbers are
for talking with a therapist, not a diagnosis."""

from __future__ import annotations

from trustjournal.core.journal.path import texts as path_texts
from trustjournal.core.records.path import ScoreSummary
from trustjournal.ui.trust.timeline import texts
from trustjournal.ui.trust.timeline.data import short_day


def scores_words(summaries: list[ScoreSummary]) -> str:
    """What shows under the tick boxes while the totals are on the chart."""
    if not summaries:
        return texts.NO_SCORES
    lines = [texts.SCORES_SCALE]
    lines += [
        path_texts.EXPORT_SCORE_CHANGE.format(
            name=summary.name, day=short_day(summary.first.day), change=summary.change
        )
        for summary in summaries
    ]
    if any(summary.past_cutoff for summary in summaries):
        lines.append(path_texts.PAST_CUTOFF)
    lines.append(path_texts.NOT_A_DIAGNOSIS)
    return "\n".join(lines)
