"""The export model: what leaves the journal, built once, as plain dataclasses.

Every writer (Markdown, HTML, plain text, JSON, PDF) renders this same tree, so
all formats hold the same words. Its texts are already cleaned: withheld
passages are markers and redacted names are "[name]" (see redaction.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from trustjournal.core.records.entries import Entry

FORMAT_NAME = "trustjournal-export"
FORMAT_VERSION = 1


def reads_files(fmt: str) -> bool:
    """Whether an export in `fmt` carries its pictures' and files' bytes: every format
    but plain text ("txt"), which names them (build_export's `read_files`)."""
    return fmt != "txt"


@dataclass(frozen=True)
class Filters:
    """Which entries of the period to share. Written into the export, so its reader knows
    what it is a selection of (the redaction list never is: it is the names to keep out)."""

    tags: tuple[str, ...] = ()
    emotions: tuple[str, ...] = ()
    mood_min: int | None = None
    mood_max: int | None = None
    flagged_only: bool = False
    include_private: bool = False


@dataclass(frozen=True)
class ExportOptions:
    """What the person chose to share. No dates and no `since_last_session`: since the
    last therapy session when there is one, else the last 30 days."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    since_last_session: bool = False
    filters: Filters = Filters()
    redact: tuple[str, ...] = ()  # more words for this export, besides the saved list
    summary: bool = True
    entries: bool = True
    chart: bool = False
    together: bool = True  # check-ins done together, in the summary (partner's only by consent)
    name_app: bool = False  # say the file was made with TrustJournal (neutral otherwise)
    path: bool = True  # where the person is on the recovery path, in the summary
    scores: bool = False  # questionnaire totals, in the summary, only when chosen
    letters: tuple[int, ...] = ()  # unsent letters go in only when chosen one by one (ids)
    pictures: bool = True  # the entries' pictures and files; one choice leaves them all out


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date
    since_session: dt.date | None = None  # the therapy session the period starts from

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True)
class Average:
    """An average over the period and over the period of equal length before it."""

    key: str
    label: str
    current: float | None
    previous: float | None


@dataclass(frozen=True)
class ExportEvent:
    day: dt.date
    kind: str
    kind_label: str
    title: str
    note: str
    intensity: int | None
    minutes_to_calm: int | None


@dataclass(frozen=True)
class ExportAgreement:
    title: str
    details: str
    made: dt.date
    review: dt.date | None
    status: str
    arrangement: str = ""  # a transparency arrangement: its kind and where it stands


@dataclass(frozen=True)
class Flagged:
    id: int
    day: dt.date
    headline: str


@dataclass(frozen=True)
class Summary:
    previous_start: dt.date | None
    previous_end: dt.date | None
    mood: Average
    mood_days: int  # days in the period with a mood
    trust: tuple[Average, ...]  # the dimensions rated in either period
    checkins: int
    events: tuple[ExportEvent, ...]
    agreements: tuple[ExportAgreement, ...]
    flagged: tuple[Flagged, ...]
    passages_withheld: int
    names_redacted: int


@dataclass(frozen=True)
class ChartPoint:
    day: dt.date
    value: float


@dataclass(frozen=True)
class ChartEvent:
    day: dt.date
    kind: str
    title: str


@dataclass(frozen=True)
class ChartArrangement:
    """A transparency arrangement both partners said yes to: the days it ran (from `start`
    to `last`, its end, the day it ended, or the export's day while it runs) and its name."""

    start: dt.date
    last: dt.date
    name: str


@dataclass(frozen=True)
class Chart:
    """The timeline for the period: mood (1-5) and trust (0-10) with events on it, and
    the transparency arrangements that ran in it."""

    start: dt.date
    end: dt.date
    moods: tuple[ChartPoint, ...]  # each day's mood
    mood_average: tuple[ChartPoint, ...]  # its moving average
    trust: tuple[ChartPoint, ...]  # each check-in's overall (or mean) score
    trust_average: tuple[ChartPoint, ...]
    events: tuple[ChartEvent, ...]
    arrangements: tuple[ChartArrangement, ...] = ()


@dataclass(frozen=True)
class ExportTogetherAnswers:
    """One person's answers in a check-in done together, texts cleaned."""

    needs_met: str | None
    scores: dict[str, int]
    helped: str
    need_more: str
    appreciations: str
    try_this: str
    closing: str


@dataclass(frozen=True)
class ExportTogether:
    """A check-in done together. Without the partner's yes, `partner` is None and the
    parts said together (what went well, what they talked about) stay out as well."""

    day: dt.date
    mine: ExportTogetherAnswers
    partner: ExportTogetherAnswers | None
    went_well: str
    talk_about: str


@dataclass(frozen=True)
class ExportPathStep:
    day: dt.date
    phase: str  # the phase's id (atone, grief, ...)
    phase_name: str
    step: str  # how the step came about, in words ("My partner said they are ready")


@dataclass(frozen=True)
class ExportSignpost:
    day: dt.date
    text: str


@dataclass(frozen=True)
class ExportPath:
    """Where the person is on the recovery path: the phase, its history, signposts checked."""

    route: str
    route_name: str
    phase: str
    phase_name: str
    since: dt.date | None
    explanation: str
    history: tuple[ExportPathStep, ...]
    signposts_checked: tuple[ExportSignpost, ...]


@dataclass(frozen=True)
class ExportScore:
    """One questionnaire: its totals in the period and the change since its first total."""

    name: str
    low: int
    high: int
    totals: tuple[ChartPoint, ...]
    first_day: dt.date
    change_since_first: int
    past_cutoff: bool


@dataclass(frozen=True)
class ExportScores:
    note: str  # these are not a diagnosis
    questionnaires: tuple[ExportScore, ...]


@dataclass(frozen=True)
class ExportLetter:
    """An unsent letter the person chose, one by one, for this export."""

    kind: str
    title: str
    body: str


@dataclass(frozen=True)
class ExportAttachment:
    """A picture or file of an exported entry. Its bytes are those the vault keeps, which
    were cleaned on the way in (no location, no camera serial), never anything else."""

    entry_id: int
    name: str
    media_type: str
    size: int
    caption: str = ""
    width: int | None = None  # a picture's; None for any other file
    height: int | None = None
    data: bytes = b""

    @property
    def is_picture(self) -> bool:
        return self.width is not None


@dataclass(frozen=True)
class ExportDocument:
    format: str
    version: int
    generated_at: dt.datetime
    period: Period
    filters: Filters
    summary: Summary | None
    entries: tuple[Entry, ...]  # texts cleaned; private ones only when chosen
    chart: Chart | None = None
    together: tuple[ExportTogether, ...] = ()  # in the summary's period, when chosen
    name_app: bool = False  # the file names the app only when the person asked for it
    path: ExportPath | None = None  # in the summary, unless left out
    scores: ExportScores | None = None  # in the summary, only when chosen
    letters: tuple[ExportLetter, ...] = ()  # unsent letters, each chosen by the person
    # The exported entries' pictures and files, entry by entry (their entries' order).
    attachments: tuple[ExportAttachment, ...] = ()

    def attachments_of(self, entry_id: int) -> tuple[ExportAttachment, ...]:
        return tuple(a for a in self.attachments if a.entry_id == entry_id)
