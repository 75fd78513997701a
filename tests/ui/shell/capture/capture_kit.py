"""Helpers for the capture window and the review tests: the window opened as a person
opens it (the lock screen's button), and a record of every key derivation."""

from __future__ import annotations

import datetime as dt
import secrets
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from trustjournal.core.vault.inbox import capture_key, inbox, sealing
from trustjournal.core.vault.keys import keyfile
from trustjournal.core.vault.paths import VaultPaths
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.qt import Qt, QtWidgets
from trustjournal.ui.shell.capture.window import CaptureWindow
from trustjournal.ui.shell.lock_screen import LockScreen
from trustjournal.ui.shell.session import Session


def derivations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """From now on, every passphrase or recovery-code derivation and every unlock, by name
    (each still runs)."""
    called: list[str] = []
    for owner, name in (
        (keyfile, "hash_secret_raw"),
        (keyfile, "derive_from_passphrase"),
        (keyfile, "derive_from_recovery_code"),
    ):
        real = getattr(owner, name)

        def recorded(*args: object, _real: object = real, _name: str = name) -> object:
            called.append(_name)
            return _real(*args)  # type: ignore[operator]

        monkeypatch.setattr(owner, name, recorded)
    unlock = Vault.unlock

    def recorded_unlock(*args: object, **named: object) -> Vault:
        called.append("unlock")
        return unlock(*args, **named)  # type: ignore[arg-type]

    monkeypatch.setattr(Vault, "unlock", staticmethod(recorded_unlock))
    return called


def capture_from_lock_screen(qtbot: QtBot, session: Session) -> CaptureWindow:
    """Start the session and press "Write without opening"; gives the window, shown."""
    if session.window is None:
        session.start()
    screen = session.window
    assert isinstance(screen, LockScreen)
    qtbot.mouseClick(screen.write_button, Qt.MouseButton.LeftButton)
    window = session.capture
    assert window is not None
    qtbot.waitExposed(window)
    return window


def words_shown(window: QtWidgets.QWidget) -> str:
    """Every word a person can see or hear in `window`: labels, fields, names, its title."""
    parts = [window.windowTitle(), window.accessibleName()]
    for widget in window.findChildren(QtWidgets.QWidget):
        parts.append(widget.accessibleName())
        for reading in ("text", "toPlainText", "placeholderText", "toolTip"):
            method = getattr(widget, reading, None)
            if callable(method):
                parts.append(str(method()))
    return "\n".join(parts)


def plant_notes(folder: Path, count: int) -> None:
    """`count` notes sealed straight into the inbox, as `capture` seals them but without a
    sync per file (hundreds in a fraction of a second)."""
    paths = VaultPaths(folder)
    key = capture_key.read_public_key(paths)
    paths.inbox.mkdir(mode=0o700, exist_ok=True)
    written = dt.datetime(2026, 3, 13, 3, 5, tzinfo=dt.UTC)
    for number in range(count):
        note = sealing.Note(f"note {number}", written + dt.timedelta(seconds=number), 3, ())
        sealed = sealing.seal(note, key.public_key, key.vault_id)
        (paths.inbox / (secrets.token_hex(16) + inbox.SUFFIX)).write_bytes(sealed)
