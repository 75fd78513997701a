"""Painting needs a QGuiApplication (fonts, the paint engine). The app already has one;
the command line and tests get one here, made once, on first use. Never widgets."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

_made: list[QGuiApplication] = []  # kept alive for the life of the process


def ensure_gui() -> None:
    """Make a QGuiApplication unless one (or the app's QApplication) exists already."""
    existing = QCoreApplication.instance()
    if existing is None:
        _made.append(QGuiApplication(["trustjournal"]))
    elif not isinstance(existing, QGuiApplication):
        raise RuntimeError("PDF export needs a QGuiApplication, not a QCoreApplication")
