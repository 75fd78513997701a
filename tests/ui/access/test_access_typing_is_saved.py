"""What a screen reader or voice control types through the accessibility interface is an
edit like any other: it is saved. (Qt sets a field's text for them with `setText`, which
emits `textChanged` but not `textEdited`; the editor listened to the second only, so a
title given that way was never saved, found on the AT-SPI bus.)"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from trustjournal.ui.journal.editor.entry_editor import EntryEditor
from trustjournal.ui.qt import QtGui, QtWidgets
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.session import Session


def set_through_accessibility(field: QtWidgets.QLineEdit, text: str) -> None:
    iface = QtGui.QAccessible.queryAccessibleInterface(field)
    assert iface is not None
    iface.setText(QtGui.QAccessible.Text.Value, text)
    assert field.text() == text


@pytest.mark.parametrize("field", ["title", "tags", "activities"])
def test_a_field_set_through_accessibility_is_saved(
    field: str, qtbot: QtBot, unlocked: Callable[[], MainWindow], session: Session
) -> None:
    main = unlocked()
    main.new_entry()
    editor = main.findChild(EntryEditor, "entryEditor")
    assert isinstance(editor, EntryEditor)
    set_through_accessibility(getattr(editor, field), "evening")
    qtbot.waitUntil(lambda: editor.status.text() == "Saved", timeout=10_000)
    assert session.journal is not None
    saved = session.journal.entries()[0].draft()
    assert "evening" in (saved.title, *saved.tags, *saved.activities)
