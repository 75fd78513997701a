"""The export dialog uses a tall screen (looked at by hand at 1920x1080, issue 23): it
opened at 1040x720 on any screen, so its choices scrolled and "Password" was out of view
after "Protect the PDF with a password" was ticked, with 360 px of the screen unused. It is
now as tall as its choices, as far as the screen allows."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from trustjournal.core.journal.journal import Journal
from trustjournal.ui.exchange.export_dialog import ExportDialog
from trustjournal.ui.qt import QtCore, QtWidgets
from trustjournal.ui.shell.theme import apply_theme
from trustjournal.ui.widgets import sizing


@pytest.fixture(autouse=True)
def the_apps_own_look(qapp: QtWidgets.QApplication) -> None:
    apply_theme(qapp, "light")  # the app's own text size and paddings


def opened_on(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch, screen: QtCore.QRect
) -> ExportDialog:
    """The dialog as it opens on a screen of that size."""
    monkeypatch.setattr(sizing, "screen_area", lambda _widget=None: screen)
    shown = ExportDialog(journal)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def choices_scroll(shown: ExportDialog) -> int:
    """How far the choices scroll: 0 when they all show."""
    area = shown.findChild(QtWidgets.QScrollArea, "export_choices_scroll")
    return area.verticalScrollBar().maximum()


def test_every_choice_shows_without_scrolling_on_a_tall_screen(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    tall = QtCore.QRect(0, 0, 1920, 1080)
    shown = opened_on(qtbot, journal, monkeypatch, tall)
    assert choices_scroll(shown) == 0, f"the choices scroll at {shown.size()}"
    assert shown.height() <= tall.height()


def test_on_a_short_screen_the_choices_still_scroll(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    short = QtCore.QRect(0, 0, 1024, 640)
    shown = opened_on(qtbot, journal, monkeypatch, short)
    assert shown.height() <= short.height()
    assert choices_scroll(shown) > 0
