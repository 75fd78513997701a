"""Backups, restore and key changes in the app: Settings, the daily backup, the lock screen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from golden_vault_kit import GOLDEN_BACKUP, GOLDEN_PASSPHRASE
from pytestqt.qtbot import QtBot
from testkit import NEW_PASSPHRASE, PASSPHRASE
from uikit import click, settle, type_new_passphrase, type_text
from uikit import find as child
from uikit import text_of as label_text

from trustjournal.core.clock import ManualClock
from trustjournal.core.errors import WrongRecoveryCode
from trustjournal.core.journal.backups import FOLDER
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft
from trustjournal.core.vault.backup.making import list_backups, make_backup
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.qt import QtWidgets
from trustjournal.ui.shell.keys import restore_dialog
from trustjournal.ui.shell.keys.restore_dialog import RestoreDialog
from trustjournal.ui.shell.keys.rotate_key import RotateKeyDialog
from trustjournal.ui.shell.lock_screen import LockScreen
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.onboarding import OnboardingWindow
from trustjournal.ui.shell.session import ROTATION_OFFER, Session
from trustjournal.ui.shell.settings import backups as backup_section
from trustjournal.ui.shell.texts import NOT_PRIVATE

Unlock = Callable[[], MainWindow]


def _settings(main: MainWindow, session: Session, qtbot: QtBot) -> QtWidgets.QDialog:
    """Settings, then its "Backups and key…" button: the backup dialog."""
    main.actions_by_name["settings_action"].trigger()
    settings = session.settings_dialog
    assert settings is not None
    click(qtbot, settings, "backups_open_button")
    dialog = session.backup_dialog
    assert dialog is not None
    return dialog


def _add(session: Session, title: str) -> None:
    assert session.journal is not None
    session.journal.add_entry(EntryDraft(day=dt.date(2026, 3, 1), title=title))


def test_back_up_now_from_settings(
    unlocked: Unlock,
    session: Session,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    drive = tmp_path / "drive"
    monkeypatch.setattr(backup_section, "ask_backup_folder", lambda _parent, _start: str(drive))
    main = unlocked()
    dialog = _settings(main, session, qtbot)
    assert "No backups yet" in label_text(dialog, "backup_status")
    assert not child(dialog, QtWidgets.QPushButton, "backup_now_button").isEnabled()
    click(qtbot, dialog, "backup_folder_button")
    assert str(drive) in label_text(dialog, "backup_status")
    click(qtbot, dialog, "backup_now_button")
    qtbot.waitUntil(lambda: "Last backup" in label_text(dialog, "backup_status"), timeout=15_000)
    assert len(list_backups(drive)) == 1
    assert str(drive) in label_text(dialog, "backup_status")
    assert "new computer" in label_text(dialog, "moving_help")


def _lock_and_let_the_backup_finish(session: Session, qtbot: QtBot) -> None:
    session.lock()
    qtbot.waitUntil(lambda: session.closing is None, timeout=30_000)


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_one_backup_a_day_on_lock(
    unlocked: Unlock, session: Session, clock: ManualClock, tmp_path: Path, qtbot: QtBot
) -> None:
    drive = tmp_path / "drive"
    unlocked()
    assert session.journal is not None
    session.journal.settings.set(FOLDER, str(drive))
    _lock_and_let_the_backup_finish(session, qtbot)
    assert len(list_backups(drive)) == 1
    unlocked()
    clock.advance(hours=2)
    _lock_and_let_the_backup_finish(session, qtbot)
    assert len(list_backups(drive)) == 1  # at most once a day
    clock.advance(days=1)
    unlocked()
    _lock_and_let_the_backup_finish(session, qtbot)
    assert len(list_backups(drive)) == 2


def test_a_failed_daily_backup_still_locks_and_says_so(
    unlocked: Unlock, session: Session, tmp_path: Path, qtbot: QtBot
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be")
    unlocked()
    assert session.journal is not None
    session.journal.settings.set(FOLDER, str(blocked))
    _lock_and_let_the_backup_finish(session, qtbot)
    assert session.journal is None
    screen = session.window
    assert isinstance(screen, LockScreen)
    assert "could not be made" in label_text(screen, "unlock_note")
    assert "journal is safe" in label_text(screen, "unlock_note")


def _backup_of(folder: Path, drive: Path, title: str) -> Path:
    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        journal = Journal(vault)
        journal.add_entry(EntryDraft(day=dt.date(2026, 3, 1), title=title))
        return make_backup(vault, drive, dt.datetime(2026, 3, 1, tzinfo=dt.UTC))
    finally:
        vault.close()


def _fill_restore(qtbot: QtBot, dialog: RestoreDialog, backup: Path, secret: str) -> None:
    type_text(qtbot, dialog, "restore_file_field", str(backup))
    type_text(qtbot, dialog, "restore_secret_field", secret)


def _restore_on_lock_screen(
    created_vault: tuple[Path, str], session: Session, qtbot: QtBot, secret: str
) -> tuple[LockScreen, RestoreDialog]:
    """A backup of the journal made, then the lock screen's restore dialog opened by its
    button and filled in with that backup and `secret`."""
    folder, _ = created_vault
    backup = _backup_of(folder, folder.parent / "drive", "in the backup")
    session.start()
    screen = session.window
    assert isinstance(screen, LockScreen)
    click(qtbot, screen, "restore_open_button")
    dialog = screen.restore_dialog
    assert dialog is not None
    _fill_restore(qtbot, dialog, backup, secret)
    return screen, dialog


def test_restore_on_the_lock_screen_keeps_the_journal_that_was_there(
    created_vault: tuple[Path, str], session: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    screen, dialog = _restore_on_lock_screen(created_vault, session, qtbot, PASSPHRASE)
    restore = child(dialog, QtWidgets.QPushButton, "restore_button")
    assert not restore.isEnabled()  # a journal is here: moving it aside must be chosen
    child(dialog, QtWidgets.QCheckBox, "restore_replace_check").click()
    assert restore.isEnabled()
    click(qtbot, dialog, "restore_button")
    qtbot.waitUntil(lambda: "is restored" in label_text(screen, "unlock_note"), timeout=15_000)
    assert "before-restore" in label_text(screen, "unlock_note")
    assert list(tmp_path.glob("vault-before-restore-*"))


def test_a_wrong_passphrase_for_a_backup_is_said_and_nothing_changes(
    created_vault: tuple[Path, str], session: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    _, dialog = _restore_on_lock_screen(
        created_vault, session, qtbot, "not the passphrase of that day"
    )
    child(dialog, QtWidgets.QCheckBox, "restore_replace_check").click()
    click(qtbot, dialog, "restore_button")
    qtbot.waitUntil(lambda: label_text(dialog, "restore_message") != "", timeout=15_000)
    assert "passphrase you had when the backup was made" in label_text(dialog, "restore_message")
    assert not list(tmp_path.glob("vault-before-restore-*"))


def test_a_new_computer_restores_from_the_first_screen(
    created_vault: tuple[Path, str],
    clock: ManualClock,
    qtbot: QtBot,
    tmp_path: Path,
    preferences: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder, _ = created_vault
    backup = _backup_of(folder, tmp_path / "drive", "from the old laptop")
    monkeypatch.setattr(restore_dialog, "ask_backup_file", lambda _parent: str(backup))
    new_computer = Session(tmp_path / "new-computer", clock, preferences)  # type: ignore[arg-type]
    try:
        new_computer.start()
        onboarding = new_computer.window
        assert isinstance(onboarding, OnboardingWindow)
        click(qtbot, onboarding, "restore_open_button")
        dialog = onboarding.restore_dialog
        assert dialog is not None
        click(qtbot, dialog, "restore_choose_button")
        assert child(dialog, QtWidgets.QLineEdit, "restore_file_field").text() == str(backup)
        type_text(qtbot, dialog, "restore_secret_field", PASSPHRASE)
        click(qtbot, dialog, "restore_button")
        # The passphrase was just given: the journal opens, with no second ask on a lock screen.
        qtbot.waitUntil(lambda: isinstance(new_computer.window, MainWindow), timeout=15_000)
        assert new_computer.journal is not None
        assert [entry.title for entry in new_computer.journal.entries()] == ["from the old laptop"]
        shown = [
            window for window in QtWidgets.QApplication.topLevelWidgets() if window.isVisible()
        ]
        assert not any(isinstance(window, LockScreen) for window in shown)
    finally:
        new_computer.close()
    Vault.unlock(tmp_path / "new-computer", PASSPHRASE).close()


def test_change_the_key_from_settings_shows_a_new_code_once(
    unlocked: Unlock, session: Session, qtbot: QtBot, created_vault: tuple[Path, str]
) -> None:
    folder, old_code = created_vault
    main = unlocked()
    _add(session, "kept through the key change")
    dialog = _settings(main, session, qtbot)
    click(qtbot, dialog, "rotate_key_open_button")
    rotation = session.rotate_key_dialog
    assert isinstance(rotation, RotateKeyDialog)
    type_text(qtbot, rotation, "rotate_passphrase_field", PASSPHRASE)
    click(qtbot, rotation, "rotate_key_button")
    qtbot.waitUntil(lambda: rotation.steps.currentWidget() is rotation.code_view, timeout=30_000)
    new_code = label_text(rotation, "recovery_code")
    assert len(new_code.split("-")) == 8 and new_code != old_code
    rotation.reject()
    assert rotation.isVisible()  # the new code is shown once: it must be stored first
    child(rotation, QtWidgets.QCheckBox, "stored_checkbox").click()
    click(qtbot, rotation, "continue_button")
    assert label_text(rotation, "recovery_code") == ""
    session.lock()
    with pytest.raises(WrongRecoveryCode):
        Vault.recover(folder, old_code, NEW_PASSPHRASE, params=FLOOR)
    Vault.recover(folder, new_code, NEW_PASSPHRASE, params=FLOOR).close()


def test_the_limits_name_memory_and_swap() -> None:
    assert "memory and swap" in NOT_PRIVATE


def _change_passphrase_until_offered(
    main: MainWindow, session: Session, qtbot: QtBot
) -> QtWidgets.QMessageBox:
    """Change the passphrase; gives the offer to change the key that follows."""
    session.open_change_passphrase()
    dialog = session.change_passphrase_dialog
    assert dialog is not None
    type_text(qtbot, dialog, "current_passphrase", PASSPHRASE)
    type_new_passphrase(qtbot, dialog, NEW_PASSPHRASE)
    click(qtbot, dialog, "change_passphrase_button")
    qtbot.waitUntil(lambda: session.rotation_offer is not None, timeout=15_000)
    offer = child(main, QtWidgets.QMessageBox, "rotation_offer")  # over the journal
    assert isinstance(offer, QtWidgets.QMessageBox) and offer is session.rotation_offer
    qtbot.waitUntil(offer.isVisible)
    return offer


def test_a_key_change_is_offered_after_a_passphrase_change(
    unlocked: Unlock, session: Session, qtbot: QtBot
) -> None:
    offer = _change_passphrase_until_offered(unlocked(), session, qtbot)
    assert offer.windowTitle() == "Passphrase changed"
    assert offer.text() == ROTATION_OFFER
    assert child(offer, QtWidgets.QPushButton, "rotation_offer_accept").text() == "Change the key…"
    assert child(offer, QtWidgets.QPushButton, "rotation_offer_later").text() == "Not now"
    click(qtbot, offer, "rotation_offer_accept")
    qtbot.waitUntil(lambda: session.rotate_key_dialog is not None, timeout=5000)
    rotation = session.rotate_key_dialog
    assert rotation is not None
    qtbot.waitUntil(rotation.isVisible)
    rotation.reject()


def test_not_now_leaves_the_key_as_it_is(unlocked: Unlock, session: Session, qtbot: QtBot) -> None:
    offer = _change_passphrase_until_offered(unlocked(), session, qtbot)
    click(qtbot, offer, "rotation_offer_later")
    qtbot.waitUntil(lambda: not offer.isVisible())
    settle()
    assert session.rotate_key_dialog is None


def test_restore_from_settings_locks_first_and_opens_the_restore_dialog(
    unlocked: Unlock, session: Session, qtbot: QtBot
) -> None:
    main = unlocked()
    dialog = _settings(main, session, qtbot)
    click(qtbot, dialog, "settings_restore_button")
    assert session.journal is None  # a journal in use is never replaced
    screen = session.window
    assert isinstance(screen, LockScreen)
    assert screen.restore_dialog is not None
    qtbot.waitUntil(screen.restore_dialog.isVisible)
    assert child(screen.restore_dialog, QtWidgets.QCheckBox, "restore_replace_check").isVisible()
    screen.restore_dialog.reject()


def test_opening_backups_saves_the_editor_first(
    unlocked: Unlock, session: Session, qtbot: QtBot
) -> None:
    main = unlocked()
    page = main.journal_page
    page.new_entry()
    page.editor.autosave_timer.setInterval(600_000)
    body = page.findChild(QtWidgets.QPlainTextEdit, "editorBody")
    qtbot.keyClicks(body, "Saved before the backup starts.")
    assert session.journal is not None and session.journal.count() == 0
    session.open_backups()
    assert session.journal.count() == 1
    assert session.backup_dialog is not None
    session.backup_dialog.reject()


def test_an_old_backups_date_is_not_shown_as_checked(
    clock: ManualClock, qtbot: QtBot, tmp_path: Path, preferences: object
) -> None:
    new_computer = Session(tmp_path / "new-computer", clock, preferences)  # type: ignore[arg-type]
    try:
        new_computer.start()
        onboarding = new_computer.window
        assert isinstance(onboarding, OnboardingWindow)
        click(qtbot, onboarding, "restore_open_button")
        dialog = onboarding.restore_dialog
        assert dialog is not None
        _fill_restore(qtbot, dialog, GOLDEN_BACKUP, GOLDEN_PASSPHRASE)
        click(qtbot, dialog, "restore_button")
        qtbot.waitUntil(lambda: isinstance(new_computer.window, LockScreen), timeout=15_000)
        note = label_text(new_computer.window, "unlock_note")
        assert "30 November 2026" in note and "could not be checked" in note
    finally:
        new_computer.close()
