# size: the command line's every word in one module, --help as one block, so that a
# translator reads them together; split into a texts/ package by topic if it grows more.
"""The command line's words (docs/words.md): what `trustjournal --help` prints, how
check-ins, events, agreements, prompts and timelines read in a terminal, and the
sentences the commands say that are longer than a label.

`--help` is one block, so it reads like a short manual. Every sentence that counts
something is one function taking the count (`trustjournal.core.texts.counted`), so the
translation work (issue 22) marks each message once.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Iterator
from typing import TYPE_CHECKING

from trustjournal.core.exchange.texts.dates import month_and_year, short_date
from trustjournal.core.language.numbers import Number
from trustjournal.core.language.speaking import N_, _, spoken
from trustjournal.core.texts import counted

# The path's phases and the prompts' content catalogue are imported where they are used:
# every command loads this module, and `capture` must not load the journal's domain.
if TYPE_CHECKING:  # only named in annotations: `capture` must not load the journal's domain
    from trustjournal.core.journal.timeline import Timeline
    from trustjournal.core.journal.trends import PeriodChange, Trends
    from trustjournal.core.records.prompts import Prompt
    from trustjournal.core.records.trust import Agreement, Checkin, Event

USAGE = "trustjournal [--data-dir DIR] [--passphrase-fd N] [COMMAND ...]"

COMMANDS = """\
  (no command)  open the desktop app
  init          create a vault; prints the recovery code once, on a line that starts with "Recovery code: "
  add [--title T] [--mood 1-5] [--emotion NAME]... [--tag NAME]... [--activity NAME]... [--date YYYY-MM-DD] [--private] [TEXT]
                add an entry; without TEXT the body is read from standard input
  list [--from DATE] [--to DATE] [--tag NAME] [--emotion NAME] [--search QUERY] [--json]
                newest first; --json prints a JSON array of objects with at least
                id, date, title, body, mood, emotions, tags, activities, private;
                -n N (--limit N) lists only the newest N
  passwd        change the passphrase
  recover       set a new passphrase with the recovery code
  doctor        check the key file, cipher integrity and SQLite integrity; say what it found
  doctor --repair
                mend what can be mended safely (the key file from its sound copy, files left by
                a crash); never deletes the journal
  backup [--to FOLDER] [--list]
                write an encrypted backup (TrustJournal-backup-DATE-TIME.tjbackup), or list this
                journal's backups there (every backup, where no journal is yet)
  restore FILE [--replace]
                restore a backup; --replace moves the journal that is here aside, never deletes it
  rekey         encrypt the journal with a new key; prints a new recovery code once, on a line
                that starts with "Recovery code: "; old key files and the old code stop working
  capture [--mood 1-5] [--tag NAME]... [TEXT | -]
                seal a note for the journal without opening it: no passphrase asked; without
                TEXT (or with -) it is read from standard input; it waits for the next unlock
  inbox [keep|discard] [ID... | --all]
                list the notes written while the journal was locked (after the passphrase),
                or keep them as entries, or discard them
  recovery-code [--stored]
                show the new recovery code of a key change that was stopped (or made in the
                app) before you stored it; --stored says you have, and deletes it from the journal
  --version

 the trust-rebuilding timeline and guided prompts (D is a date, YYYY-MM-DD):
  trustjournal checkin [--date D] [--score DIMENSION=0-10]... [--needs-met yes|partly|no] [NOTE]
                DIMENSION is safety, honesty, communication, respect, closeness, affection,
                sexual or overall; any may be left out
  trustjournal event --kind KIND [--date D] [--intensity 0-10] [--minutes-to-calm N] [--note TEXT] TITLE
                KIND is discovery, therapy, agreement, setback, trigger, breakthrough, milestone
                or other; intensity and minutes to calm are for triggers; --entry ID links an entry
  trustjournal agreement add [--details TEXT] [--made D] [--review D] TITLE
  trustjournal agreement list [--json]
  trustjournal agreement status ID active|revised|retired
  trustjournal agreement add --arrangement location|phone|calls|passwords [--starts D]
      (--ends D | --days N) [--my-yes] [--partner-yes] [--review D] TITLE
                a transparency arrangement: offered, not taken, and with an end
  trustjournal agreement pause|resume|end ID
  trustjournal agreement yes ID mine|partner [--no]
  trustjournal agreement review ID keep|end [--next D]
  trustjournal timeline [--from D] [--to D] [--json]
                the last 90 days unless told; --json prints one object with checkins,
                events, agreements, moods, trends and together (check-ins done together)
  trustjournal prompt [--json]                 the prompt of the day
  trustjournal prompts [--theme T] [--for hurt|involved|individual|any] [--json]
                for the role and stage set with `settings` unless --for says whom;
                --all lists every prompt, each saying whom it is for
  trustjournal settings [--json]               the journal's own settings
  trustjournal settings role hurt|involved|individual|unsaid
                who is writing, as in the app's Settings: the prompts follow it
  trustjournal settings phase early|middle|later|unsaid
                roughly where you are: early days, working through it, rebuilding

 your recovery path, and questionnaire totals (not a diagnosis):
  trustjournal path [show] [--json]            where you are, its signposts and history
  trustjournal path move PHASE [--date D]      atone|attune|attach together,
                safety|grief|rebuilding on your own; moving back is fine too
  trustjournal path part separated|left [--date D]
                the path together becomes the path on your own; its history stays
  trustjournal path marker ID [--done|--undone] [--date D]
  trustjournal score add NAME TOTAL [--date D] [--range LOW HIGH]
                PCL-5, PHQ-9, GAD-7, CSI-16, or your own with its range
  trustjournal score list [--json]             every total, and the change since the first

 preparing a disclosure, and unsent letters (TEXT may be -, read from standard input):
  trustjournal disclosure [show] [--json]      the warning, and everything in the workspace
  trustjournal disclosure questions [list [--json] | add TEXT | mark ID open|partly|answered | remove ID]
  trustjournal disclosure ledger [list [--json] | add TEXT [--date D] [--not-new] | remove ID]
  trustjournal disclosure topics [list [--json] | add TEXT [--from-partner]]
  trustjournal disclosure days [list [--json] | plan D | held ID [--date D] [--note TEXT]]
  trustjournal disclosure checklist [list [--json] | add TEXT | tick ID [--undone]]
  trustjournal disclosure delete-preparation
                deletes the checklist, the topics typed in and the disclosure letter drafts
  trustjournal letter add impact|amends|self|disclosure [--title T] TEXT
  trustjournal letter list [--json]            letters go in no export unless chosen

 exporting for therapy (D is a date, YYYY-MM-DD):
  trustjournal export --format pdf|md|html|txt|json -o FILE
      [--from D] [--to D] [--since-last-session] [--tag NAME]... [--emotion NAME]...
      [--flagged-only] [--include-private] [--redact WORD]... [--no-summary] [--chart]
      [--scores] [--no-path] [--letter ID]... [--no-pictures] [--protect] [--name-app]
                since the last therapy session unless told (else the last 30 days); private
                entries only with --include-private; --redact adds to the saved list of names;
                --protect (PDF only) asks for a password twice; --paper a4|letter;
                the file names no app unless --name-app
  trustjournal add --discuss ...   flags an entry to talk about in therapy (--flagged-only)

 bringing your journal from elsewhere:
  trustjournal import jrnl|jrnl-json|dayone|daylio|markdown|trustjournal|auto PATH [--dry-run]
                shows what PATH holds, then imports all of it or nothing; importing again adds
                nothing; the file is left as it was (you may want to delete it afterwards)
