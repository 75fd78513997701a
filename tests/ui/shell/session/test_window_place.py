"""Where the first window opens: where the last one was, when that is still on a screen
(size and maximised too); in the middle of the screen at the first launch, or when the
place remembered is on no screen now (a monitor unplugged since).

The place is kept in QSettings with the theme and the title (the lock screen shows before
the vault is open), and is written when the app ends. The tests run on a 1920x1080 screen
(a child pytest, `screens_kit.on_screen`), where the default size has room.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from screens_kit import on_screen

from trustjournal.ui.qt import QtCore, QtWidgets
from trustjournal.ui.shell.main_window import DEFAULT_SIZE
from trustjournal.ui.shell.settings.preferences import Preferences
from trustjournal.ui.shell.window_host import WindowHost
from trustjournal.ui.widgets.sizing import FRAME

SCREEN = QtCore.QSize(1920, 1080)
PLACE = QtCore.QRect(120, 90, 900, 600)


def _centred(window: QtWidgets.QWidget) -> bool:
    """In the middle, as far as the room left for a frame not drawn yet allows."""
    area = window.screen().availableGeometry()
    middle = window.frameGeometry().center()
    across, down = abs(middle.x() - area.center().x()), abs(middle.y() - area.center().y())
    return across <= FRAME.left() and down <= FRAME.top()


def test_the_first_launch_opens_at_the_default_size_in_the_middle(
    preferences: Preferences, qtbot: QtBot, request: pytest.FixtureRequest
) -> None:
    if not on_screen(SCREEN, request):
        return
    host = WindowHost(preferences)
    first = QtWidgets.QWidget()
    host.show(first)
    qtbot.waitExposed(first)
    assert host.window is first and first.size() == DEFAULT_SIZE
    assert _centred(first), f"{first.frameGeometry()} is not in the middle of the screen"
    host.close()


def test_the_place_at_the_end_is_where_the_next_launch_opens(
    preferences: Preferences, qtbot: QtBot, request: pytest.FixtureRequest
) -> None:
    if not on_screen(SCREEN, request):
        return
    host = WindowHost(preferences)
    host.show(QtWidgets.QWidget())
    assert host.window is not None
    host.window.setGeometry(PLACE)
    host.close()  # the app ends
    again = WindowHost(Preferences())
    second = QtWidgets.QWidget()
    again.show(second)
    qtbot.waitExposed(second)
    assert second.geometry() == PLACE
    again.close()


@pytest.mark.slow
def test_a_maximised_window_opens_maximised_next_time(
    preferences: Preferences, qtbot: QtBot, request: pytest.FixtureRequest
) -> None:
    if not on_screen(SCREEN, request):
        return
    host = WindowHost(preferences)
    host.show(QtWidgets.QWidget())
    assert host.window is not None
    host.window.setGeometry(PLACE)
    host.window.showMaximized()
    qtbot.waitUntil(host.window.isMaximized)
    host.close()
    again = WindowHost(Preferences())
    second = QtWidgets.QWidget()
    again.show(second)
    qtbot.waitUntil(second.isMaximized)
    second.showNormal()
    qtbot.waitUntil(lambda: not second.isMaximized())
    assert second.geometry() == PLACE  # and back to where it was before maximising
    again.close()


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
@pytest.mark.parametrize(
    "unplugged",
    [
        QtCore.QRect(2000, 90, 900, 600),  # a second screen to the right
        QtCore.QRect(-1400, 200, 900, 600),  # to the left
        QtCore.QRect(300, 1200, 900, 600),  # below
        QtCore.QRect(300, -700, 900, 600),  # above: its title bar out of reach
    ],
    ids=["right", "left", "below", "above"],
)
def test_a_place_on_a_screen_unplugged_since_opens_in_the_middle(
    unplugged: QtCore.QRect,
    preferences: Preferences,
    qtbot: QtBot,
    request: pytest.FixtureRequest,
) -> None:
    if not on_screen(SCREEN, request):
        return
    gone = QtWidgets.QWidget()
    gone.setGeometry(unplugged)
    preferences.save_geometry(gone)
    host = WindowHost(preferences)
    first = QtWidgets.QWidget()
    host.show(first)
    qtbot.waitExposed(first)
    assert first.size() == unplugged.size()
    assert _centred(first), f"{first.frameGeometry()} is not in the middle of the screen"
    host.close()


def test_a_place_partly_off_the_screen_is_moved_onto_it(
    preferences: Preferences, qtbot: QtBot, request: pytest.FixtureRequest
) -> None:
    if not on_screen(SCREEN, request):
        return
    half_off = QtWidgets.QWidget()
    half_off.setGeometry(QtCore.QRect(1500, 700, 900, 600))
    preferences.save_geometry(half_off)
    host = WindowHost(preferences)
    first = QtWidgets.QWidget()
    host.show(first)
    qtbot.waitExposed(first)
    area = first.screen().availableGeometry()
    assert area.contains(first.frameGeometry()), f"{first.frameGeometry()} leaves {area}"
    assert first.size() == QtCore.QSize(900, 600)
    host.close()
