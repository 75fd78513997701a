"""The app's one way to ask for a file or folder, leaving no trace outside the vault.

Qt's file dialog, when it is destroyed, saves its history, the last folder it
showed and its sidebar to QSettings under "QtProject" (QtProject.conf, made
0644). A folder name can say a lot ("Therapy", "Lawyer"), so every dialog
here starts with no history, and while it exists Qt's user settings point at
a scratch folder of our own (0700) that is deleted, with whatever Qt wrote
there, as soon as the dialog is gone. Where settings are not files (the
Windows registry, macOS preferences) the dialog's keys are removed instead.
"""

from __future__ import annotations

import contextlib
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from trustjournal.ui.qt import QtCore, QtWidgets

_FORMATS = (QtCore.QSettings.Format.NativeFormat, QtCore.QSettings.Format.IniFormat)
_USER = QtCore.QSettings.Scope.UserScope
_QT_ORGANISATION = "QtProject"
FileMode = QtWidgets.QFileDialog.FileMode
AcceptMode = QtWidgets.QFileDialog.AcceptMode


def choose_file_to_open(
    parent: QtWidgets.QWidget | None, caption: str, start: str = "", filters: str = ""
) -> str:
    """An existing file the person chose, or '' when they cancelled."""
    return _ask(parent, caption, start, filters, FileMode.ExistingFile, AcceptMode.AcceptOpen)


def choose_files_to_open(
    parent: QtWidgets.QWidget | None, caption: str, start: str = "", filters: str = ""
) -> list[str]:
    """The existing files the person chose (one or more), or [] when they cancelled."""
    return _ask_many(parent, caption, start, filters, FileMode.ExistingFiles)


def choose_file_to_save(
    parent: QtWidgets.QWidget | None, caption: str, start: str = "", filters: str = ""
) -> str:
    """Where the person chose to save (Qt asks before replacing a file), or ''."""
    return _ask(parent, caption, start, filters, FileMode.AnyFile, AcceptMode.AcceptSave)


def choose_folder(parent: QtWidgets.QWidget | None, caption: str, start: str = "") -> str:
    """An existing folder the person chose, or ''."""
    return _ask(parent, caption, start, "", FileMode.Directory, AcceptMode.AcceptOpen)


def _ask(
    parent: QtWidgets.QWidget | None,
    caption: str,
    start: str,
    filters: str,
    mode: QtWidgets.QFileDialog.FileMode,
    accept: QtWidgets.QFileDialog.AcceptMode,
) -> str:
    chosen = _ask_many(parent, caption, start, filters, mode, accept)
    return chosen[0] if chosen else ""


def _ask_many(
    parent: QtWidgets.QWidget | None,
    caption: str,
    start: str,
    filters: str,
    mode: QtWidgets.QFileDialog.FileMode,
    accept: QtWidgets.QFileDialog.AcceptMode = AcceptMode.AcceptOpen,
) -> list[str]:
    with settings_in_scratch():
        dialog = QtWidgets.QFileDialog(parent, caption, start, filters)
        dialog.setFileMode(mode)
        dialog.setAcceptMode(accept)
        if mode == FileMode.Directory:
            dialog.setOption(QtWidgets.QFileDialog.Option.ShowDirsOnly)
        dialog.setHistory([])  # what earlier dialogs in this run visited is not offered
        chosen = dialog.selectedFiles() if dialog.exec() else []
        dialog.setHistory([])
        # Destroyed here, while the settings still point at the scratch folder: the
        # destructor is where Qt writes its history. Without a parent, Python owns it.
        dialog.setParent(None)
        del dialog
    return list(chosen)


@contextlib.contextmanager
def settings_in_scratch() -> Iterator[None]:
    """Qt's user settings go to a private scratch folder, deleted on the way out.

    Only QSettings made inside the block land there; the app's own settings
    object was made at start and keeps its file.
    """
    if sys.platform in ("win32", "darwin"):  # native settings ignore paths there
        try:
            yield
        finally:
            _remove_dialog_keys()
        return
    previous = Path(QtCore.QSettings(_USER, _QT_ORGANISATION).fileName()).parent
    scratch = tempfile.mkdtemp(prefix="trustjournal-dialog-")  # 0700, ours alone
    _point_user_settings_at(scratch)
    try:
        yield
    finally:
        _point_user_settings_at(str(previous))
        shutil.rmtree(scratch, ignore_errors=True)


def _point_user_settings_at(folder: str) -> None:
    for kind in _FORMATS:
        QtCore.QSettings.setPath(kind, _USER, folder)


def _remove_dialog_keys() -> None:
    history = QtCore.QSettings(_USER, _QT_ORGANISATION)
    history.remove("FileDialog")
    history.remove("Qt/filedialog")
    history.sync()
