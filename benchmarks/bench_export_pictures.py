"""A PDF or HTML export with 200 pictures stays a size one can send (issue 26, exports).

    python benchmarks/bench_export_pictures.py [PICTURES] [--only pdf|html]    # 200, both

Makes a fresh journal in a temporary folder under benchmarks/out/, with PICTURES entries
of one photograph each, 2 to 4 megapixels (1920x1080, 2048x1536, 2400x1600 in turn),
kept as the intake keeps them (JPEG, quality 92: the bytes are stored as they are, so
the cleaning is skipped to save time, and nothing in it changes the pixels' size).
The pictures are smooth colour fields with grain, which JPEG shrinks about as it
shrinks a phone's photo. Then it builds the export once and times the PDF (A4) and the
HTML, and prints the bytes kept, each file's size and the bytes a picture costs in it.
Each is made twice under the same load: as now, and as before. The PDF before: the same
pages with each picture drawn as itself, as Qt encodes it (JPEG, quality 94), before the
pictures were encoded for print (pdf_pictures.py). The HTML before: each kept picture
inline whole, before they were made for a screen (html.for_screen). The journal is
removed at the end.
"""

from __future__ import annotations

import base64
import io
import shutil
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageFilter
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

from trustjournal.core.exchange import html
from trustjournal.core.exchange.build import build_export
from trustjournal.core.exchange.export import render
from trustjournal.core.exchange.model import ExportAttachment, ExportDocument, ExportOptions
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


def _html(document: ExportDocument) -> bytes:
    return render(document, "html")


def _kept_inline(attachment: ExportAttachment) -> str:
    """A picture as the HTML export wrote it before: its kept bytes whole, inline."""
    encoded = base64.b64encode(attachment.data).decode("ascii")
    size = f'width="{attachment.width}" height="{attachment.height}"'
    source = f"data:{attachment.media_type};base64,{encoded}"
    return f'<figure class="picture"><p><img src="{source}" {size}></p></figure>'


def _html_as_kept(document: ExportDocument) -> bytes:
    """The HTML with each picture inline whole, as before (html.for_screen)."""
    now = html.attachment_html
    html.attachment_html = _kept_inline
    try:
        return render(document, "html")
    finally:
        html.attachment_html = now


CASES = {
    "pdf": (("PDF", _pdf), ("PDF as Qt encodes pictures (before)", _qt_pdf)),
    "html": (("HTML", _html), ("HTML with the kept bytes inline (before)", _html_as_kept)),
}


def main() -> None:
    arguments = sys.argv[1:]
    only = arguments[arguments.index("--only") + 1] if "--only" in arguments else ""
    numbers = [word for word in arguments if word.isdigit()]
    count = int(numbers[0]) if numbers else 200
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
        for kind, cases in CASES.items():
            if only not in ("", kind):
                continue
            for name, write in cases:
                start, cpu = time.perf_counter(), time.process_time()
                made = write(document)
                took, used = time.perf_counter() - start, time.process_time() - cpu
                each = len(made) / count / 1e3
                print(
                    f"{name}: {len(made) / 1e6:.1f} MB in {took:.1f} s"
                    f" ({used:.1f} s of CPU), {each:.0f} KB a picture"
                )
        journal.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
