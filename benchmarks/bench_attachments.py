"""A journal with pictures against the same journal without: unlock and list (issue 26).

    python benchmarks/bench_attachments.py [PICTURES] [ENTRIES]    # 200 and 1,000

Makes (or reuses) the generated journal of ENTRIES entries, copies it twice, attaches
PICTURES distinct photographs of about 2.5 MB (noise, so JPEG cannot shrink them, like a
phone's photo) to the newest entries of one copy through the same path the command line
takes (read, cleaned, thumbnail, stored), then times on each copy, median of 7: unlock
(the Argon2id floor and the open) with the first page of the list (50 entries), and that
page's attachments as `list --json` reads them; and the same without the key derivation
(the database opened with the data key, then the same page), median of 15, since under
load Argon2id's spread hides a difference of 10 %. The aim: no more than 10 % slower.
The two copies are kept in benchmarks/out/ for the next run (delete them to start again).
"""

from __future__ import annotations

import io
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PIL import Image

sys.path.insert(0, str(Path(__file__).parent))

from generate import PASSPHRASE, generate

from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryFilter
from trustjournal.core.vault.database import Database
from trustjournal.core.vault.stores.attachments import AttachmentStore
from trustjournal.core.vault.stores.entries import EntryStore
from trustjournal.core.vault.vault import Vault

REPEATS = 7


def photograph(number: int) -> bytes:
    picture = Image.effect_noise((1800, 1350), 60 + number % 40).convert("RGB")
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=95)
    return out.getvalue()


def with_pictures(folder: Path, count: int) -> tuple[float, int]:
    journal = Journal(Vault.unlock(folder, PASSPHRASE))
    stored = 0
    spent = 0.0
    try:
        ids = journal.entry_ids(EntryFilter())
        for number in range(count):
            data = photograph(number)
            start = time.perf_counter()
            attachment = journal.attachments.attach_bytes(
                ids[number % len(ids)], data, f"photo-{number}.jpg"
            )
            spent += time.perf_counter() - start
            stored += attachment.size
    finally:
        journal.close()
    return spent / count, stored


def unlock_and_list(folder: Path) -> Callable[[], object]:
    def run() -> object:
        journal = Journal(Vault.unlock(folder, PASSPHRASE))
        try:
            page = journal.entry_ids(EntryFilter())[:50]
            entries = journal.entries_by_id(page)
            return entries, journal.attachments.of_entries(page)
        finally:
            journal.close()

    return run


def open_and_list(folder: Path, data_key: bytes) -> Callable[[], object]:
    def run() -> object:
        database = Database.open(folder / "journal.db", data_key)
        try:
            entries = EntryStore(database)
            page = entries.ids(EntryFilter())[:50]
            return entries.get_many(page), AttachmentStore(database).of_entries(page)
        finally:
            database.close()

    return run


def data_key_of(folder: Path) -> bytes:
    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        return vault.data_key()
    finally:
        vault.close()


def median_ms(action: Callable[[], object], repeats: int = REPEATS) -> float:
    timings = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def main() -> None:
    pictures = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    entries = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    source = generate(entries)
    plain = source.parent / f"{source.name}-plain"
    pictured = source.parent / f"{source.name}-{pictures}-pictures"
    if not pictured.exists():
        shutil.copytree(source, plain, dirs_exist_ok=True)
        shutil.copytree(source, pictured)
        per_picture, stored = with_pictures(pictured, pictures)
        print(f"attach: {per_picture * 1000:.0f} ms a picture; {stored / 1e6:.0f} MB stored")
    for name, folder in (("without", plain), ("with", pictured)):
        print(
            f"database {name} pictures: {folder.joinpath('journal.db').stat().st_size / 1e6:.1f} MB"
        )
    keys = {folder: data_key_of(folder) for folder in (plain, pictured)}
    for _round in range(2):  # interleaved, so load on the machine falls on both
        for name, folder in (("without", plain), ("with", pictured)):
            unlock = median_ms(unlock_and_list(folder))
            opened = median_ms(open_and_list(folder, keys[folder]), repeats=15)
            print(
                f"{name} pictures: unlock and list {unlock:.1f} ms, open and list {opened:.1f} ms"
            )


if __name__ == "__main__":
    main()