"""  # noqa: E501

ATTACHMENT_COMMANDS = """
 pictures and files on entries:
  trustjournal attach ENTRY FILE... [--caption TEXT]
                pictures are written anew without their location, camera serial numbers, XMP
                or IPTC (turned upright; the day taken is kept); PDFs lose their author
                fields; up to 256 MB a file, 80 million pixels a picture; if any file cannot
                be attached, none is
  trustjournal attachments ENTRY [--save-to DIR] [--json]
                list them (id, name, type, size); --save-to writes each into DIR under a
                safe name, never over a file already there; `list --json` shows each
                entry's attachments too
"""
NO_SUCH_FOLDER = "There is no folder at {path}. Make it first, or name another."
AUTHOR_NOT_REMOVED = "Its author fields could not be removed (the PDF is locked or unusual)."

DATA_DIR_OPTION = (
    "the journal's folder (default: $TRUSTJOURNAL_DATA_DIR, else your user data folder)"
)
DESCRIPTOR_OPTION = (
    "read passphrases, recovery codes and passwords as lines from file descriptor N "
    "instead of asking at the terminal"
)

LANG_OPTION = (
    "speak this language (a code such as de or es_MX; pseudo shows what is not translated); "
    "default: the system's language"
)
OPTIONS_HEADING = "options:"


def options() -> str:
    """The main help's block of global options, in the chosen language."""
    rows = (
        ("--data-dir DIR", _(DATA_DIR_OPTION)),
        ("--passphrase-fd N", _(DESCRIPTOR_OPTION)),
        ("--lang CODE", _(LANG_OPTION)),
    )
    lines = (
        textwrap.fill(text, width=100, initial_indent=f"  {name:<19}", subsequent_indent=" " * 21)
        for name, text in rows
    )
    return _(OPTIONS_HEADING) + "\n" + "".join(line + "\n" for line in lines)


