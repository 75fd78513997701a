"""The timeline query on ten years of history: it must answer in under 50 ms.

    python benchmarks/bench_timeline.py          # -> benchmarks/out/timeline-10y/

The journal holds ten years of weekly check-ins (every dimension scored), a mood
every day, and 500 events (a fifth of them triggers, with intensity and minutes
to calm) plus a discovery. The same seed always gives the same journal. Each
figure is the median of repeated runs of `Journal.timeline`, trends included;
the run fails if the ten-year query takes 50 ms or more. Figures are recorded
in bench_timeline.md.
"""

from __future__ import annotations

import datetime as dt
import platform
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_core import median_ms

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft
from trustjournal.core.records.trust import DIMENSIONS, EVENT_KINDS, CheckinDraft, EventDraft
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.paths import VaultPaths
from trustjournal.core.vault.stores.entries import EntryStore
from trustjournal.core.vault.vault import Vault

PASSPHRASE = "benchmark journals open with this long passphrase"
FOLDER = Path(__file__).parent / "out" / "timeline-10y"
END = dt.date(2026, 10, 31)
START = END - dt.timedelta(days=3652)
NOW = dt.datetime(2026, 11, 1, 12, 0, tzinfo=dt.UTC)
EVENTS = 500
LIMIT_MS = 50.0


def fill(journal: Journal, rng: random.Random) -> None:
    days = [START + dt.timedelta(days=n) for n in range((END - START).days + 1)]
    moods = [EntryDraft(day=day, body="a few words", mood=rng.randint(1, 5)) for day in days]
    EntryStore(journal.vault.database).insert_many(moods, NOW)
    for day in days[::7]:
        scores = {name: rng.randint(0, 10) for name in DIMENSIONS}
        journal.checkins.add(CheckinDraft(day=day, scores=scores, needs_met="partly"))
    journal.events.add(EventDraft(day=START, kind="discovery", title="The day I found out"))
    kinds = [kind for kind in EVENT_KINDS if kind not in ("discovery", "agreement")]
    for _ in range(EVENTS):
        kind = "trigger" if rng.random() < 0.2 else rng.choice(kinds)
        trigger = kind == "trigger"
        journal.events.add(
            EventDraft(
                day=rng.choice(days),
                kind=kind,
                title=f"A {kind}",
                intensity=rng.randint(0, 10) if trigger else None,
                minutes_to_calm=rng.randint(5, 240) if trigger else None,
            )
        )


def open_journal() -> Journal:
    if not VaultPaths(FOLDER).exists():
        vault, _code = Vault.create(FOLDER, PASSPHRASE, params=FLOOR)
        journal = Journal(vault, clock=ManualClock(NOW))
        fill(journal, random.Random(11))
        # Closing checkpoints the write-ahead log, as a journal opened on another day would be.
        journal.close()
    return Journal(Vault.unlock(FOLDER, PASSPHRASE), clock=ManualClock(NOW))


def main() -> int:
    print(
        f"machine: {platform.machine()} {platform.processor() or ''} "
        f"python {platform.python_version()}"
    )
    journal = open_journal()
    try:
        whole = journal.timeline(START, END)
        print(
            f"journal: {len(whole.checkins)} check-ins, {len(whole.moods)} days with a mood, "
            f"{len(whole.events)} events"
        )
        ranges = {
            "ten years": START,
            "one year": END - dt.timedelta(days=364),
            "90 days": END - dt.timedelta(days=89),
        }
        figures = {
            label: median_ms(lambda s=start: journal.timeline(s, END))
            for label, start in ranges.items()
        }
    finally:
        journal.close()
    for label, ms in figures.items():
        print(f"timeline, {label:10} {ms:8.2f} ms")
    if figures["ten years"] >= LIMIT_MS:
        print(f"the ten-year timeline took {LIMIT_MS:.0f} ms or more")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
