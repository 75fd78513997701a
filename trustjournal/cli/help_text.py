"""The words `trustjournal --help` prints: one block, so it reads like a short manual."""

import textwrap

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
                write an encrypted backup (TrustJournal-backup-DATE-TIME.tjbackup), or list them
  restore FILE [--replace]
                restore a backup; --replace moves the journal that is here aside, never deletes it
  rekey         encrypt the journal with a new key; prints a new recovery code once, on a line
                that starts with "Recovery code: "; old key files and the old code stop working
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
  trustjournal timeline [--from D] [--to D] [--json]
                the last 90 days unless told; --json prints one object with checkins,
                events, agreements, moods, trends and together (check-ins done together)
  trustjournal prompt [--json]                 the prompt of the day
  trustjournal prompts [--theme T] [--for hurt|involved|individual|any] [--json]

 exporting for therapy (D is a date, YYYY-MM-DD):
  trustjournal export --format pdf|md|html|txt|json -o FILE
      [--from D] [--to D] [--since-last-session] [--tag NAME]... [--emotion NAME]...
      [--flagged-only] [--include-private] [--redact WORD]... [--no-summary] [--chart]
      [--protect] [--name-app]
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

DATA_DIR_OPTION = (
    "the journal's folder (default: $TRUSTJOURNAL_DATA_DIR, else your user data folder)"
)
DESCRIPTOR_OPTION = (
    "read passphrases, recovery codes and passwords as lines from file descriptor N "
    "instead of asking at the terminal"
)

OPTIONS = "options:\n" + "".join(
    textwrap.fill(text, width=100, initial_indent=f"  {name:<19}", subsequent_indent=" " * 21)
    + "\n"
    for name, text in (
        ("--data-dir DIR", DATA_DIR_OPTION),
        ("--passphrase-fd N", DESCRIPTOR_OPTION),
    )
)

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
