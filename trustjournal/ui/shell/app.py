"""Starting the desktop app: one instance per journal folder, then onboarding or the lock screen."""

from __future__ import annotations

import sys
from pathlib import Path

from trustjournal.core.clock import SystemClock
from trustjournal.core.hardening import harden_process
from trustjournal.identity import APP_ID
from trustjournal.ui.exchange.export_writing import wait_for_exports
from trustjournal.ui.qt import QtCore, QtWidgets
from trustjournal.ui.shell.guards.private_traces import (
    forget_file_dialog_history,
    make_settings_private,
)
from trustjournal.ui.shell.guards.single_instance import (
    InstanceServer,
    notify_running,
    remove_stale_sockets,
    say_if_unguarded,
)
from trustjournal.ui.shell.guards.termination import TerminationWatcher
from trustjournal.ui.shell.session import Session
from trustjournal.ui.shell.settings.language import start_speaking
from trustjournal.ui.shell.settings.preferences import APP_NAME, ORGANISATION, Preferences
from trustjournal.ui.widgets.access.labelling import install_heading_role
from trustjournal.ui.widgets.garbage import collect_on_the_gui_thread
from trustjournal.ui.widgets.icons import icon


def application() -> QtWidgets.QApplication:
    """The one QApplication, made if needed, named so QSettings finds its place."""
    existing = QtWidgets.QApplication.instance()
    app = existing if isinstance(existing, QtWidgets.QApplication) else None
    if app is None:
        app = QtWidgets.QApplication([sys.argv[0] if sys.argv else APP_NAME])
    app.setApplicationName(APP_NAME)
    install_heading_role()
    app.setOrganizationName(ORGANISATION)
    # The one application id: desktops match the window to its entry and icon by it.
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(icon(APP_ID))
    collect_on_the_gui_thread(app)  # never from the background helper's thread
    return app


def start(data_dir: str | Path) -> tuple[Session, InstanceServer] | None:
    """A started session, or None when another instance already has this folder open."""
    if not say_if_unguarded(data_dir) and notify_running(data_dir):
        return None
    remove_stale_sockets()
    server = InstanceServer(data_dir)
    server.listen()
    session = Session(data_dir, SystemClock())
    server.activated.connect(session.bring_to_front)
    session.start()
    return session, server


def run(data_dir: str | Path, check_start: bool = False, lang: str | None = None) -> int:
    """`lang` is the `--lang` given, which the language chosen in Settings gives way to."""
    harden_process()  # no core dumps holding the key, however the app was started
    app = application()
    make_settings_private(QtCore.QSettings(ORGANISATION, APP_NAME))
    start_speaking(app, lang, Preferences())  # before the first window says a word
    forget_file_dialog_history()
    started = start(data_dir)
    if started is None:
        return 0
    session, server = started
    app.aboutToQuit.connect(session.shut_down)

    def save_and_quit() -> None:  # logout or shutdown: the same path as quitting
        session.shut_down()
        app.quit()

    terminate = TerminationWatcher(save_and_quit)
    if check_start:  # once the event loop runs, the first window has been shown
        QtCore.QTimer.singleShot(0, lambda: report_shown_and_quit(app))
    try:
        return app.exec()
    finally:
        terminate.close()
        app.aboutToQuit.disconnect(session.shut_down)
        session.close()
        server.close()
        forget_file_dialog_history()
        wait_for_exports()  # the windows are gone: an export still being made is let go


def report_shown_and_quit(app: QtWidgets.QApplication) -> None:
    """Name the windows on screen (names of places, never content) and close the app."""
    shown = sorted(window.objectName() for window in app.topLevelWidgets() if window.isVisible())
    print("shown: " + " ".join(shown), flush=True)
    app.quit()
