"""Screenshots of the Import dialog's four steps, in light and dark.

Run under Xvfb:

    xvfb-run -a -s '-screen 0 1280x800x24' .venv/bin/python tools/screenshots_import.py

Over a fresh vault in a temporary folder (removed afterwards): the Day One fixture is
read for the preview, then a generated jrnl journal of 6,000 short entries is
imported so the progress step can be caught part way. Pictures go to docs/screenshots/.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("TRUSTJOURNAL_KDF_TARGET_SECONDS", "0")  # fast vaults for pictures
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.exchange.import_dialog import ImportDialog
from trustjournal.ui.qt import QtCore, QtWidgets
from trustjournal.ui.shell.app import application
from trustjournal.ui.shell.theme import apply_theme

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
FIXTURES = ROOT / "tests" / "fixtures" / "import"
PASSPHRASE = "quiet river under the old stone bridge"  # noqa: S105 (a throwaway vault)
NOW = dt.datetime(2026, 3, 14, 9, 30, tzinfo=dt.UTC)


def wait_until(app: QtWidgets.QApplication, done: object, seconds: float = 120) -> None:
    timer = QtCore.QElapsedTimer()
    timer.start()
    while not done() and timer.elapsed() < seconds * 1000:  # type: ignore[operator]
        app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 50)


def shot(app: QtWidgets.QApplication, dialog: ImportDialog, name: str) -> None:
    for _ in range(5):
        app.processEvents()
    dialog.grab().save(str(OUT / f"import-dialog-{name}.png"))


def generated_jrnl(folder: Path) -> Path:
    path = folder / "jrnl.txt"
    lines = [f"[2020-01-01 10:00] Day {i}\nA few words for day {i}.\n" for i in range(6_000)]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def shoot(app: QtWidgets.QApplication, journal: Journal, folder: Path, theme: str) -> None:
    apply_theme(app, theme)
    dialog = ImportDialog(journal)
    dialog.resize(640, 420)
    dialog.show()
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("auto"))
    dialog.path_field.setText(str(FIXTURES / "dayone"))
    shot(app, dialog, f"choose-{theme}")
    dialog.read_source()
    wait_until(app, lambda: dialog.steps.currentIndex() == 1)
    shot(app, dialog, f"preview-{theme}")
    dialog.steps.setCurrentIndex(0)
    dialog.path_field.setText(str(generated_jrnl(folder)))
    dialog.read_source()
    wait_until(app, lambda: dialog.steps.currentIndex() == 1)
    dialog.start_import()
    wait_until(app, lambda: dialog.progress.value() > 1_500 or dialog.steps.currentIndex() == 3)
    shot(app, dialog, f"progress-{theme}")
    wait_until(app, lambda: dialog.steps.currentIndex() == 3, seconds=600)
    shot(app, dialog, f"done-{theme}")
    dialog.close()


def shoot_previews_that_ask(
    app: QtWidgets.QApplication, journal: Journal, folder: Path, theme: str
) -> None:
    """The preview listing entries that could not be read, and asking about Daylio moods."""
    problems = folder / "problems.txt"
    far = "".join(f"[25{i:02d}-01-02 10:00] Far\n\n" for i in range(10))
    problems.write_text("[2024-01-01 10:00] Fine\nwords\n\n[2024-01-02 10:00]\n\n" + far)
    moods = folder / "daylio.csv"
    moods.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        '2021-09-28,28 September,Tuesday,10:00 pm,sad,"","",""\n'
        '2021-09-27,27 September,Monday,9:00 pm,super happy,"walk","",""\n'
        '2021-09-26,26 September,Sunday,9:00 pm,unsure,"","",""\n'
    )
    for source, name in ((problems, "problems"), (moods, "moods")):
        dialog = ImportDialog(journal)
        dialog.resize(640, 420)
        dialog.show()
        dialog.path_field.setText(str(source))
        dialog.format_box.setCurrentIndex(dialog.format_box.findData("auto"))
        dialog.read_source()
        wait_until(app, lambda d=dialog: d.steps.currentIndex() == 1)  # type: ignore[misc]
        shot(app, dialog, f"preview-{name}-{theme}")
        dialog.close()


def main() -> int:
    app = application()
    OUT.mkdir(parents=True, exist_ok=True)
    for theme in ("light", "dark"):
        with tempfile.TemporaryDirectory() as name:
            folder = Path(name)
            vault, _code = Vault.create(folder / "vault", PASSPHRASE, params=FLOOR)
            journal = Journal(vault, clock=ManualClock(NOW))
            shoot(app, journal, folder, theme)
            shoot_previews_that_ask(app, journal, folder, theme)
            journal.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