EPILOG = """\
Moving to a new computer: `trustjournal backup --to FOLDER` on the old one, then
`trustjournal restore FILE` on the new one, with the passphrase of that day.
Words typed on the command line can stay in your shell's history, and other users of
this computer can see them in the list of running programs. So every option that can
hold private words (an entry's TEXT, titles, notes, details, --search, --redact) takes
- to read them from standard input instead: printf '%s' "..." | trustjournal add -
Secrets are asked for at the terminal without echo. Exit status: 0 done, 1 a problem
explained on one line, 2 a command used the wrong way.
"""

STOPPED = "Stopped. Nothing more was changed."

# Private words read from standard input (trustjournal.cli.terminal.stdin).
FROM_STDIN = "{what}; - reads it from standard input, out of your shell's history"
LINES_FROM_STDIN = (
    "{what}; - reads them from standard input, one a line, out of your shell's history"
)
STDIN_NOT_TEXT = (
    "What came on standard input is not UTF-8 text. Send it as UTF-8 (most editors "
    "offer it under Save As) and try again; nothing was changed."
)
ARGUMENT_NOT_TEXT = (
    "Something typed on the command line is not UTF-8 text, so it was not used. Check "
    "the terminal's language settings, or send the words as UTF-8 through standard "
    "input with -; nothing was changed."
)
ONE_FROM_STDIN = (
    "Only one option can be read from standard input at a time; give the others "
    "as words, or run the command once for each."
)

# What `export` says (trustjournal.cli.export_commands).
NOT_PROTECTED = (
    "This file is no longer protected by your journal's passphrase. Keep it somewhere "
    "only you can reach, and delete it when you no longer need it."
)
PROTECTED = (
    "This file is no longer protected by your journal's passphrase, only by the "
    "password you just chose. Share that password with your therapist separately."
)


def exported(count: int, start: dt.date, end: dt.date, path: object) -> str:
    """What `export` says when the file is written."""
    return counted(
        count,
        "Exported {count} entry from {start} to {end} to {path}.",
        "Exported {count} entries from {start} to {end} to {path}.",
        start=short_date(start),
        end=short_date(end),
        path=path,
    )


# How the trust-rebuilding timeline reads in a terminal (trustjournal.cli.trust_commands).
# Needs met and an agreement's status as said inside a line; the keys stay English ids.
NEEDS_MET_WORDS = {"yes": N_("yes"), "partly": N_("partly"), "no": N_("no")}
STATUS_WORDS = {"active": N_("active"), "revised": N_("revised"), "retired": N_("retired")}


def checkin_line(checkin: Checkin) -> str:
    from trustjournal.core.records.trust import dimension_word  # see TYPE_CHECKING above

    scores = ", ".join(
        _("{part} {score}").format(part=dimension_word(name), score=score)
        for name, score in checkin.scores.items()
    )
    parts = [_("check-in"), scores or _("no scores")]
    if checkin.needs_met:
        met = NEEDS_MET_WORDS.get(checkin.needs_met)
        answer = _(met) if met else checkin.needs_met
        parts.append(_("needs met: {answer}").format(answer=answer))
    if checkin.note:
        parts.append(checkin.note)
    return "  ".join(parts)


