"""A journal with thousands of pictures against the same journal without (issue 26).

    python benchmarks/bench_pictures_journal.py [--entries 5000] [--pictures 5000]
                                                [--rounds 3] [--parts] [--delete]

Makes (or reuses) the generated journal of ENTRIES entries (benchmarks/generate.py) and two
copies of it in benchmarks/out/: one left as it is, one given PICTURES pictures: ten on
the newest entry, then one an entry, newest first. The pictures go in directly through
the store (`insert_attachment`, 50 a transaction), not through the intake: the intake
decodes and re-encodes every picture (about 0.8 s each on this machine), which would
take over an hour for 5,000. Forty distinct noise photographs (so JPEG cannot shrink
them, like a phone's) are made once and passed through the intake (`prepared`: cleaned,
thumbnail made); each kept picture and thumbnail is one of those with its number in a
JPEG comment, so every one is distinct bytes (nothing is shared by the store's digest)
and still a whole JPEG.

Then, ROUNDS times, interleaved (so the machine's load falls on both), each journal is
measured in a fresh process, which prints one line of figures:
- unlock: Argon2id at the floor and the open (median of 3), and the database opened with
  the data key and the list's first page with its attachment counts (median of 15);
- the list: a fresh `JournalPage` (offscreen) to its first rows painted, and every id;
  then a scroll through it a page at a time (each step: the scroll bar moved and the
  view repainted at once), median and worst frame of 40 steps;
- opening the entry with ten pictures, the core's part: the entry, its attachments and
  every thumbnail (median of 15);
- backup and restore of the whole journal (MB/s of the database);
- peak memory (the process's maximum resident set) after the list and after the backup.
The medians of the rounds are printed at the end. `--delete` removes the two copies.
`--attach N` measures instead what attaching does to the GUI thread: N photographs of
4000x3000 (smooth noise, JPEG quality 92, about 3 MB, as a phone's) attached one after
another through the editor's strip on a fresh journal, offscreen; for each, the time to its
thumbnail shown and the GUI thread's longest pause meanwhile (a 10 ms timer's largest gap,
as bench_capture.py measures the review).
`--parts` also measures the journal with pictures twice more, leaving out a piece of what
the Journal page does for pictures (the editor's strip of thumbnails; and the list row's
mark as well), to say what the difference costs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

from generate import PASSPHRASE, generate

from trustjournal.core.records.attachments import Intake

if TYPE_CHECKING:
    from trustjournal.ui.journal.pictures.strip import PictureStrip

NOW = dt.datetime(2026, 12, 7, 12, 0, tzinfo=dt.UTC)
DISTINCT = 40  # photographs made and cleaned; each kept copy differs by a comment
ON_ONE_ENTRY = 10
IN_A_TRANSACTION = 50
SCROLL_STEPS = 40


# -- building ------------------------------------------------------------------------


def photograph(number: int, side: tuple[int, int]) -> bytes:
    from PIL import Image

    picture = Image.effect_noise(side, 40 + number % 40).convert("RGB")
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=92)
    return out.getvalue()


def numbered(jpeg: bytes, number: int) -> bytes:
    """The same picture with its number in a comment segment just after the start."""
    comment = f"benchmark picture {number}".encode()
    return jpeg[:2] + b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment + jpeg[2:]


def cleaned_photographs(side: tuple[int, int]) -> list[Intake]:
    from trustjournal.core.journal.attachments.keeping import prepared

    return [prepared(photograph(number, side), f"photo-{number}.jpg") for number in range(DISTINCT)]


def add_pictures(folder: Path, count: int, side: tuple[int, int]) -> tuple[float, int]:
    from trustjournal.core.records.entries import EntryFilter
    from trustjournal.core.vault.stores.attachments import insert_attachment
    from trustjournal.core.vault.stores.entries import EntryStore
    from trustjournal.core.vault.vault import Vault

    bases = cleaned_photographs(side)
    vault = Vault.unlock(folder, PASSPHRASE)
    stored = 0
    start = time.perf_counter()
    try:
        ids = EntryStore(vault.database).ids(EntryFilter())
        owners = [ids[0]] * ON_ONE_ENTRY + [ids[i % len(ids)] for i in range(1, count)]
        for first in range(0, count, IN_A_TRANSACTION):
            with vault.database.transaction() as cursor:
                for number in range(first, min(first + IN_A_TRANSACTION, count)):
                    base = bases[number % DISTINCT]
                    intake = Intake(
                        name=f"photo-{number}.jpg",
                        media_type=base.media_type,
                        data=numbered(base.data, number),
                        thumbnail=numbered(base.thumbnail or b"", number),
                        width=base.width,
                        height=base.height,
                    )
                    insert_attachment(cursor, owners[number], intake, NOW)
                    stored += len(intake.data)
            print(
                f"\r{min(first + IN_A_TRANSACTION, count):,} / {count:,} pictures",
                end="",
                file=sys.stderr,
            )
    finally:
        vault.close()
    print(file=sys.stderr)
    return time.perf_counter() - start, stored


# -- measuring, in a fresh process for each journal and round --------------------------------

Moment = tuple[float, float]  # wall clock, and this process's CPU time


def moment() -> Moment:
    return time.perf_counter(), time.process_time()


def timed(action: Callable[[], object]) -> Moment:
    start = moment()
    action()
    end = moment()
    return end[0] - start[0], end[1] - start[1]


def median_ms(action: Callable[[], object], repeats: int) -> float:
    return statistics.median(timed(action)[0] for _ in range(repeats)) * 1000


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def unlock_figures(folder: Path) -> dict[str, float]:
    from trustjournal.core.records.entries import EntryFilter
    from trustjournal.core.vault.database import Database
    from trustjournal.core.vault.stores.attachments import AttachmentStore
    from trustjournal.core.vault.stores.entries import EntryStore
    from trustjournal.core.vault.vault import Vault

    def unlock() -> None:
        Vault.unlock(folder, PASSPHRASE).close()

    vault = Vault.unlock(folder, PASSPHRASE)
    data_key = vault.data_key()
    vault.close()

    def open_and_first_page() -> None:
        database = Database.open(folder / "journal.db", data_key)
        try:
            entries = EntryStore(database)
            page = entries.ids(EntryFilter())[:50]
            entries.get_many(page)
            AttachmentStore(database).counts(page)
        finally:
            database.close()

    return {
        "unlock ms": median_ms(unlock, 3),
        "open and first page ms": median_ms(open_and_first_page, 15),
    }


def list_figures(folder: Path) -> dict[str, float]:
    """Follows bench_journal_page.py: the real page, offscreen."""
    from bench_journal_page import open_to_list_shown, settle

    from trustjournal.ui.qt import QtWidgets

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    shown, every_id, page = open_to_list_shown(app, folder)
    settle(app)
    bar = page.list.verticalScrollBar()

    def scroll_a_page() -> None:
        bar.setValue(bar.value() + bar.pageStep())
        page.list.viewport().repaint()  # painted now, not when the event loop gets to it

    frames = []
    for _ in range(SCROLL_STEPS):
        frames.append(timed(scroll_a_page))
        settle(app)
    page.clear_for_lock()
    page._journal.close()
    page.deleteLater()
    settle(app)
    walls = [frame[0] * 1000 for frame in frames]
    return {
        "list shown ms": shown[0] * 1000,
        "list shown cpu ms": shown[1] * 1000,
        "every id ms": every_id[0] * 1000,
        "scroll frame median ms": statistics.median(walls),
        "scroll frame worst ms": max(walls),
        "scroll frame cpu median ms": statistics.median(frame[1] * 1000 for frame in frames),
    }


def open_entry_figures(folder: Path) -> dict[str, float]:
    from trustjournal.core.journal.journal import Journal
    from trustjournal.core.records.entries import EntryFilter
    from trustjournal.core.vault.vault import Vault

    journal = Journal(Vault.unlock(folder, PASSPHRASE))
    try:
        newest = journal.entry_ids(EntryFilter())[0]

        def open_entry() -> None:
            journal.entry(newest)
            for attachment in journal.attachments.of_entry(newest):
                journal.attachments.thumbnail(attachment.id)

        count = len(journal.attachments.of_entry(newest))
        return {"pictures on it": count, "open entry ms": median_ms(open_entry, 15)}
    finally:
        journal.close()


def backup_figures(folder: Path) -> dict[str, float]:
    from trustjournal.core.vault.backup.making import make_backup
    from trustjournal.core.vault.backup.restore import restore_backup
    from trustjournal.core.vault.vault import Vault

    size_mb = folder.joinpath("journal.db").stat().st_size / 1e6
    with tempfile.TemporaryDirectory(dir=folder.parent) as scratch:
        vault = Vault.unlock(folder, PASSPHRASE)
        try:
            start = time.perf_counter()
            written = make_backup(vault, Path(scratch) / "drive", NOW)
            backup = time.perf_counter() - start
        finally:
            vault.close()
        start = time.perf_counter()
        restore_backup(written, Path(scratch) / "restored", PASSPHRASE, NOW)
        restore = time.perf_counter() - start
    return {
        "database MB": size_mb,
        "backup s": backup,
        "backup MB/s": size_mb / backup,
        "restore s": restore,
        "restore MB/s": size_mb / restore,
    }


def measure(folder: Path) -> dict[str, float]:
    figures = {"load average": os.getloadavg()[0]}
    figures |= unlock_figures(folder)
    figures |= list_figures(folder)
    figures |= open_entry_figures(folder)
    figures["peak MB before backup"] = peak_mb()
    figures |= backup_figures(folder)
    figures["peak MB"] = peak_mb()
    return figures


# -- attaching: the GUI thread's longest pause -------------------------------------------


def phone_photograph(side: tuple[int, int] = (4000, 3000)) -> bytes:
    """Smooth noise scaled up (so JPEG keeps it at a phone photo's size), new each call."""
    from PIL import Image

    small = Image.effect_noise((side[0] // 8, side[1] // 8), 60).convert("RGB")
    picture = small.resize(side, Image.Resampling.BICUBIC)
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=92)
    return out.getvalue()


def shown_all(strip: PictureStrip, wanted: int) -> bool:
    return len(strip.thumbnails) == wanted and not strip.thumbnails[-1].icon().isNull()


def attach_pauses(count: int) -> None:
    import itertools

    from trustjournal.core.journal.journal import Journal
    from trustjournal.core.vault.keys.keyfile import FLOOR
    from trustjournal.core.vault.vault import Vault
    from trustjournal.ui.journal.page import JournalPage
    from trustjournal.ui.qt import QtCore, QtWidgets

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        vault, _code = Vault.create(folder / "vault", PASSPHRASE, params=FLOOR)
        journal = Journal(vault)
        journal.settings.set("said_what_is_removed", True)
        page = JournalPage(journal)
        page.resize(1280, 800)
        page.show()
        page.new_entry()
        page.editor.body.setPlainText("A day at the sea.")
        page.save_pending()
        strip = page.editor.pictures
        ticks: list[float] = []
        timer = QtCore.QTimer(interval=10)
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))

        def longest_pause(until: Callable[[], bool]) -> tuple[float, float]:
            started = time.perf_counter()
            ticks[:] = [started]
            timer.start()
            while not until():
                app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
            ended = time.perf_counter()
            timer.stop()
            gaps = [b - a for a, b in itertools.pairwise([*ticks, ended])]
            return ended - started, max(gaps)

        # The same timer with nothing to do: what the machine's load alone costs it.
        _idle, idle = longest_pause(lambda: time.perf_counter() - ticks[0] > 1.0)
        print(
            f"idle for 1 s: longest GUI pause {idle * 1000:.0f} ms, load {os.getloadavg()[0]:.1f}"
        )
        for number in range(count):
            path = folder / f"photo {number}.jpg"
            path.write_bytes(phone_photograph())
            app.processEvents()
            strip.attach_paths([path])
            shown, pause = longest_pause(lambda wanted=number + 1: shown_all(strip, wanted))
            print(
                f"picture {number + 1} ({path.stat().st_size / 1e6:.1f} MB): shown after"
                f" {shown:.2f} s, longest GUI pause {pause * 1000:.0f} ms,"
                f" load {os.getloadavg()[0]:.1f}"
            )
        page.clear_for_lock()
        journal.close()


