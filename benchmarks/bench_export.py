"""Exporting for therapy: 1,000 entries to PDF with the chart must take under 10 s.

    python benchmarks/bench_export.py                 # -> benchmarks/out/export-1000/
    python benchmarks/bench_export.py --sample-pages docs/screenshots

The journal holds 1,000 entries (20 to 400 words each, from generate.py's words)
over one year, a check-in every week, and a therapy session, a trigger and a
breakthrough each month. The figure is the median of three runs of building the
export and painting it to PDF bytes, chart included (writing the file adds no
more than a write). The run fails at 10 s or more.

The second run (alone with --long-paragraph) exports one entry of 0.25, 1 and 4 MB,
as one paragraph and as short lines: the time must grow in step with the text, and
a 1 MB paragraph must take under 5 s.

The third (alone with --long-word) exports one entry that is one unbroken word of
100,000, 1,000,000 and 20,000,000 characters (--word-sizes), and 1 MB of ordinary
words beside them: per MB, each word must cost at most 3 times what the words cost in
the same run.

--sample-pages renders a small, realistic sample export (A4, chart, a name
redacted, a passage withheld, a transparency arrangement, questionnaire totals) to PNG
pages with pdftoppm, for docs/screenshots.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import io
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

from generate import drafts
from pypdf import PdfReader

from trustjournal.core.clock import ManualClock
from trustjournal.core.exchange.build import build_export
from trustjournal.core.exchange.export import render
from trustjournal.core.exchange.model import ExportOptions
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.disclosure import ArrangementDraft
from trustjournal.core.records.entries import EntryDraft
from trustjournal.core.records.together import TogetherAnswers, TogetherDraft
from trustjournal.core.records.trust import (
    DIMENSIONS,
    AgreementDraft,
    CheckinDraft,
    EventDraft,
)
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.paths import VaultPaths
from trustjournal.core.vault.stores.entries import EntryStore
from trustjournal.core.vault.vault import Vault

PASSPHRASE = "benchmark journals open with this long passphrase"
FOLDER = Path(__file__).parent / "out" / "export-1000"
ENTRIES = 1000
END = dt.date(2026, 10, 31)
START = END - dt.timedelta(days=364)
NOW = dt.datetime(2026, 11, 1, 12, 0, tzinfo=dt.UTC)
LIMIT_S = 10.0
REPEATS = 3


def fill(journal: Journal) -> None:
    spread = [
        dataclasses.replace(draft, day=START + dt.timedelta(days=n % 365), private=False)
        for n, draft in enumerate(drafts(ENTRIES, seed=11))
    ]
    EntryStore(journal.vault.database).insert_many(spread, NOW)
    for week in range(0, 365, 7):
        scores = {name: 3 + (week // 7 + i) % 6 for i, name in enumerate(DIMENSIONS)}
        journal.checkins.add(CheckinDraft(day=START + dt.timedelta(days=week), scores=scores))
    for month in range(12):
        first = START + dt.timedelta(days=30 * month)
        journal.events.add(EventDraft(day=first, kind="therapy", title="Couples session"))
        journal.events.add(
            EventDraft(
                day=first + dt.timedelta(days=9),
                kind="trigger",
                title="A late message",
                intensity=6,
                minutes_to_calm=30,
            )
        )
        journal.events.add(
            EventDraft(day=first + dt.timedelta(days=20), kind="breakthrough", title="Good talk")
        )


def open_journal() -> Journal:
    if not VaultPaths(FOLDER).exists():
        vault, _code = Vault.create(FOLDER, PASSPHRASE, params=FLOOR)
        fill(Journal(vault, clock=ManualClock(NOW)))
        vault.close()
    return Journal(Vault.unlock(FOLDER, PASSPHRASE), clock=ManualClock(NOW))


def bench() -> int:
    journal = open_journal()
    options = ExportOptions(date_from=START, date_to=END, chart=True)
    timings, pages = [], 0
    try:
        for _ in range(REPEATS):
            began = time.perf_counter()
            document = build_export(journal, options)
            data = render(document, "pdf")
            timings.append(time.perf_counter() - began)
        assert len(document.entries) == ENTRIES, len(document.entries)
        pages = len(PdfReader(io.BytesIO(data)).pages)
    finally:
        journal.close()
    seconds = statistics.median(timings)
    print(f"{platform.machine()} {platform.python_version()}, load {os.getloadavg()[0]:.1f}")
    print(
        f"export {ENTRIES:,} entries to PDF with the chart: {seconds:.2f} s "
        f"(median of {REPEATS}; {len(data) / 1e6:.1f} MB, {pages} pages)"
    )
    if seconds >= LIMIT_S:
        print(f"FAIL: {seconds:.2f} s is not under {LIMIT_S:.0f} s")
        return 1
    return 0


# -- a realistic sample, for the page images in docs/screenshots ---------------------

SAMPLE_NOW = dt.datetime(2026, 3, 20, 18, 0, tzinfo=dt.UTC)


def d(month: int, day: int) -> dt.date:
    return dt.date(2026, month, day)


SAMPLE_ENTRIES = [
    EntryDraft(
        day=d(3, 7),
        title="After the session",
        body=(
            "We talked about what transparency means for each of us. I said out loud that "
            "I don't want to check his phone, I want to **not need to**. That felt important.\n\n"
            "Sam listened without getting defensive. I noticed my shoulders drop."
        ),
        mood=3,
        emotions=("heard", "anxious", "hopeful"),
        tags=("therapy", "transparency"),
        discuss=True,
    ),
    EntryDraft(
        day=d(3, 9),
        title="A hard evening",
        body=(
            "His phone buzzed during dinner and my whole body went cold. I asked, he showed me "
            "without being asked twice. It was his sister.\n\n"
            "[[withhold]]I still went through his messages later that night and I feel ashamed "
            "of it.[[/withhold]]\n\n"
            "It took me about forty minutes to come back to myself. Breathing with the 4-7-8 "
            "count helped more than I expected."
        ),
        mood=2,
        emotions=("fear", "suspicion", "shame"),
        tags=("trigger", "phone"),
        discuss=True,
    ),
    EntryDraft(
        day=d(3, 11),
        title="",
        body=(
            "Small thing: Sam made tea and sat with me while I wrote. No big talk, just "
            "company. I want to remember that these quiet moments count too."
        ),
        mood=4,
        emotions=("calm", "supported"),
        tags=("connection",),
        activities=("quiet time together",),
    ),
    EntryDraft(
        day=d(3, 12),
        title="Just for me",
        body="Something I am not ready to share with anyone yet.",
        mood=2,
        private=True,
    ),
    EntryDraft(
        day=d(3, 14),
        title="Walking and talking",
        body=(
            "We walked to the lake. Sam told me about the day he ended contact with Alex, "
            "without me having to ask. Hearing it from him, not finding it out, made a "
            "difference.\n\n"
            "What I still need:\n\n"
            "- to know I can ask questions without it becoming a fight\n"
            "- time, and patience with myself"
        ),
        mood=4,
        emotions=("hopeful", "understood", "sad"),
        tags=("honesty", "walk"),
        activities=("a walk together",),
    ),
    EntryDraft(
        day=d(3, 17),
        title="Tired",
        body=(
            "Work was long. I noticed I was more irritable with him, and that it was about "
            "tiredness, not about us. Naming that helped."
        ),
        mood=3,
        emotions=("on edge",),
        tags=("self-care",),
    ),
    EntryDraft(
        day=d(3, 19),
        title="Before Thursday's session",
        body=(
            "Things I would like to bring up:\n\n"
            "1. How we handle the moments when I get scared: what helps, what doesn't.\n"
            "2. Whether our weekly check-in can move to Sunday mornings.\n"
            "3. That I am proud of how we talked at the lake."
        ),
        mood=4,
        emotions=("hopeful", "proud"),
        tags=("therapy",),
        discuss=True,
    ),
]


def together_sample(day: dt.date, mine: int, theirs: int) -> TogetherDraft:
    """A check-in done together whose partner agreed to therapy exports."""

    def answers(score: int) -> TogetherAnswers:
        scores = {"safety": score, "honesty": score - 1, "closeness": score + 1}
        return TogetherAnswers("partly", scores, "A walk", "Patience", "Tea", "Sunday", "Thanks")

    return TogetherDraft(
        day=day, owner=answers(mine), partner=answers(theirs), partner_consents=True
    )


def fill_sample(journal: Journal) -> None:
    journal.events.add(EventDraft(day=d(2, 7), kind="therapy", title="Couples session"))
    journal.agreements.add(
        AgreementDraft(
            title="Phones stay face up and unlocked at home",
            made=d(2, 7),
            review=d(4, 4),
            details="Either of us can ask to see the other's phone, and it is shown calmly.",
        )
    )
    journal.agreements.add(
        AgreementDraft(title="A weekly check-in, twenty minutes, no screens", made=d(2, 21))
    )
    journal.events.add(EventDraft(day=d(3, 6), kind="therapy", title="Couples session"))
    journal.events.add(
        EventDraft(
            day=d(3, 9),
            kind="trigger",
            title="Phone buzzed at dinner",
            intensity=7,
            minutes_to_calm=40,
        )
    )
    journal.events.add(
        EventDraft(day=d(3, 14), kind="breakthrough", title="He told me without my asking")
    )
    for day, base in ((d(2, 13), 3), (d(2, 20), 3), (d(2, 27), 4), (d(3, 6), 4), (d(3, 13), 5)):
        scores = {name: min(10, base + i % 3) for i, name in enumerate(DIMENSIONS)}
        journal.checkins.add(CheckinDraft(day=day, scores=scores, needs_met="partly"))
    journal.checkins.add(
        CheckinDraft(day=d(3, 19), scores={n: 6 for n in DIMENSIONS}, needs_met="yes")
    )
    for day, mine, theirs in ((d(2, 24), 4, 6), (d(3, 8), 4, 6), (d(3, 17), 6, 7)):
        journal.together.add(together_sample(day, mine, theirs))
    for offset, mood in enumerate((2, 3, 2, 3, 3, 2, 3, 3, 4, 3, 3, 2, 3, 3, 4, 3, 3, 3)):
        journal.add_entry(
            EntryDraft(day=d(2, 10) + dt.timedelta(days=offset), body="A few words.", mood=mood)
        )
    for draft in SAMPLE_ENTRIES:
        journal.add_entry(draft)
    journal.settings.set("redact_words", ["Alex"])
    fill_sample_recovery(journal)


def fill_sample_recovery(journal: Journal) -> None:
    """Issue 24 on the chart: an arrangement both said yes to, and two questionnaires'
    totals (the sample exports them: the person chose to)."""
    journal.arrangements.make(
        AgreementDraft(title="We share locations while we rebuild", made=d(2, 7)),
        ArrangementDraft("location", d(2, 7), days=90, my_yes=True, partner_yes=True),
    )
    for name, day, total in (
        ("PHQ-9", d(3, 7), 14),
        ("PHQ-9", d(3, 18), 10),
        ("GAD-7", d(3, 8), 11),
        ("GAD-7", d(3, 16), 8),
    ):
        journal.scores.add(name, total, day)


def sample_pages(folder: Path) -> None:
    if shutil.which("pdftoppm") is None:
        raise SystemExit("pdftoppm is missing: apt-get install -y poppler-utils")
    with tempfile.TemporaryDirectory(dir=Path(__file__).parent / "out") as scratch:
        vault, _code = Vault.create(Path(scratch) / "vault", PASSPHRASE, params=FLOOR)
        journal = Journal(vault, clock=ManualClock(SAMPLE_NOW))
        try:
            fill_sample(journal)
            document = build_export(journal, ExportOptions(chart=True, scores=True))
            pdf = Path(scratch) / "sample.pdf"
            pdf.write_bytes(render(document, "pdf", page_size="a4"))
        finally:
            journal.close()
        for old in folder.glob("export-page-*.png"):
            old.unlink()
        subprocess.run(
            ["pdftoppm", "-r", "110", "-png", str(pdf), str(folder / "export-page")], check=True
        )
    for page in sorted(folder.glob("export-page-*.png")):
        print(page)


# -- one very long paragraph ---------------------------------------------------------

PARAGRAPH_LIMIT_S = 5.0  # for 1 MB in one paragraph
PARAGRAPH_WORDS = [
    "we",
    "talked",
    "about",
    "the",
    "garden",
    "and",
    "what",
    "trust",
    "means",
    "to",
    "me",
    "now",
    "honestly",
]


def long_text(size: int, lines: bool) -> str:
    """`size` characters of words in one paragraph, or the same words a line each sentence."""
    words = (PARAGRAPH_WORDS[n % len(PARAGRAPH_WORDS)] for n in range(size // 4))
    text = " ".join(words)[:size]
    return text.replace("honestly ", "honestly\n") if lines else text


def bench_long_paragraph() -> int:
    """PDF time for one entry of 0.25, 1 and 4 MB, as one paragraph and as lines: it must
    grow in step with the text (it grew with its square), 1 MB under 5 s."""
    failed = False
    with tempfile.TemporaryDirectory() as folder:
        vault, _code = Vault.create(Path(folder) / "vault", PASSPHRASE, params=FLOOR)
        journal = Journal(vault, clock=ManualClock(NOW))
        try:
            for size in (250_000, 1_000_000, 4_000_000):
                for lines in (False, True):
                    entry = journal.add_entry(
                        EntryDraft(day=END, title="Long", body=long_text(size, lines))
                    )
                    document = build_export(journal, ExportOptions(date_from=END, date_to=END))
                    began = time.perf_counter()
                    render(document, "pdf")
                    seconds = time.perf_counter() - began
                    journal.delete_entry(entry.id)
                    shape = "in lines" if lines else "one paragraph"
                    print(f"{size / 1e6:.2f} MB {shape}: {seconds:.2f} s", flush=True)
                    if size == 1_000_000 and not lines and seconds >= PARAGRAPH_LIMIT_S:
                        print(f"FAIL: {seconds:.2f} s is not under {PARAGRAPH_LIMIT_S:.0f} s")
                        failed = True
        finally:
            journal.close()
    return 1 if failed else 0


# -- one unbroken word (issue 20, item 12) --------------------------------------------

# An unbroken word may cost at most this many times what ordinary words cost per MB,
# measured in the same run (so a busy machine slows both): it grew with its square
# (1 MB took over 2 minutes on the busy 2-core build machine, 20 MB never finished).
WORD_RATIO_LIMIT = 3.0
WORD_SIZES = (100_000, 1_000_000, 20_000_000)


def pdf_seconds(journal: Journal, body: str) -> float:
    entry = journal.add_entry(EntryDraft(day=END, title="Long", body=body))
    try:
        document = build_export(journal, ExportOptions(date_from=END, date_to=END))
        began = time.perf_counter()
        render(document, "pdf")
        return time.perf_counter() - began
    finally:
        journal.delete_entry(entry.id)


def bench_long_word(sizes: tuple[int, ...]) -> int:
    """PDF time for one entry that is one unbroken word of each size, beside 1 MB of
    ordinary words in one paragraph: per MB, the word must cost at most 3 times as much."""
    failed = False
    with tempfile.TemporaryDirectory() as folder:
        vault, _code = Vault.create(Path(folder) / "vault", PASSPHRASE, params=FLOOR)
        journal = Journal(vault, clock=ManualClock(NOW))
        try:
            words = pdf_seconds(journal, long_text(1_000_000, lines=False))
            print(f"1 MB of words, one paragraph: {words:.2f} s", flush=True)
            for size in sizes:
                seconds = pdf_seconds(journal, "x" * size)
                ratio = (seconds / (size / 1e6)) / words
                print(
                    f"{size / 1e6:g} MB unbroken word: {seconds:.2f} s "
                    f"({ratio:.2f} times the words' cost per MB)",
                    flush=True,
                )
                if ratio > WORD_RATIO_LIMIT:
                    print(f"FAIL: more than {WORD_RATIO_LIMIT:g} times the words' cost per MB")
                    failed = True
        finally:
            journal.close()
    return 1 if failed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample-pages", type=Path, metavar="DIR")
    parser.add_argument("--long-paragraph", action="store_true", help="only the long paragraph")
    parser.add_argument("--long-word", action="store_true", help="only the unbroken word")
    parser.add_argument(
        "--word-sizes",
        type=lambda text: tuple(int(n) for n in text.split(",")),
        default=WORD_SIZES,
        metavar="N,N",
        help="characters in the unbroken words (100000,1000000,20000000)",
    )
    arguments = parser.parse_args()
    if arguments.sample_pages is not None:
        (Path(__file__).parent / "out").mkdir(exist_ok=True)
        sample_pages(arguments.sample_pages)
        return 0
    if arguments.long_paragraph:
        return bench_long_paragraph()
    if arguments.long_word:
        return bench_long_word(arguments.word_sizes)
    return bench() or bench_long_paragraph() or bench_long_word(arguments.word_sizes)


if __name__ == "__main__":
    sys.exit(main())
