"""The quick-hide key from anywhere, a dialog over the journal included.

Qt lets no shortcut of a window reach past a modal dialog over that window, so the main
window's "Hide and lock" shortcut was dead while Settings, a check-in or any other dialog
was open: the moment someone walks in is not the moment to close a dialog first. The key
is therefore also watched at the application: a key press that no shortcut took and that
matches the action's keys triggers it; except in a key chooser (Settings' own "Quick-hide
key"), where the press is the key being chosen.
"""

from __future__ import annotations

from trustjournal.ui.qt import Qt, QtCore, QtGui, QtWidgets

__all__ = ["HideKeyWatcher"]


class HideKeyWatcher(QtCore.QObject):
    """Triggers `action` on a key press of its shortcut anywhere in the application; lives
    as long as the action (a child of it), and stops watching with it."""

    def __init__(self, action: QtGui.QAction) -> None:
        super().__init__(action)
        self._action = action
        application = QtWidgets.QApplication.instance()
        if application is not None:
            application.installEventFilter(self)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        if event.type() != QtCore.QEvent.Type.KeyPress or not self._action.isEnabled():
            return False
        assert isinstance(event, QtGui.QKeyEvent)
        if not self._is_the_key(event) or _choosing_a_key():
            return False
        if not event.isAutoRepeat():
            self._action.trigger()
        return True

    def _is_the_key(self, event: QtGui.QKeyEvent) -> bool:
        keys = self._action.shortcut()
        if keys.isEmpty():
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        pressed = QtGui.QKeySequence(QtCore.QKeyCombination(modifiers, Qt.Key(event.key())))
        return keys.matches(pressed) == QtGui.QKeySequence.SequenceMatch.ExactMatch


def _choosing_a_key() -> bool:
    focus = QtWidgets.QApplication.focusWidget()
    while focus is not None:
        if isinstance(focus, QtWidgets.QKeySequenceEdit):
            return True
        focus = focus.parentWidget()
    return False
