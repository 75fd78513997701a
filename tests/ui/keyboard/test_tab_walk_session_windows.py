"""Tab and Shift+Tab go round the lock screen, every step of onboarding and every dialog
the session opens (Settings and its own dialogs, the passphrase, backups, the recovery
code, recovery and restore, export and import): both come back round, Shift+Tab passes
the same stops backwards, every stop shows and has a name, and Tab follows reading order.
The places and the dialogs the journal's window opens by itself are
test_tab_walk_finds_no_trap.py's."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from focus_walk_kit import round_both_ways
from pytestqt.qtbot import QtBot
from screens_kit import Filled
from uikit import settle

from trustjournal.ui.exchange.export_page import ExportPage
from trustjournal.ui.exchange.import_dialog import ImportDialog
from trustjournal.ui.qt import QtWidgets
from trustjournal.ui.shell.guards.clipboard import ClipboardGuard
from trustjournal.ui.shell.keys.change_passphrase import ChangePassphraseDialog
from trustjournal.ui.shell.keys.pending_code import PendingCodeDialog
from trustjournal.ui.shell.keys.restore_dialog import RestoreDialog
from trustjournal.ui.shell.keys.rotate_key import RotateKeyDialog
from trustjournal.ui.shell.lock_screen import LockScreen
from trustjournal.ui.shell.onboarding import OnboardingWindow
from trustjournal.ui.shell.settings.backups import BackupDialog
from trustjournal.ui.shell.settings.care import CareSettingsDialog
from trustjournal.ui.shell.settings.dialog import SettingsDialog
from trustjournal.ui.shell.settings.preferences import Preferences
from trustjournal.ui.shell.settings.reminder_preferences import ReminderPreferences

CODE = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"
ONBOARDING_STEPS = 5  # welcome, limits, about you, passphrase, recovery code
Opener = Callable[[Filled], QtWidgets.QWidget]


def lock_screen(filled: Filled) -> QtWidgets.QWidget:
    return LockScreen(filled.folder, filled.clock)


KEPT: list[QtWidgets.QWidget] = []  # the lock screen under its dialog, while it is walked


def over_the_lock_screen(open_it: Callable[[LockScreen], QtWidgets.QWidget]) -> Opener:
    def opener(filled: Filled) -> QtWidgets.QWidget:
        lock = LockScreen(filled.folder, filled.clock)
        KEPT.append(lock)
        lock.resize(1180, 760)
        lock.show()
        return open_it(lock)

    return opener


def recovery(lock: LockScreen) -> QtWidgets.QWidget:
    lock.open_recovery()
    assert lock.recovery_dialog is not None
    return lock.recovery_dialog


def onboarding_step(step: int) -> Opener:
    def opener(filled: Filled) -> QtWidgets.QWidget:
        window = OnboardingWindow(filled.folder.parent / "new", ClipboardGuard())
        assert window.steps.count() == ONBOARDING_STEPS, "a new onboarding step: walk it here"
        if step == ONBOARDING_STEPS - 1:
            window.code_view.show_code(CODE)
        window.go_to(step)
        return window

    return opener


def export_dialog(filled: Filled) -> QtWidgets.QWidget:
    filled.main.show_place("export")
    dialog = filled.main.page_of("export", ExportPage).open_dialog()
    assert dialog is not None
    return dialog


def rotate_key(filled: Filled) -> QtWidgets.QWidget:
    return RotateKeyDialog(filled.journal.vault, ClipboardGuard(), filled.main)


WINDOWS: dict[str, Opener] = {
    "lock-screen": lock_screen,
    "recovery": over_the_lock_screen(recovery),
    "restore": lambda f: over_the_lock_screen(lambda lock: RestoreDialog(f.folder, f.clock, lock))(
        f
    ),
    **{f"onboarding-step-{n}": onboarding_step(n) for n in range(ONBOARDING_STEPS)},
    "settings": lambda f: SettingsDialog(f.journal.settings, Preferences(), f.main),
    "settings-care": lambda f: CareSettingsDialog(
        f.journal.settings, ReminderPreferences(), f.main
    ),
    "settings-change-passphrase": lambda f: ChangePassphraseDialog(f.journal.vault, f.main),
    "settings-backups": lambda f: BackupDialog(f.journal, f.main),
    "rotate-key": rotate_key,
    "pending-code": lambda f: PendingCodeDialog(f.journal.vault, CODE, ClipboardGuard(), f.main),
    "export": export_dialog,
    "import": lambda f: ImportDialog(f.journal, f.main),
}


@pytest.fixture
def shown_main(filled: Filled, qtbot: QtBot) -> Iterator[Filled]:
    filled.main.resize(1180, 760)
    filled.main.show()
    qtbot.waitExposed(filled.main)
    yield filled
    for window in QtWidgets.QApplication.topLevelWidgets():
        if window is not filled.main and window.isVisible():
            window.close()
    while KEPT:
        KEPT.pop().deleteLater()
    settle()


@pytest.mark.parametrize("name", list(WINDOWS))
def test_tab_and_shift_tab_go_round_each_window_the_session_opens(
    name: str, shown_main: Filled, qtbot: QtBot
) -> None:
    window = WINDOWS[name](shown_main)
    if window.isWindow() and window.parentWidget() is None:
        qtbot.addWidget(window)
        window.resize(1180, 760)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QtWidgets.QApplication.activeWindow() is window)
    found = round_both_ways(qtbot, window)
    assert not found, f"{name}:\n" + "\n".join(found)


def test_the_round_finds_a_stop_without_a_name(qtbot: QtBot) -> None:
    """Planted: an icon button with no words, the kind a screen reader says as "button"."""
    window = QtWidgets.QWidget()
    layout = QtWidgets.QVBoxLayout(window)
    nameless = QtWidgets.QPushButton()
    nameless.setObjectName("nameless")
    for widget in (QtWidgets.QPushButton("Back"), nameless, QtWidgets.QPushButton("Save")):
        layout.addWidget(widget)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QtWidgets.QApplication.activeWindow() is window)
    assert round_both_ways(qtbot, window) == ["unnamed: QPushButton nameless"]
