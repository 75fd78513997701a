"""Saying what just changed to a screen reader: "Saved", "Locked", a backup, an export.

A status label changing its text is not read by screen readers unless it has focus, so a
person without sight would not know the journal saved or locked. Qt 6.8 added
`QAccessibleAnnouncementEvent`, which reaches AT-SPI as `object:announcement`, UI
Automation as a notification and VoiceOver as an announcement; the pin requires 6.8
(pyproject.toml). Every announcement of the app goes through `announce`, so one test
helper can hear them all (tests/ui/access/announce_kit.py).

Only short, neutral sentences: an announcement can be heard by someone else in the room,
so it never carries a word of the journal.
"""

from __future__ import annotations

from trustjournal.ui.qt import QtCore, QtGui


def announce(source: QtCore.QObject, words: str, *, urgent: bool = False) -> None:
    """Say `words` on behalf of `source` (a widget of the window it concerns). `urgent`
    interrupts what the screen reader is saying (a lock); otherwise it waits its turn."""
    if not words:
        return
    event = QtGui.QAccessibleAnnouncementEvent(source, words)
    politeness = QtGui.QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if urgent else politeness.Polite)
    QtGui.QAccessible.updateAccessibility(event)
