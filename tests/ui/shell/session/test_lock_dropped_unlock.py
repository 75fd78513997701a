"""An unlock (or a new journal) whose window is gone before it finishes closes its vault."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from pytestqt.qtbot import QtBot
from testkit import PASSPHRASE
from uikit import type_passphrase

from trustjournal.core.clock import ManualClock
from trustjournal.core.vault.keys.keyfile import Argon2Params
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.shell import lock_screen, onboarding
from trustjournal.ui.shell.guards.clipboard import ClipboardGuard
from trustjournal.ui.shell.lock_screen import LockScreen
from trustjournal.ui.shell.onboarding import OnboardingWindow
from trustjournal.ui.widgets.background import busy


def test_a_lock_screen_closed_during_its_unlock_leaves_no_vault_open(
    qtbot: QtBot,
    created_vault: tuple[Path, str],
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder, _ = created_vault
    opened: list[Vault] = []

    class Watched(Vault):
        @classmethod
        def unlock(cls, folder: Path, passphrase: str) -> Vault:
            vault = Vault.unlock(folder, passphrase)
            opened.append(vault)
            return vault

    monkeypatch.setattr(lock_screen, "Vault", Watched)
    screen = LockScreen(folder, clock)
    screen.show()
    type_passphrase(qtbot, screen, PASSPHRASE)
    screen.try_unlock()
    shiboken6.delete(screen)  # the app quit or swapped windows meanwhile
    qtbot.waitUntil(lambda: not busy(), timeout=30_000)
    assert len(opened) == 1
    assert not opened[0].is_open
    Vault.unlock(folder, PASSPHRASE).close()  # not held by the dropped one


def test_onboarding_closed_while_creating_leaves_no_vault_open(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[Vault] = []

    class Watched(Vault):
        @classmethod
        def create(
            cls, folder: Path, passphrase: str, params: Argon2Params | None = None
        ) -> tuple[Vault, str]:
            vault, code = Vault.create(folder, passphrase, params)
            made.append(vault)
            return vault, code

    monkeypatch.setattr(onboarding, "Vault", Watched)
    window = OnboardingWindow(data_dir, ClipboardGuard())
    window.show()
    window.form.first.setText(PASSPHRASE)
    window.form.second.setText(PASSPHRASE)
    window.create_vault()
    assert window.create_busy.isVisible() or busy()
    shiboken6.delete(window)
    qtbot.waitUntil(lambda: not busy(), timeout=30_000)
    assert len(made) == 1
    assert not made[0].is_open