def without_parts(parts: str) -> None:
    """Leave out one piece of what the page does for pictures, to see what it costs: the
    editor's strip of thumbnails ("strip": it reads no attachments) or the list row's mark
    ("mark": not drawn). For the diagnosis only."""
    if "strip" in parts:
        from trustjournal.ui.journal.pictures import strip

        strip.PictureStrip._read_attachments = lambda _self, _entry_id: []  # type: ignore[method-assign]
    if "mark" in parts:
        from trustjournal.ui.journal import delegate

        delegate._paint_attached = lambda _painter, line, _count, _colour: line.right()


def measured_in_a_fresh_process(folder: Path, leave_out: str = "") -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--measure", str(folder), "--leave-out", leave_out],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    figures: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return figures


# -- the whole run -------------------------------------------------------------------------


def journals(entries: int, pictures: int, side: tuple[int, int]) -> tuple[Path, Path]:
    source = generate(entries)
    plain = source.parent / f"{source.name}-without"
    pictured = source.parent / f"{source.name}-{pictures}-pictures"
    if not pictured.exists():
        shutil.copytree(source, plain, dirs_exist_ok=True)
        shutil.copytree(source, pictured)
        seconds, stored = add_pictures(pictured, pictures, side)
        print(
            f"stored {pictures:,} pictures, {stored / 1e6:,.0f} MB ({stored / pictures / 1e3:.0f}"
            f" KB a picture) in {seconds:.0f} s"
        )
    return plain, pictured


