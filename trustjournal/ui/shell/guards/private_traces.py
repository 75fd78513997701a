"""What the app leaves outside the vault, kept private or not kept at all.

QSettings holds only the window's geometry and a neutral title, but its file
is still made readable by its owner alone, in a folder only they can enter.
Qt's own file dialogs remember the last folder they showed (in
QtProject.conf); a folder name can say a lot ("Therapy", "Lawyer"), so that
memory is wiped after each dialog and when the app starts and quits.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from trustjournal.ui.qt import QtCore

_FILE_MODE = 0o600
_FOLDER_MODE = 0o700


def make_settings_private(settings: QtCore.QSettings) -> None:
    """Create the settings file as 0600 in a 0700 folder, before Qt writes to it.

    Qt replaces the file through QSaveFile, which keeps the existing file's mode.
    """
    if sys.platform == "win32" or settings.format() != QtCore.QSettings.Format.NativeFormat:
        return
    path = Path(settings.fileName())
    path.parent.mkdir(mode=_FOLDER_MODE, parents=True, exist_ok=True)
    path.parent.chmod(_FOLDER_MODE)
    path.touch(mode=_FILE_MODE, exist_ok=True)
    path.chmod(_FILE_MODE)


def forget_file_dialog_history() -> None:
    """Remove what Qt's file dialogs recorded (the last folder, sidebar, history)."""
    history = QtCore.QSettings(QtCore.QSettings.Scope.UserScope, "QtProject")
    history.remove("FileDialog")
    history.remove("Qt/filedialog")
    history.sync()
    path = Path(history.fileName())
    with contextlib.suppress(OSError):
        if path.exists() and not path.read_text().strip():
            path.unlink()
