"""Helpers for the vault's desktop tests (backups, restore, rotation, hardening)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from trustjournal.ui.qt import QtCore, QtWidgets


def child(window: QtWidgets.QWidget | None, kind: type, name: str) -> QtWidgets.QWidget:
    assert window is not None
    found = window.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name!r}"
    return found  # type: ignore[no-any-return]


def click(qtbot: QtBot, window: QtWidgets.QWidget | None, name: str) -> None:
    found = child(window, QtWidgets.QAbstractButton, name)
    assert isinstance(found, QtWidgets.QAbstractButton)
    qtbot.mouseClick(found, QtCore.Qt.MouseButton.LeftButton)


def type_text(qtbot: QtBot, window: QtWidgets.QWidget | None, name: str, text: str) -> None:
    line = child(window, QtWidgets.QLineEdit, name)
    assert isinstance(line, QtWidgets.QLineEdit)
    line.clear()
    qtbot.keyClicks(line, text)


def label_text(window: QtWidgets.QWidget | None, name: str) -> str:
    found = child(window, QtWidgets.QLabel, name)
    assert isinstance(found, QtWidgets.QLabel)
    return found.text()