def print_medians(rounds: dict[str, list[dict[str, float]]]) -> None:
    """Each figure's median of the rounds, and how far each kind is from "without"."""
    names = list(rounds)
    print(f"{'median of the rounds':28}" + "".join(f"{name:>24}" for name in names))
    for key in rounds["without"][0]:
        medians = [statistics.median(r[key] for r in rounds[name]) for name in names]
        base = medians[0]
        cells = [f"{medians[0]:.1f}"] + [
            f"{value:.1f} ({(value / base - 1) * 100:+.0f} %)" if base else f"{value:.1f}"
            for value in medians[1:]
        ]
        print(f"{key:28}" + "".join(f"{cell:>24}" for cell in cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=5000)
    parser.add_argument("--pictures", type=int, default=5000)
    parser.add_argument("--side", type=int, nargs=2, default=[600, 450], help="pixels")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--delete", action="store_true", help="remove both copies after")
    parser.add_argument(
        "--parts",
        action="store_true",
        help="also measure the journal with pictures without the strip, and without the mark",
    )
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--leave-out", default="", help=argparse.SUPPRESS)
    parser.add_argument("--attach", type=int, default=0, help="measure attaching N photographs")
    options = parser.parse_args()
    if options.attach:
        attach_pauses(options.attach)
        return
    if options.measure:
        without_parts(options.leave_out)
        print(json.dumps(measure(options.measure)))
        return
    plain, pictured = journals(options.entries, options.pictures, tuple(options.side))
    print(f"{os.cpu_count()} CPUs, load {os.getloadavg()}")
    kinds = [("without", plain, ""), ("with", pictured, "")]
    if options.parts:
        kinds += [("with, no strip", pictured, "strip"), ("with, neither", pictured, "strip mark")]
    rounds: dict[str, list[dict[str, float]]] = {name: [] for name, _folder, _out in kinds}
    for number in range(options.rounds):
        for name, folder, leave_out in kinds:
            figures = measured_in_a_fresh_process(folder, leave_out)
            rounds[name].append(figures)
            print(
                f"round {number + 1}, {name} pictures:",
                {k: round(v, 1) for k, v in figures.items()},
            )
    print_medians(rounds)
    if options.delete:
        shutil.rmtree(plain)
        shutil.rmtree(pictured)


if __name__ == "__main__":
    main()
