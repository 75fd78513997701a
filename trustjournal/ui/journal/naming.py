"""Every control gets an objectName (for tests and styles) and an accessible name."""

from __future__ import annotations

from typing import TypeVar

from trustjournal.ui.qt import QtWidgets

W = TypeVar("W", bound=QtWidgets.QWidget)


def named(widget: W, object_name: str, accessible_name: str) -> W:
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible_name)
    return widget
