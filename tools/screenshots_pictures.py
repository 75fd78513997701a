"""Screenshots of pictures in an entry, into docs/screenshots/pictures-*.png.

Run under Xvfb:

    xvfb-run -a -s '-screen 0 1280x800x24' .venv/bin/python tools/screenshots_pictures.py [FOLDER]

For light and dark, at 1180x760 (the app's own size): the editor with three pictures and
a file under the text, a caption asked for, and the full view of one picture. Once, the
entry's page in a PDF export (pictures-pdf-page.png: the PDF written as the app writes
it, its first page drawn by pdftoppm at 110 dpi, as benchmarks/bench_export.py draws the
export's pages; needs poppler-utils). The pictures are drawn here with Pillow. Everything
happens in a temporary folder (a fresh vault, its own QSettings, the PDF) that is removed
afterwards. FOLDER (default docs/screenshots) lets a run
under `TRUSTJOURNAL_LANG=pseudo` go elsewhere, to be looked at and not kept.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("TRUSTJOURNAL_KDF_TARGET_SECONDS", "0")  # fast vaults for pictures
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PIL import Image, ImageDraw
from screenshots import PASSPHRASE, TODAY, add_samples, settle, unlock

from trustjournal.core.clock import ManualClock
from trustjournal.core.exchange.build import build_export
from trustjournal.core.exchange.export import render
from trustjournal.core.exchange.model import ExportOptions
from trustjournal.core.journal.journal import Journal
from trustjournal.core.language import speaking
from trustjournal.core.records.entries import EntryDraft
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.journal.page import JournalPage
from trustjournal.ui.qt import QtCore, QtWidgets
from trustjournal.ui.shell.app import application
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.session import Session
from trustjournal.ui.shell.settings.preferences import Preferences

OUT = (
    Path(sys.argv[1])
    if len(sys.argv) > 1
    else Path(__file__).resolve().parents[1] / "docs" / "screenshots"
)
BODY = (
    "A slow Saturday by the sea. We walked the whole beach and talked about the first "
    "months after I found out, without either of us leaving the conversation.\n\n"
    "I drew the harbour afterwards, like my therapist suggested: something to hold on to "
    "from a good day."
)


def _jpeg(picture: Image.Image) -> bytes:
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=88)
    return out.getvalue()


def sunset() -> bytes:
    picture = Image.new("RGB", (1600, 1000))
    draw = ImageDraw.Draw(picture)
    for y in range(1000):
        shade = y / 1000
        sky = (int(250 - 90 * shade), int(170 - 100 * shade), int(110 + 40 * shade))
        sea = (int(40 + 30 * shade), int(80 + 40 * shade), int(130 + 40 * shade))
        draw.line([(0, y), (1600, y)], fill=sky if y < 620 else sea)
    draw.ellipse((680, 420, 920, 660), fill=(255, 214, 120))
    draw.rectangle((0, 620, 1600, 1000), fill=(46, 92, 140))
    return _jpeg(picture)


def harbour_drawing() -> bytes:
    picture = Image.new("RGB", (1200, 900), (250, 246, 236))
    draw = ImageDraw.Draw(picture)
    draw.rectangle((0, 560, 1200, 900), fill=(120, 170, 210))
    for x, colour in ((180, (200, 80, 70)), (520, (240, 190, 60)), (860, (90, 150, 90))):
        draw.polygon([(x, 520), (x + 200, 520), (x + 160, 600), (x + 40, 600)], fill=colour)
        draw.line([(x + 100, 520), (x + 100, 320)], fill=(60, 60, 60), width=8)
        draw.polygon([(x + 104, 330), (x + 104, 500), (x + 200, 500)], fill=(255, 255, 255))
    draw.ellipse((960, 80, 1100, 220), fill=(250, 200, 80))
    return _jpeg(picture)


def garden() -> bytes:
    picture = Image.new("RGB", (900, 1200), (170, 210, 240))
    draw = ImageDraw.Draw(picture)
    draw.rectangle((0, 800, 900, 1200), fill=(110, 170, 90))
    draw.rectangle((420, 480, 480, 820), fill=(110, 80, 50))
    draw.ellipse((250, 220, 650, 600), fill=(60, 130, 70))
    return _jpeg(picture)


def add_pictures(journal: Journal) -> int:
    entry = journal.add_entry(
        EntryDraft(
            day=TODAY.date(),
            title="By the sea",
            body=BODY,
            mood=4,
            emotions=("hopeful", "calm", "heard"),
            tags=("weekend",),
        )
    )
    sea = journal.attachments.attach_bytes(entry.id, sunset(), "evening at the beach.jpg")
    journal.attachments.set_caption(sea.id, "the evening we talked for hours")
    journal.attachments.attach_bytes(entry.id, harbour_drawing(), "harbour drawing.jpg")
    journal.attachments.attach_bytes(entry.id, garden(), "garden.jpg")
    journal.attachments.attach_bytes(entry.id, b"Things I want to say.\n", "letter to me.txt")
    return entry.id


def save(widget: QtWidgets.QWidget, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"pictures-{name}.png"
    widget.grab().save(str(path))
    print(path)


def save_pdf_page(journal: Journal, folder: Path) -> None:
    """The entry with its pictures as the PDF export prints it: today's entries only,
    without the summary, so the pictures are on the first page."""
    day = TODAY.date()
    options = ExportOptions(date_from=day, date_to=day, summary=False)
    pdf = folder / "export.pdf"
    pdf.write_bytes(render(build_export(journal, options), "pdf"))
    OUT.mkdir(parents=True, exist_ok=True)
    stem = OUT / "pictures-pdf-page"
    command = ["pdftoppm", "-r", "110", "-png", "-f", "1", "-l", "1", "-singlefile"]
    subprocess.run([*command, str(pdf), str(stem)], check=True)
    print(stem.with_suffix(".png"))


def shoot(app: QtWidgets.QApplication, theme: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        vault, _code = Vault.create(Path(folder) / "vault", PASSPHRASE, params=FLOOR)
        vault.close()
        store = QtCore.QSettings(str(Path(folder) / "prefs.ini"), QtCore.QSettings.Format.IniFormat)
        session = Session(Path(folder) / "vault", ManualClock(TODAY), Preferences(store))
        session.start(theme)
        unlock(app, session)
        assert session.journal is not None
        session.journal.settings.set("theme", theme)
        add_samples(session.journal)
        entry_id = add_pictures(session.journal)
        session.lock()
        unlock(app, session)
        window = session.window
        assert isinstance(window, MainWindow)
        page = window.journal_page
        assert isinstance(page, JournalPage)
        window.resize(1180, 760)
        page.open_entry(entry_id)
        settle(app)  # painted: the strip makes its thumbnails and decodes them on the helper
        settle(app)  # decoded and shown
        save(window, f"editor-{theme}")
        strip = page.editor.pictures
        strip.ask_caption(strip.thumbnails[1].attachment.id)
        settle(app)
        assert strip.caption_dialog is not None
        save(strip.caption_dialog, f"caption-{theme}")
        strip.caption_dialog.reject()
        strip.open_attachment(strip.thumbnails[0].attachment.id)
        view = strip.view
        assert view is not None
        view.resize(1180, 760)
        settle(app)
        save(view, f"full-view-{theme}")
        view.close()
        if theme == "light":
            save_pdf_page(session.journal, Path(folder))
        session.close()
        settle(app)


def main() -> int:
    app = application()
    if os.environ.get("TRUSTJOURNAL_LANG"):  # the app reads it at its start, not here
        speaking.choose(os.environ["TRUSTJOURNAL_LANG"], {})
    for theme in ("light", "dark"):
        shoot(app, theme)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
