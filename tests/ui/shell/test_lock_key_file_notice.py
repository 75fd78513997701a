"""Issue 20, item 1 in the app: a journal opened through journal.key.bak is said after
unlock, and the key file is mended there if the person says yes."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot
from testkit import PASSPHRASE
from uikit import find as child
from uikit import type_text

from trustjournal.core.clock import ManualClock
from trustjournal.core.vault.paths import VaultPaths
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.qt import QtWidgets
from trustjournal.ui.shell.lock_screen import LockScreen


def _lower_memory(paths: VaultPaths) -> None:
    document = json.loads(paths.keyfile.read_bytes())
    document["slots"]["passphrase"]["argon2"]["memory_kib"] = 8
    paths.keyfile.write_text(json.dumps(document))


def _unlock(qtbot: QtBot, folder: Path, clock: ManualClock) -> LockScreen:
    screen = LockScreen(folder, clock)
    qtbot.addWidget(screen)
    screen.show()
    type_text(qtbot, screen, "passphrase_field", PASSPHRASE)
    screen.try_unlock()
    return screen


def _answer(qtbot: QtBot, screen: LockScreen, button: str) -> Vault:
    qtbot.waitUntil(lambda: screen.key_file_notice is not None, timeout=30_000)
    notice = child(screen, QtWidgets.QMessageBox, "key_file_notice")
    assert isinstance(notice, QtWidgets.QMessageBox)
    assert notice.isVisible()
    assert "journal.key" in notice.text() and "backup copy" in notice.text()
    with qtbot.waitSignal(screen.unlocked, timeout=10_000) as opened:
        child(notice, QtWidgets.QPushButton, button).click()
    vault = opened.args[0]
    assert isinstance(vault, Vault)
    return vault


def test_yes_mends_the_key_file_and_opens_the_journal(
    qtbot: QtBot, created_vault: tuple[Path, str], clock: ManualClock
) -> None:
    folder, _ = created_vault
    paths = VaultPaths(folder)
    _lower_memory(paths)
    vault = _answer(qtbot, _unlock(qtbot, folder, clock), "key_file_notice_yes")
    try:
        assert vault.is_open and not vault.opened_through_backup
    finally:
        vault.close()
    assert paths.keyfile.read_bytes() == paths.keyfile_backup.read_bytes()


def test_not_now_opens_the_journal_and_leaves_the_key_file(
    qtbot: QtBot, created_vault: tuple[Path, str], clock: ManualClock
) -> None:
    folder, _ = created_vault
    paths = VaultPaths(folder)
    _lower_memory(paths)
    damaged = paths.keyfile.read_bytes()
    vault = _answer(qtbot, _unlock(qtbot, folder, clock), "key_file_notice_later")
    try:
        assert vault.is_open and vault.opened_through_backup
    finally:
        vault.close()
    assert paths.keyfile.read_bytes() == damaged


def test_a_sound_key_file_opens_without_a_notice(
    qtbot: QtBot, created_vault: tuple[Path, str], clock: ManualClock
) -> None:
    folder, _ = created_vault
    screen = LockScreen(folder, clock)
    qtbot.addWidget(screen)
    screen.show()
    type_text(qtbot, screen, "passphrase_field", PASSPHRASE)
    with qtbot.waitSignal(screen.unlocked, timeout=30_000) as opened:
        screen.try_unlock()
    opened.args[0].close()
    assert screen.key_file_notice is None
    assert screen.findChild(QtWidgets.QMessageBox, "key_file_notice") is None