def event_line(event: Event) -> str:
    from trustjournal.core.records.trust import event_kind_word  # see TYPE_CHECKING above

    parts = [event_kind_word(event.kind), event.title]
    if event.intensity is not None:
        parts.append(_("intensity {intensity}").format(intensity=event.intensity))
    if event.minutes_to_calm is not None:
        minutes = event.minutes_to_calm
        parts.append(_("calm again after {minutes} min").format(minutes=minutes))
    if event.note:
        parts.append(event.note)
    return "  ".join(parts)


def status_word(status: str) -> str:
    """An agreement's status, padded to the longest in this language so titles line up."""
    width = max(len(_(word)) for word in STATUS_WORDS.values())
    word = _(STATUS_WORDS[status]) if status in STATUS_WORDS else status
    return f"{word:<{width}}"


def agreement_line(agreement: Agreement) -> str:
    made = short_date(agreement.made)
    status = status_word(agreement.status)
    if agreement.review is None:
        return _("#{id}  {status}  made {made}  no review date  {title}").format(
            id=agreement.id, status=status, made=made, title=agreement.title
        )
    return _("#{id}  {status}  made {made}  review {review}  {title}").format(
        id=agreement.id,
        status=status,
        made=made,
        review=short_date(agreement.review),
        title=agreement.title,
    )


def prompt_line(prompt: Prompt) -> str:
    from trustjournal.core.language import content  # see TYPE_CHECKING above

    whom = AUDIENCE_WORDS.get(prompt.audience)
    return _("{id}  [{theme}] ({for_whom})  {text}").format(
        id=prompt.id,
        theme=prompt.theme or _("own"),  # the id `--theme` takes
        for_whom=_(whom) if whom else prompt.audience,
        text=content.prompt_text(prompt),
    )


def timeline_lines(timeline: Timeline, show_days_since_discovery: bool = False) -> Iterator[str]:
    yield _("Your timeline from {start} to {end}").format(
        start=short_date(timeline.start), end=short_date(timeline.end)
    )
    together = _("together  a check-in done together (--json shows it)")
    dated: list[tuple[dt.date, int, str]] = []
    dated += [(c.day, 0, checkin_line(c)) for c in timeline.checkins]
    dated += [(e.day, 1, event_line(e)) for e in timeline.events]
    dated += [(m.day, 2, mood_of_day(m.mood, m.entries)) for m in timeline.moods]
    dated += [(t.day, 3, together) for t in timeline.together]
    dated.sort(key=lambda item: (item[0], item[1]))
    yield from dated_lines([(day, text) for day, _order, text in dated])
    if not dated:
        yield "  " + _("Nothing recorded in these days yet.")
    yield from trends_lines(timeline.trends, show_days_since_discovery)


def dated_lines(dated: list[tuple[dt.date, str]], indent: str = "  ") -> Iterator[str]:
    """One line a day, oldest first as given, the days said in the language and padded to
    the longest so that what follows them lines up."""
    days = [short_date(day) for day, _text in dated]
    width = max(map(len, days), default=0)
    for day, (_day, text) in zip(days, dated, strict=True):
        yield f"{indent}{day:<{width}}  {text}"


def mood_of_day(mood: float, entries: int) -> str:
    return counted(
        entries,
        "mood {mood:.1f} ({count} entry)",
        "mood {mood:.1f} ({count} entries)",
        mood=Number(mood),
    )


def triggers(count: int) -> str:
    return counted(count, "{count} trigger", "{count} triggers")


def series_word(name: str) -> str:
    """A trend's name inside a line: the mood, or a part of trust."""
    from trustjournal.core.records.trust import DIMENSION_WORDS, dimension_word  # see above

    return dimension_word(name) if name in DIMENSION_WORDS else _("mood")


