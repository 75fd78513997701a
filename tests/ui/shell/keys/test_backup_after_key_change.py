"""After "Change the key", a backup that opens with the new key, when backups are on; and
the dialog's sentence about older backups says what is true (issue 21, item 4)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from testkit import NEW_PASSPHRASE, PASSPHRASE
from uikit import click, type_text
from uikit import find as child
from uikit import text_of as label_text

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.backups import FOLDER, LastBackup, back_up_now, last_backup
from trustjournal.core.vault.backup import file_format
from trustjournal.core.vault.backup.making import list_backups
from trustjournal.core.vault.backup.restore import (
    BackupNeedsSecret,
    restore_backup,
    unwrap_backup_key,
)
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.qt import QtWidgets
from trustjournal.ui.shell.keys.rotate_key import RotateKeyDialog
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.session import Session
from trustjournal.ui.widgets.background import busy

Unlock = Callable[[], MainWindow]


def _change_the_key(main: MainWindow, session: Session, qtbot: QtBot) -> RotateKeyDialog:
    """Settings → Backups and key… → Change the key…, through the real dialogs; gives the
    dialog showing the new recovery code."""
    main.actions_by_name["settings_action"].trigger()
    click(qtbot, session.settings_dialog, "backups_open_button")
    click(qtbot, session.backup_dialog, "rotate_key_open_button")
    rotation = session.rotate_key_dialog
    assert rotation is not None
    type_text(qtbot, rotation, "rotate_passphrase_field", PASSPHRASE)
    click(qtbot, rotation, "rotate_key_button")
    qtbot.waitUntil(lambda: rotation.steps.currentWidget() is rotation.code_view, timeout=30_000)
    return rotation


def _opens_with(backup: Path, secret: str) -> bool:
    try:
        unwrap_backup_key(file_format.read_header(backup).keyfile, secret)
    except BackupNeedsSecret:
        return False
    return True


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_a_key_change_makes_a_backup_that_opens_with_the_new_code(
    unlocked: Unlock,
    session: Session,
    qtbot: QtBot,
    clock: ManualClock,
    created_vault: tuple[Path, str],
    tmp_path: Path,
) -> None:
    _, old_code = created_vault
    drive = tmp_path / "drive"
    main = unlocked()
    journal = session.journal
    assert journal is not None
    journal.settings.set(FOLDER, str(drive))
    morning = back_up_now(journal)  # today's automatic backup, made under the old key
    clock.advance(hours=2)
    rotation = _change_the_key(main, session, qtbot)
    new_code = label_text(rotation, "recovery_code")
    assert last_backup(journal.settings) == LastBackup(clock.now() - dt.timedelta(hours=2), morning)
    _confirm_the_code(qtbot, rotation)  # only now: the backup must not hold the code

    def new_backup_recorded() -> bool:
        last = last_backup(journal.settings)
        return last is not None and last.path != morning

    qtbot.waitUntil(new_backup_recorded, timeout=30_000)
    last = last_backup(journal.settings)
    assert last is not None and last.path.exists()
    assert _opens_with(last.path, new_code)
    assert not _opens_with(last.path, old_code)
    assert list_backups(drive)[0].path == last.path  # the newest in the folder
    restored = tmp_path / "restored"
    restore_backup(last.path, restored, new_code, clock.now())
    vault = Vault.recover(restored, new_code, NEW_PASSPHRASE, params=FLOOR)
    try:
        assert vault.pending_recovery_code() == ""  # no code waiting to be shown again
    finally:
        vault.close()


def _confirm_the_code(qtbot: QtBot, rotation: RotateKeyDialog) -> None:
    child(rotation, QtWidgets.QCheckBox, "stored_checkbox").click()
    click(qtbot, rotation, "continue_button")


def test_no_backup_after_a_key_change_when_backups_are_off(
    unlocked: Unlock, session: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    main = unlocked()
    journal = session.journal
    assert journal is not None
    _confirm_the_code(qtbot, _change_the_key(main, session, qtbot))
    qtbot.waitUntil(lambda: not busy())  # nothing still running in the background
    assert last_backup(journal.settings) is None
    assert journal.settings.backup_problem == ""


def test_the_key_change_says_which_backups_still_open_the_old_way(
    unlocked: Unlock, session: Session, qtbot: QtBot
) -> None:
    main = unlocked()
    main.actions_by_name["settings_action"].trigger()
    click(qtbot, session.settings_dialog, "backups_open_button")
    click(qtbot, session.backup_dialog, "rotate_key_open_button")
    rotation = session.rotate_key_dialog
    assert rotation is not None
    words = " ".join(label.text() for label in rotation.findChildren(QtWidgets.QLabel))
    assert "before today" not in words  # untrue for this morning's backup
    assert "Backups made before this change still open with your old" in words
