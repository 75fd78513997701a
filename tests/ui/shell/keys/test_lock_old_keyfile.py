"""The lock screen names an old key file put back after a key change, in one sentence."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from rotation_kit import rotated_with_old_keyfile
from testkit import PASSPHRASE
from uikit import text_of as label_text
from uikit import type_passphrase

from trustjournal.core.clock import ManualClock
from trustjournal.core.vault.paths import VaultPaths
from trustjournal.ui.shell.lock_screen import LockScreen


def test_an_old_key_file_is_named_on_the_lock_screen(
    qtbot: QtBot, created_vault: tuple[Path, str], clock: ManualClock
) -> None:
    folder, _ = created_vault
    paths = VaultPaths(folder)
    old, _new = rotated_with_old_keyfile(folder)
    paths.keyfile.write_bytes(old)
    paths.keyfile_backup.write_bytes(old)
    screen = LockScreen(folder, clock)
    qtbot.addWidget(screen)
    screen.show()
    type_passphrase(qtbot, screen, PASSPHRASE)
    screen.try_unlock()
    qtbot.waitUntil(lambda: bool(label_text(screen, "unlock_message")), timeout=30_000)
    message = label_text(screen, "unlock_message")
    assert "before the key was changed" in message
    assert "damaged" not in message
    assert screen.field.isEnabled()  # the busy state ended
