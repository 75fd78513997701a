"""Fixtures for the export tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def painting_application(qapp: object) -> None:
    """The app's kind of Qt application, made once for the whole test run by pytest-qt.

    Outside the app, core makes a QGuiApplication for painting when there is none;
    a test run shares one process with the desktop app's tests, which need a full
    QApplication, so a test that paints a PDF makes that one first
    (`pytestmark = pytest.mark.usefixtures("painting_application")`)."""
