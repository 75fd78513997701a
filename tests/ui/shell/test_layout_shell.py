"""The shell fits every size the app promises, at 1x and 2x: every place of the sidebar, the
settings and key dialogs, the lock screen and onboarding.

To add a screen, register its opener with `@screen("name")` (how: tests/ui/screens_kit.py).
"""

from __future__ import annotations

from screens_kit import (
    LONG_MESSAGE,
    Opener,
    Screens,
    room_screens,
    screens_test,
)

from trustjournal.ui.qt import QtWidgets
from trustjournal.ui.shell.guards.clipboard import ClipboardGuard
from trustjournal.ui.shell.keys.change_passphrase import ChangePassphraseDialog
from trustjournal.ui.shell.keys.pending_code import PendingCodeDialog
from trustjournal.ui.shell.keys.restore_dialog import RestoreDialog
from trustjournal.ui.shell.keys.rotate_key import RotateKeyDialog
from trustjournal.ui.shell.lock_screen import LockScreen
from trustjournal.ui.shell.onboarding import OnboardingWindow
from trustjournal.ui.shell.places import PLACES
from trustjournal.ui.shell.settings.backups import BackupDialog
from trustjournal.ui.shell.settings.care import CareSettingsDialog
from trustjournal.ui.shell.settings.dialog import SettingsDialog
from trustjournal.ui.shell.settings.preferences import Preferences
from trustjournal.ui.shell.settings.reminder_preferences import ReminderPreferences
from trustjournal.ui.widgets.controls import show_text

SCREENS, screen = room_screens()


# -- the app's places ----------------------------------------------------------------------


for _place in PLACES:  # every place of the sidebar, new ones too
    screen(f"place-{_place.key}")(lambda screens, key=_place.key: screens.place(key))


# -- settings and keys ---------------------------------------------------------------------


@screen("settings-dialog")
def _settings(screens: Screens) -> QtWidgets.QWidget:
    return screens.dialog(SettingsDialog(screens.journal.settings, Preferences(), screens.main))


@screen("change-passphrase-dialog")
def _change_passphrase(screens: Screens) -> QtWidgets.QWidget:
    return screens.dialog(ChangePassphraseDialog(screens.journal.vault, screens.main))


@screen("backup-dialog")
def _backup(screens: Screens) -> QtWidgets.QWidget:
    dialog = BackupDialog(screens.journal, screens.main)
    show_text(dialog.section.message, LONG_MESSAGE)
    return screens.dialog(dialog)


@screen("rotate-key-dialog")
def _rotate_key(screens: Screens) -> QtWidgets.QWidget:
    return screens.dialog(RotateKeyDialog(screens.journal.vault, ClipboardGuard(), screens.main))


@screen("care-settings-dialog")
def _care_settings(screens: Screens) -> QtWidgets.QWidget:
    settings = screens.journal.settings
    return screens.dialog(CareSettingsDialog(settings, ReminderPreferences(), screens.main))


# -- before unlocking ----------------------------------------------------------------------


@screen("lock-screen")
def _lock_screen(screens: Screens) -> QtWidgets.QWidget:
    lock = screens.window(LockScreen(screens.data_dir, screens.clock))
    assert isinstance(lock, LockScreen)
    show_text(lock.message, LONG_MESSAGE)
    return lock


@screen("recovery-dialog")
def _recovery(screens: Screens) -> QtWidgets.QWidget:
    lock = screens.window(LockScreen(screens.data_dir, screens.clock))
    assert isinstance(lock, LockScreen)
    lock.show()
    lock.open_recovery()
    dialog = lock.recovery_dialog
    assert dialog is not None
    return dialog


@screen("restore-dialog")
def _restore(screens: Screens) -> QtWidgets.QWidget:
    lock = screens.window(LockScreen(screens.data_dir, screens.clock))
    lock.show()
    return screens.dialog(RestoreDialog(screens.data_dir, screens.clock, lock))


@screen("lock-screen-backing-up")
def _lock_screen_backing_up(screens: Screens) -> QtWidgets.QWidget:
    lock = screens.window(LockScreen(screens.data_dir, screens.clock))
    assert isinstance(lock, LockScreen)
    lock.show_backup_running(True)
    return lock


@screen("pending-code-dialog")
def _pending_code(screens: Screens) -> QtWidgets.QWidget:
    code = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"
    vault = screens.journal.vault
    return screens.dialog(PendingCodeDialog(vault, code, ClipboardGuard(), screens.main))


def _onboarding(step: int) -> Opener:
    def opener(screens: Screens) -> QtWidgets.QWidget:
        window = OnboardingWindow(screens.data_dir.parent / "new", ClipboardGuard())
        screens.window(window)
        window.go_to(step)
        if step == window.steps.count() - 1:
            window.code_view.show_code("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789")
        return window

    return opener


for _number, _step in enumerate(("welcome", "limits", "passphrase", "recovery-code")):
    screen(f"onboarding-{_step}")(_onboarding(_number))


# The screens the 40% longer pseudo words do not fit yet (None: not measured, all of them).
# Measured 2026-12-07: Disclosure scrolls sideways by 10 px at 1024x640 under pseudo (its
# warning's padding is one unbreakable run of 80 dots, wider than the page).
NOT_YET_FITTING_LONGER_WORDS: frozenset[str] | None = frozenset()

# last: over every screen registered above
test_screen_fits = screens_test(SCREENS, NOT_YET_FITTING_LONGER_WORDS)
