"""A PDF export with 200 pictures stays a size one can send (issue 26, exports).

    python benchmarks/bench_export_pictures.py [PICTURES]    # 200

Makes a fresh journal in a temporary folder under benchmarks/out/, with PICTURES entries
of one photograph each, 2 to 4 megapixels (1920x1080, 2048x1536, 2400x1600 in turn),
kept as the intake keeps them (JPEG, quality 92: the bytes are stored as they are, so
the cleaning is skipped to save time, and nothing in it changes the pixels' size).
The pictures are smooth colour fields with grain, which JPEG shrinks about as it
shrinks a phone's photo. Then it builds the export once and times the PDF (A4), and
prints the bytes kept, the PDF's size, the bytes a picture costs in it, and the HTML's
size (the kept bytes, inline) for comparison. The same pages are painted once more with
each picture drawn as itself, as Qt encodes it (JPEG, quality 94): the PDF as it was
before the pictures were encoded for print (pdf_pictures.py), timed under the same
load. The journal is removed at the end.
"""

from __future__ import annotations

import io
import shutil
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageFilter
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

from trustjournal.core.exchange.build import build_export
from trustjournal.core.exchange.export import render
from trustjournal.core.exchange.model import ExportDocument, ExportOptions
from trustjournal.core.exchange.pdf import RESOLUTION, paint_pages
from trustjournal.core.journal.journal import Journal
from trustjournal.core.qt_gui import ensure_gui
from trustjournal.core.records.attachments import Intake
from trustjournal.core.records.entries import EntryDraft
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.vault import Vault

SIZES = ((1920, 1080), (2048, 1536), (2400, 1600))
PASSPHRASE = "benchmark journals open with this long passphrase"


def photograph(number: int) -> tuple[bytes, int, int]:
    """A smooth field of colour with grain, kept as JPEG quality 92 (as the intake does)."""
    width, height = SIZES[number % len(SIZES)]
    field = Image.linear_gradient("L").resize((width, height))
    grain = Image.effect_noise((width, height), 24).filter(ImageFilter.GaussianBlur(1))
    picture = Image.merge("RGB", (field, grain, field.rotate(90 + number % 90).resize(field.size)))
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=92)
    return out.getvalue(), width, height


def fill(journal: Journal, count: int) -> int:
    kept = 0
    for number in range(count):
        entry = journal.add_entry(
            EntryDraft(day=journal.clock.today(), title=f"Day {number}", body="A good day.")
        )
        data, width, height = photograph(number)
        intake = Intake(f"photo-{number}.jpg", "image/jpeg", data, width=width, height=height)
        journal.attachments.keep(entry.id, intake)
        kept += len(data)
    return kept


def _pdf(document: ExportDocument) -> bytes:
    return render(document, "pdf")


def _qt_pdf(document: ExportDocument) -> bytes:
    """The PDF with each picture drawn as itself, which Qt encodes as JPEG at its quality
    94: what the export wrote before pictures were encoded for print (pdf_pictures)."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 14, 18, 14), QPageLayout.Unit.Millimeter)
    paint_pages(document, writer)
    buffer.close()
    return bytes(array.data())


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    out = Path(__file__).parent / "out"
    out.mkdir(exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="export-pictures-", dir=out))
    try:
        journal = Journal(Vault.create(folder / "journal", PASSPHRASE, params=FLOOR)[0])
        start = time.perf_counter()
        kept = fill(journal, count)
        print(f"{count} pictures kept: {kept / 1e6:.1f} MB in {time.perf_counter() - start:.1f} s")
        ensure_gui()
        start = time.perf_counter()
        document = build_export(journal, ExportOptions(summary=False))
        built = time.perf_counter() - start
        print(f"export built (pictures read from the vault) in {built:.1f} s")
        for name, paint in (("PDF", _pdf), ("PDF as Qt encodes pictures (before)", _qt_pdf)):
            start, cpu = time.perf_counter(), time.process_time()
            pdf = paint(document)
            painted, used = time.perf_counter() - start, time.process_time() - cpu
            each = len(pdf) / count / 1e3
            print(
                f"{name}: {len(pdf) / 1e6:.1f} MB in {painted:.1f} s"
                f" ({used:.1f} s of CPU), {each:.0f} KB a picture"
            )
        html = render(document, "html")
        print(f"HTML (the kept bytes inline, base64): {len(html) / 1e6:.1f} MB")
        journal.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