def trends_lines(trends: Trends, show_days_since_discovery: bool = False) -> Iterator[str]:
    if show_days_since_discovery and trends.days_since_discovery is not None:
        days = Number(trends.days_since_discovery)
        yield _("Days since discovery: {days}").format(days=days)
    changes = [
        _("{series} {change}").format(series=series_word(name), change=_change(change))
        for name, change in trends.changes.items()
        if change.current is not None
    ]
    if changes:
        yield _("Compared with the period before: {changes}").format(changes=", ".join(changes))
    for month in trends.triggers_by_month:
        parts = [triggers(month.count)]
        if month.average_intensity is not None:
            intensity = Number(month.average_intensity)
            parts.append(_("average intensity {intensity:.1f}").format(intensity=intensity))
        if month.average_minutes_to_calm is not None:
            minutes = Number(month.average_minutes_to_calm)
            parts.append(_("calm again after {minutes:.0f} min on average").format(minutes=minutes))
        year, number = (int(part) for part in month.month.split("-"))
        yield _("Triggers in {month}: {details}").format(
            month=month_and_year(number, year), details=", ".join(parts)
        )


def _change(change: PeriodChange) -> str:
    now = f"{Number(change.current):.1f}" if change.current is not None else "-"
    if change.change is None:
        return _("{now} (nothing to compare with)").format(now=now)
    return f"{now} ({Number(change.change):+.1f})"


# A new recovery code that waits, unconfirmed, inside the journal (a key change stopped,
# or made in the app and not yet confirmed): `recovery-code` shows it, `--stored` deletes it.
REKEY_STOPPED = (
    "Stopped once the new key was in place: your journal is now encrypted with a new key, "
    "and your old recovery code no longer opens it. The new recovery code was not shown; "
    "it waits inside the journal. Run 'trustjournal recovery-code' to see it."
)
CODE_WAITS = (
    "Note: your new recovery code, from your last key change, waits for you to store it; "
    "run 'trustjournal recovery-code' to see it."
)
CODE_WAITS_SHOWN = """\
Your new recovery code, from your last key change, waits for you to store it (your old
code no longer opens the journal):

Recovery code: {code}

Once you have written it down, run 'trustjournal recovery-code --stored' and it is
deleted from the journal."""
CODE_SHOWN = """\
Your new recovery code, from your last key change (your old code no longer opens the
journal):

Recovery code: {code}

It is the only way back in if you forget your passphrase. Write it down and keep it
somewhere only you can reach, then run 'trustjournal recovery-code --stored': until
then it waits inside the journal and each command reminds you."""
NO_CODE_WAITS = (
    "No new recovery code is waiting: the one you stored after your last key change "
    "(or when you created the journal) is the one that opens it."
)
CODE_STORED = (
    "Thank you. The new recovery code is deleted from the journal; keep your written copy "
    "somewhere only you can reach."
)


# After an unlock through journal.key.bak: one line on stderr, then the command goes on.
OPENED_THROUGH_BACKUP = (
    "Note: journal.key was damaged or changed, so its backup copy, journal.key.bak, opened "
    "the journal; run 'trustjournal doctor --repair' to mend journal.key from it."
)


# Whom a prompt is for, as the app's Settings say it
# (trustjournal.cli.settings_commands; `prompts` labels each prompt with these). The same
# words as the app's Prompts page (ui/trust/prompts/texts.py), so translated once.
AUDIENCE_WORDS = {
    "hurt": N_("for the partner who was hurt"),
    "involved": N_("for the partner who broke trust"),
    "individual": N_("for healing on your own"),
    "any": N_("for anyone"),
}
# Who is writing and where they are, said back by `settings role` and `settings phase`.
ROLE_SET = {
    "hurt": N_(
        "Who is writing: the partner who was hurt. The prompts follow it, here and in the app."
    ),
    "involved": N_(
        "Who is writing: the partner who broke trust. The prompts follow it, here and in the app."
    ),
    "individual": N_(
        "Who is writing: healing on your own. The prompts follow it, here and in the app."
    ),
    "unsaid": N_(
        "Who is writing: not said. Every prompt is listed, and the prompt of the day "
        "is one that suits anyone."
    ),
}
PHASE_SET = {
    "early": N_("Where you are: the early days. The prompts follow it, here and in the app."),
    "middle": N_("Where you are: working through it. The prompts follow it, here and in the app."),
    "later": N_("Where you are: rebuilding. The prompts follow it, here and in the app."),
    "unsaid": N_("Where you are: not said. Prompts for every stage are offered."),
}
# What `prompts` says (on stderr) when the journal's settings and path narrowed the list:
# one whole sentence for each way; {whom} is a word above, {phase} the path's phase name.
PROMPTS_FOLLOWED = {
    (True, False): N_(
        "Prompts {whom}, as set with 'trustjournal settings'; --all lists every prompt."
    ),
    (False, True): N_(
        "Prompts for the {phase} phase (with those for any phase), as set with "
        "'trustjournal path'; --all lists every prompt."
    ),
    (True, True): N_(
        "Prompts {whom} and for the {phase} phase (with those for any phase), as set with "
        "'trustjournal settings' and 'trustjournal path'; --all lists every prompt."
    ),
}


