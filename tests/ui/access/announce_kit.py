"""Hearing the app's announcements in-process: every `QAccessibleAnnouncementEvent` it
sends, recorded on its way to Qt (and still sent on)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from trustjournal.ui.qt import QtGui


@dataclass(frozen=True)
class Heard:
    words: str
    urgent: bool


def hear(monkeypatch: pytest.MonkeyPatch) -> list[Heard]:
    """From now until the test ends, every announcement sent, in order."""
    heard: list[Heard] = []
    send = QtGui.QAccessible.updateAccessibility
    assertive = QtGui.QAccessible.AnnouncementPoliteness.Assertive

    def recording(event: QtGui.QAccessibleEvent) -> None:
        if isinstance(event, QtGui.QAccessibleAnnouncementEvent):
            heard.append(Heard(event.message(), event.politeness() == assertive))
        send(event)

    monkeypatch.setattr(QtGui.QAccessible, "updateAccessibility", staticmethod(recording))
    return heard


def words(heard: list[Heard]) -> list[str]:
    return [one.words for one in heard]
