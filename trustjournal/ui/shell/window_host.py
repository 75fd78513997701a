"""One top-level window at a time: the lock screen, onboarding or the journal's window.

A new window takes the place, size and maximised state of the one before it, so nothing
on screen jumps at a lock or an unlock; the first one gets the place and size remembered
from the last run when that is still on a screen, else the default size (no larger than
the screen) in the middle of the screen. The last window's place is remembered when the
app ends. The old window closes only after the new one shows, so the app is never without
a window (a desktop would take that as the app quitting).
"""

from __future__ import annotations

from trustjournal.ui.qt import Qt, QtCore, QtWidgets
from trustjournal.ui.shell.main_window import DEFAULT_SIZE, MainWindow
from trustjournal.ui.shell.onboarding import OnboardingWindow
from trustjournal.ui.shell.settings.preferences import Preferences
from trustjournal.ui.widgets.sizing import fit_on_screen, keep_on_screen


class WindowHost(QtCore.QObject):
    def __init__(self, preferences: Preferences, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.window: QtWidgets.QWidget | None = None

    def show(self, new: QtWidgets.QWidget, minimised: bool = False) -> None:
        """Put `new` where the current window is (and close that one)."""
        old, self.window = self.window, new
        if old is not None:
            new.setGeometry(old.geometry())
            if old.isMaximized():
                new.setWindowState(Qt.WindowState.WindowMaximized)
        else:
            self._place_first(new)
        if minimised:
            new.showMinimized()
        else:
            new.show()
        if old is not None:  # closed after the new one shows, so the app never has no window
            close_window(old)
        if not minimised:
            new.raise_()
            new.activateWindow()

    def _place_first(self, window: QtWidgets.QWidget) -> None:
        """Where the last run's window was, if that is still on a screen; else its size
        (or the default) in the middle of the screen."""
        remembered = self.preferences.remembered_place()
        if remembered is None:
            fit_on_screen(window, DEFAULT_SIZE)
            return
        place, maximised = remembered
        if not keep_on_screen(window, place):
            fit_on_screen(window, place.size())
        if maximised:
            window.setWindowState(Qt.WindowState.WindowMaximized)

    def close(self) -> None:
        """The end of the session: close whichever window shows."""
        window, self.window = self.window, None
        if window is not None:
            self.preferences.save_geometry(window)
            close_window(window)

    def bring_to_front(self) -> None:
        if self.window is None:
            return
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def journal_window(self) -> MainWindow | None:
        """The journal's window, if that is what shows."""
        return self.window if isinstance(self.window, MainWindow) else None


def close_window(window: QtWidgets.QWidget) -> None:
    """Each kind lets go of what it holds: the journal's window empties its pages (the
    session already saved them), onboarding forgets the passphrase typed so far."""
    if isinstance(window, MainWindow):
        window.release()
    else:
        if isinstance(window, OnboardingWindow):
            window.discard()
        window.close()
    window.deleteLater()
