"""Screenshots of what tools/screenshots_look.py does not take, right to left, in high
contrast and with large text (issues 22 and 23): the export dialog (with "Pictures and
files"), "On this day and reminders" (with the review day's reminder), the editor with its
pictures, a picture's full view, onboarding's first step and the check-in together's
answers side by side.

    xvfb-run -a -s '-screen 0 1280x800x24' .venv/bin/python tools/screenshots_more_looks.py

`--look rtl`: the pseudo-rtl language, the app mirrored (<name>-pseudo-rtl-light.png);
`contrast` and `contrast-dark`: high contrast, light and dark (<name>-contrast.png,
<name>-contrast-dark.png); every one of those three when no look is given; `large`: the
text at 22 pt (200 %), looked at, not kept (the `-large.png` pictures are
screenshots_look.py's), so it needs `--out DIR`. At 1180x760, into docs/screenshots/ (or
`--out DIR`). Everything happens in a temporary folder (a fresh vault, its own
QSettings) that is removed afterwards.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshots import OUT, PASSPHRASE, SIZE, TODAY, add_samples, settle
from screenshots_pictures import add_pictures  # type: ignore[import-not-found]
from screenshots_together import FIRST, SECOND, fill_turn  # type: ignore[import-not-found]
from screenshots_trust import with_dialog  # type: ignore[import-not-found]

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.language import speaking
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.exchange.export_dialog import ExportDialog
from trustjournal.ui.qt import QtCore, QtGui, QtWidgets
from trustjournal.ui.shell.app import application
from trustjournal.ui.shell.guards.clipboard import ClipboardGuard
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.onboarding import OnboardingWindow
from trustjournal.ui.shell.settings.care import CareSettingsDialog
from trustjournal.ui.shell.settings.language import direction_of
from trustjournal.ui.shell.settings.reminder_preferences import ReminderPreferences
from trustjournal.ui.shell.theme import DEFAULT_TEXT_SIZE, apply_theme
from trustjournal.ui.trust.together.flow import TogetherWindow

LOOKS = {  # look: (language, theme, text size, what the file name ends with)
    "rtl": ("pseudo-rtl", "light", DEFAULT_TEXT_SIZE, "pseudo-rtl-light"),
    "contrast": (None, "contrast-light", DEFAULT_TEXT_SIZE, "contrast"),
    "contrast-dark": (None, "contrast-dark", DEFAULT_TEXT_SIZE, "contrast-dark"),
    "large": (None, "light", 2 * DEFAULT_TEXT_SIZE, "large"),
}
KEPT = ("rtl", "contrast", "contrast-dark")


class Camera:
    """Writes each picture as <name>-<ending>.png into `out`."""

    def __init__(self, app: QtWidgets.QApplication, out: Path, ending: str) -> None:
        self.app, self.out, self.ending = app, out, ending

    def take(self, picture: QtGui.QPixmap | QtWidgets.QWidget, name: str) -> None:
        settle(self.app)
        if isinstance(picture, QtWidgets.QWidget):
            picture = picture.grab()
        self.out.mkdir(parents=True, exist_ok=True)
        path = self.out / f"{name}-{self.ending}.png"
        picture.save(str(path))
        print(path)


def shoot(app: QtWidgets.QApplication, folder: Path, out: Path, look: str) -> None:
    language, theme, text_size, ending = LOOKS[look]
    speaking.choose(language, {})
    app.setLayoutDirection(direction_of(language or "en"))
    apply_theme(app, theme, text_size)
    camera = Camera(app, out, ending)
    shoot_onboarding(camera, folder)
    clock = ManualClock(TODAY)
    vault, _code = Vault.create(folder / "vault", PASSPHRASE, params=FLOOR)
    journal = Journal(vault, clock=clock)
    add_samples(journal)
    window = MainWindow(journal, clock)
    window.resize(SIZE)
    window.show()
    shoot_pictures(camera, journal, window)
    store = QtCore.QSettings(str(folder / "prefs.ini"), QtCore.QSettings.Format.IniFormat)
    dialogs: list[tuple[QtWidgets.QDialog, str]] = [
        (CareSettingsDialog(journal.settings, ReminderPreferences(store), window), "care-settings")
    ]
    if not look.startswith("contrast"):  # screenshots_look.py takes it in high contrast
        dialogs.append((ExportDialog(journal, window), "export-dialog"))
    for dialog, name in dialogs:
        dialog.show()
        camera.take(with_dialog(window, dialog), name)
        dialog.reject()
    window.clear_for_lock()
    window.release()
    window.close()
    shoot_together(camera, journal, clock)
    journal.close()


def shoot_onboarding(camera: Camera, folder: Path) -> None:
    window = OnboardingWindow(folder / "new-vault", ClipboardGuard())
    window.resize(SIZE)
    window.show()
    camera.take(window, "onboarding-welcome")
    window.close()


def shoot_pictures(camera: Camera, journal: Journal, window: MainWindow) -> None:
    entry_id = add_pictures(journal)
    window.show_place("journal")
    window.journal_page.open_entry(entry_id)
    camera.take(window, "pictures-editor")
    strip = window.journal_page.editor.pictures
    strip.open_attachment(strip.thumbnails[0].attachment.id)
    assert strip.view is not None
    strip.view.resize(SIZE)
    camera.take(strip.view, "pictures-full-view")
    strip.view.close()


def shoot_together(camera: Camera, journal: Journal, clock: ManualClock) -> None:
    """Both turns given, then the answers side by side."""
    flow = TogetherWindow(journal, clock)
    flow.resize(SIZE)
    flow.show()
    flow.owner_name.setText("Sam")
    flow.partner_name.setText("Alex")
    flow.begin()
    flow.findChild(QtWidgets.QPushButton, "together_appreciations_next").click()
    fill_turn(flow, FIRST)
    flow.finish_turn()
    flow.go_to("turn")
    fill_turn(flow, SECOND)
    flow.finish_turn()
    flow.show_both()
    camera.take(flow, "together-side-by-side")
    flow.close()
    flow.deleteLater()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--look", choices=tuple(LOOKS), action="append")
    parser.add_argument("--out", type=Path)
    arguments = parser.parse_args()
    looks = arguments.look or list(KEPT)
    if "large" in looks and arguments.out is None:
        parser.error("--look large needs --out: its pictures are looked at, not kept")
    app = application()
    for look in looks:
        with tempfile.TemporaryDirectory() as name:
            shoot(app, Path(name), arguments.out or OUT, look)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