def prompts_followed(role: str | None, phase: str | None) -> str:
    """What `prompts` says (on stderr) when the journal's settings narrowed the list."""
    from trustjournal.core.journal.path.phases import phase_name  # see TYPE_CHECKING above

    whom = _(AUDIENCE_WORDS[role]) if role else ""
    phase_said = phase_name(phase) if phase else ""
    return _(PROMPTS_FOLLOWED[bool(role), bool(phase)]).format(whom=whom, phase=phase_said)


def role_set(role: str) -> str:
    return _(ROLE_SET[role])


def phase_set(phase: str) -> str:
    return _(PHASE_SET[phase])


# A value on the command line that does not fit: a usage error (exit 2) for argparse, in
# one line without a full stop, as argparse ends its own lines.
NOT_A_DATE_ARGUMENT = "'{text}' is not a date; use YYYY-MM-DD"
NOT_A_COUNT = "'{text}' is not a number of entries (1 or more)"
NOT_A_MOOD_PAIR = "'{text}' is not NAME=1-5, for example sad=2"
NOT_A_NUMBER_FROM_TO = "'{text}' is not {what}; use a whole number from {low} to {high}"
NOT_A_NUMBER_OR_MORE = "'{text}' is not {what}; use a whole number of {low} or more"
NOT_A_SCORE = (
    "'{text}' needs the form DIMENSION=0-10, like safety=6; the dimensions are {dimensions}"
)
NOT_A_DIMENSION = "'{name}' is not a check-in dimension; choose from {dimensions}"
# The same for a date given where argparse does not check it (a whole sentence).
NOT_A_DATE = "'{text}' is not a date; write it as YYYY-MM-DD."

# --passphrase-fd: a secret read from a file descriptor. `{secret}` is what was asked for,
# in lower case ("passphrase", "new passphrase").
FD_UNREADABLE = (
    "Could not read from file descriptor {fd}. Check the number given to --passphrase-fd."
)
FD_ENDED = "File descriptor {fd} ended before the {secret} was given."
FD_NOT_UTF8 = "The {secret} from file descriptor {fd} is not UTF-8 text."

# argparse's own words (Python 3.11), looked up through the `_` it took from gettext, which
# cli/__init__.py points at our catalogue: marked here to be extracted with the rest.
ARGPARSE_WORDS = (
    N_("usage: "),
    N_("options"),
    N_("positional arguments"),
    N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("expected one argument"),
    N_("expected at least one argument"),
    N_("expected at most one argument"),
    N_("ignored explicit argument %r"),
    N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"),
    N_("can't open '%(filename)s': %(error)s"),
)


# An import's progress on a terminal (one rewritten line).
def entries_read(count: int) -> str:
    return counted(count, "Reading… {count:,} entry", "Reading… {count:,} entries")


def entries_imported(count: int, total: int | None) -> str:
    if not total:
        return counted(count, "Importing… {count:,} entry", "Importing… {count:,} entries")
    return counted(
        count,
        "Importing… {count:,} entry ({share}%)",
        "Importing… {count:,} entries ({share}%)",
        share=count * 100 // total,
    )


spoken(__name__)
