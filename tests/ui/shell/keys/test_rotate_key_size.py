"""The "Change the key" dialog is as tall as the step it shows (issue 21, item 18: its first
step was half empty, sized for the taller recovery-code step that follows)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from trustjournal.core.journal.journal import Journal
from trustjournal.ui.qt import QtCore, QtWidgets
from trustjournal.ui.shell.guards.clipboard import ClipboardGuard
from trustjournal.ui.shell.keys.rotate_key import RotateKeyDialog
from trustjournal.ui.shell.theme import apply_theme

BOTTOM_MARGIN = 24
SLACK = 12  # rounding and a little air, far less than the empty half it was
CODE = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"


@pytest.fixture
def dialog(
    qtbot: QtBot, qapp: QtWidgets.QApplication, journal: Journal
) -> Iterator[RotateKeyDialog]:
    apply_theme(qapp, "light")  # the app's own paddings and sizes
    shown = RotateKeyDialog(journal.vault, ClipboardGuard())
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.force_close()


def empty_below(dialog: RotateKeyDialog, last: QtWidgets.QWidget) -> int:
    bottom = last.mapTo(dialog, QtCore.QPoint(0, last.height())).y()
    return dialog.height() - bottom


def test_the_first_step_has_no_empty_half(dialog: RotateKeyDialog) -> None:
    assert empty_below(dialog, dialog.go_button) <= BOTTOM_MARGIN + SLACK


def test_the_code_step_gets_the_room_it_needs(dialog: RotateKeyDialog, qtbot: QtBot) -> None:
    first = dialog.height()
    dialog.code_view.show_code(CODE)
    dialog.steps.setCurrentWidget(dialog.code_view)
    qtbot.waitUntil(lambda: dialog.height() > first)
    continue_button = dialog.findChild(QtWidgets.QPushButton, "continue_button")
    assert continue_button is not None and continue_button.isVisible()
    assert 0 <= empty_below(dialog, continue_button) <= BOTTOM_MARGIN + SLACK


def test_a_wrong_passphrase_is_said_in_full(dialog: RotateKeyDialog, qtbot: QtBot) -> None:
    first = dialog.height()
    dialog.passphrase.setText("not the passphrase at all")
    dialog.go_button.click()
    qtbot.waitUntil(lambda: bool(dialog.message.text()) and dialog.go_button.isEnabled())
    assert dialog.message.isVisible() and dialog.height() > first
    # The stack lays its page out again on a posted event: wait for it to settle.
    qtbot.waitUntil(lambda: empty_below(dialog, dialog.go_button) <= BOTTOM_MARGIN + SLACK)
    assert empty_below(dialog, dialog.message) > 0
