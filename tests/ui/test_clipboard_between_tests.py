"""No UI test finds what an earlier one left on the clipboard.

Onboarding copies the recovery code; the autouse fixture `clipboard_emptied` in
tests/ui/conftest.py empties the clipboard before and after every UI test. The two
tests below run in file order (random order is switched off for this file): the first
leaves a recovery code on the clipboard, the second must find it gone.
"""

from __future__ import annotations

import pytest

from trustjournal.ui.qt import QtGui

pytestmark = pytest.mark.random_order(disabled=True)

LEFT_BEHIND = "RECOVERY-CODE-LEFT-ON-THE-CLIPBOARD"


def test_a_test_can_leave_text_on_the_clipboard() -> None:
    clipboard = QtGui.QGuiApplication.clipboard()
    clipboard.setText(LEFT_BEHIND)
    assert clipboard.text() == LEFT_BEHIND


def test_the_next_test_finds_the_clipboard_empty(request: pytest.FixtureRequest) -> None:
    assert "clipboard_emptied" in request.fixturenames
    assert QtGui.QGuiApplication.clipboard().text() == ""
