"""Every place and dialog, walked as a screen reader reads it (in-process, offscreen): no
unnamed control, every passphrase field in the password role, and a passphrase typed into
every one of them readable nowhere in the tree.

The screens are the layout tests' (access_kit.all_screens), over the same filled journal.
The checks themselves are seen failing on planted defects in test_access_tree_checks.py.
"""

from __future__ import annotations

import pytest
from access_kit import all_screens, problems, type_canary
from pytestqt.qtbot import QtBot
from screens_kit import Opener, Screens, shown_at
from uikit import settle

from trustjournal.ui.qt import QtCore, QtWidgets
from trustjournal.ui.shell.guards.clipboard import ClipboardGuard
from trustjournal.ui.shell.onboarding import OnboardingWindow
from trustjournal.ui.widgets import sizing

SIZE = QtCore.QSize(1180, 760)
ONBOARDING_STEPS = 5  # welcome, limits, about you, passphrase, recovery code
CODE = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"


def _onboarding_step(step: int) -> Opener:
    """Onboarding at `step`, every step of it (the layout test's four names predate the
    "about you" step)."""

    def opener(screens: Screens) -> QtWidgets.QWidget:
        window = OnboardingWindow(screens.data_dir.parent / "new", ClipboardGuard())
        screens.window(window)
        assert window.steps.count() == ONBOARDING_STEPS, "a new onboarding step: walk it here"
        window.go_to(step)
        if step == ONBOARDING_STEPS - 1:
            window.code_view.show_code(CODE)
        return window

    return opener


SCREENS = all_screens() | {
    f"onboarding-step-{step}": _onboarding_step(step) for step in range(ONBOARDING_STEPS)
}


@pytest.mark.parametrize("name", sorted(SCREENS))
def test_a_screen_reader_finds_every_control_named_and_no_passphrase(
    name: str, qtbot: QtBot, qapp: QtWidgets.QApplication, request: pytest.FixtureRequest
) -> None:
    filled = shown_at(SIZE.width(), SIZE.height(), 1, qapp, request)
    assert filled is not None
    screen = QtCore.QRect(QtCore.QPoint(0, 0), SIZE)
    request.getfixturevalue("monkeypatch").setattr(sizing, "screen_area", lambda _w=None: screen)
    context = Screens(filled.journal, filled.main, filled.folder, filled.clock, qtbot, [])
    try:
        shown = SCREENS[name](context)
        shown.show()
        qtbot.waitExposed(shown)
        typed = type_canary(shown)
        found = problems(shown)
    finally:
        _close_others(filled.main)
    assert not found, f"{name} (passphrase typed into {typed} fields):\n" + "\n".join(found)


def _close_others(main: QtWidgets.QWidget) -> None:
    for window in QtWidgets.QApplication.topLevelWidgets():
        if window is not main and window.isVisible():
            window.close()
    settle()
