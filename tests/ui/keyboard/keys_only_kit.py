"""Driving the app with the keyboard alone: every key goes to the widget that has the
focus, as a real keyboard's do, and after every key the focus is checked to be somewhere
(never None) and in the window the person is using.

No clicks, no slot calls: `press` and `write` are the only ways a test here touches the
app, `tab_to` is Tab pressed until the focus reaches a named control (failing if it
goes round without finding it: a control Tab never reaches has no keyboard path).
"""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.exceptions import TimeoutError as WaitedTooLong
from pytestqt.qtbot import QtBot

from trustjournal.ui.qt import Qt, QtWidgets

Mods = Qt.KeyboardModifier
NONE = Qt.KeyboardModifier.NoModifier


class Lost(AssertionError):
    """The keyboard lost its place: no focus, or a control Tab never reaches."""


def focused() -> QtWidgets.QWidget:
    widget = QtWidgets.QApplication.focusWidget()
    if widget is None:
        raise Lost("nothing has the focus: the next key would go nowhere")
    return widget


def name_of(widget: QtWidgets.QWidget) -> str:
    return widget.objectName() or f"({type(widget).__name__} {widget.accessibleName()!r})"


def press(qtbot: QtBot, key: Qt.Key, modifier: Mods = NONE) -> None:
    """One key (with modifiers), pressed and released on the widget with the focus."""
    qtbot.keyClick(focused(), key, modifier)
    landed(qtbot)


def write(qtbot: QtBot, text: str) -> None:
    """Typed, key by key, into the widget with the focus."""
    qtbot.keyClicks(focused(), text)
    landed(qtbot)


def landed(qtbot: QtBot) -> None:
    """The focus is somewhere again. A key that closes a window and opens the next (the
    last step of onboarding, Unlock, Lock) leaves no focus until the new window, which
    the app activates, is active: a second at most, never for good."""
    wait_for_focus(qtbot, lambda _widget: True, "any control")


def wait_for_focus(qtbot: QtBot, where: Callable[[QtWidgets.QWidget], bool], what: str) -> None:
    """Wait until the focus is where it should be; say where it is if it never comes."""

    def there() -> bool:
        widget = QtWidgets.QApplication.focusWidget()
        return widget is not None and where(widget)

    try:
        qtbot.waitUntil(there, timeout=15_000)
    except WaitedTooLong:
        now = QtWidgets.QApplication.focusWidget()
        raise Lost(f"the focus never came to {what}; it is on {now and name_of(now)}") from None


def focus_on(qtbot: QtBot, name: str) -> None:
    wait_for_focus(qtbot, lambda w: w.objectName() == name, name)


def focus_inside(qtbot: QtBot, window: QtWidgets.QWidget) -> None:
    wait_for_focus(qtbot, lambda w: w.window() is window, window.objectName())


def tab_to(qtbot: QtBot, name: str, backwards: bool = False, limit: int = 120) -> None:
    """Tab (or Shift+Tab) until the control `name` has the focus; a name ending in "*"
    stands for any control whose name starts so (the mood's five steps are one stop)."""
    modifier = Mods.ShiftModifier if backwards else NONE
    passed: list[str] = []
    for _ in range(limit):
        here = focused().objectName()
        if here == name or (name.endswith("*") and here.startswith(name[:-1])):
            return
        passed.append(name_of(focused()))
        press(qtbot, Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab, modifier)
    raise Lost(f"Tab never reached {name}; it passed {', '.join(passed[-12:])}")
