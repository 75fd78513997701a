"""Days between Python and Qt, typed: PySide converts a `datetime.date` where a QDate is
wanted and gives one back from `QDate.toPython()`, but its stubs know neither (they say
QDate and object), so the app's days cross over here."""

from __future__ import annotations

import datetime as dt

from trustjournal.ui.qt import QtCore


def qdate(day: dt.date) -> QtCore.QDate:
    return QtCore.QDate(day.year, day.month, day.day)


def pydate(day: QtCore.QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())
