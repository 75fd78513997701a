"""Generate realistic journals of any size, reproducibly, for the benchmarks.

    python benchmarks/generate.py 100000            # -> benchmarks/out/journal-100000/

Entries span many years, with bodies of 20 to 400 words drawn from the kind of
language people use in this journal, moods, emotions, tags and activities.
The same size and seed always give the same journal. Vaults use the Argon2id
floor so that generating them stays quick; unlock cost is reported separately.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from collections.abc import Iterator
from pathlib import Path

from trustjournal.core.journal.vocabulary import emotions, suggested_activities
from trustjournal.core.records.entries import EntryDraft
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.paths import VaultPaths
from trustjournal.core.vault.stores.entries import EntryStore
from trustjournal.core.vault.vault import Vault

PASSPHRASE = "benchmark journals open with this long passphrase"
OUT = Path(__file__).parent / "out"
NOW = dt.datetime(2026, 11, 1, 12, 0, tzinfo=dt.UTC)
BATCH = 2_000

WORDS = [
    "today",
    "talked",
    "trust",
    "felt",
    "safe",
    "hurt",
    "angry",
    "calm",
    "therapy",
    "session",
    "partner",
    "honest",
    "question",
    "answer",
    "phone",
    "message",
    "night",
    "morning",
    "walk",
    "together",
    "listened",
    "cried",
    "slept",
    "again",
    "slowly",
    "better",
    "worse",
    "hope",
    "fear",
    "remember",
    "anniversary",
    "discovery",
    "apology",
    "agreement",
    "boundary",
    "kind",
    "gentle",
    "tired",
    "work",
    "children",
    "dinner",
    "kitchen",
    "garden",
    "weekend",
    "friend",
    "sister",
    "counsellor",
    "breathing",
    "journal",
    "promise",
    "transparent",
    "location",
    "password",
    "checked",
    "asked",
    "waited",
    "laughed",
    "held",
    "hands",
    "coffee",
    "rain",
    "sunshine",
    "drive",
    "music",
    "quiet",
    "tense",
    "distance",
    "close",
    "afraid",
    "proud",
    "small",
    "step",
    "progress",
    "setback",
    "trigger",
    "memory",
    "dream",
    "body",
    "chest",
    "shoulders",
    "because",
    "although",
    "maybe",
    "really",
    "still",
    "almost",
    "never",
    "sometimes",
    "often",
    "usually",
    "and",
    "but",
    "the",
    "a",
    "of",
    "to",
    "in",
    "that",
    "it",
    "was",
    "we",
    "i",
    "me",
    "my",
    "our",
    "us",
    "he",
    "she",
    "they",
    "with",
    "for",
    "on",
    "at",
    "about",
]
TAGS = [
    f"{word}"
    for word in [
        "therapy",
        "home",
        "work",
        "weekend",
        "kids",
        "family",
        "holiday",
        "night",
        "morning",
        "walk",
        "money",
        "phone",
        "friends",
        "parents",
        "anniversary",
        "health",
        "sleep",
        "exercise",
        "church",
        "counselling",
        "plans",
        "honesty",
        "boundaries",
        "apology",
        "trigger",
        "progress",
        "setback",
        "hope",
        "letters",
        "garden",
        "car",
    ]
]


def drafts(count: int, seed: int = 7) -> Iterator[EntryDraft]:
    rng = random.Random(seed)
    emotion_names = sorted(emotions())
    activities = list(suggested_activities())
    first_day = NOW.date() - dt.timedelta(days=max(3650, count // 10))
    span = (NOW.date() - first_day).days
    for _ in range(count):
        words = rng.choices(WORDS, k=rng.randint(20, 400))
        yield EntryDraft(
            day=first_day + dt.timedelta(days=rng.randrange(span)),
            title=" ".join(rng.choices(WORDS, k=rng.randint(0, 5))).capitalize(),
            body=" ".join(words).capitalize() + ".",
            mood=rng.choice([None, 1, 2, 3, 3, 4, 4, 5]),
            emotions=tuple(rng.sample(emotion_names, rng.randint(0, 4))),
            tags=tuple(rng.sample(TAGS, rng.randint(0, 3))),
            activities=tuple(rng.sample(activities, rng.randint(0, 2))),
            private=rng.random() < 0.1,
        )


def vault_folder(count: int) -> Path:
    return OUT / f"journal-{count}"


def generate(count: int, force: bool = False) -> Path:
    """Make (or reuse) the journal with `count` entries; returns its folder."""
    folder = vault_folder(count)
    if VaultPaths(folder).exists() and not force:
        return folder
    if force:
        for path in folder.glob("*"):
            path.unlink()
    vault, _code = Vault.create(folder, PASSPHRASE, params=FLOOR)
    store = EntryStore(vault.database)
    batch: list[EntryDraft] = []
    for done, draft in enumerate(drafts(count), start=1):
        batch.append(draft)
        if len(batch) == BATCH or done == count:
            store.insert_many(batch, NOW)
            batch.clear()
            print(f"\r{done:,} / {count:,} entries", end="", file=sys.stderr)
    print(file=sys.stderr)
    vault.close()
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("counts", type=int, nargs="+")
    parser.add_argument("--force", action="store_true", help="make it again even if it exists")
    arguments = parser.parse_args()
    for count in arguments.counts:
        print(generate(count, force=arguments.force))


if __name__ == "__main__":
    main()
